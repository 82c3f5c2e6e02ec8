#pragma once

#include "CliContext.h"
#include "shared/analysis/SecurityFinding.h"
#include "shared/core/AiAnswer.h"

#include <QJsonObject>
#include <functional>

class QCommandLineParser;

namespace adp::shared {
class AiApi;
class EventsClient;
} // namespace adp::shared

namespace adp::cli {

// adp ai ask JOB [--provider ID] | review --project P --from A --to B [--provider ID] |
// risk --project P IID [--provider ID] | savings --project P [--provider ID] |
// answers --project P | rate ANSWER up|down|none [--comment C] | stop ANSWER: the organisation's
// model explains a failed job or reviews a commit range, its answer printed as it streams (what
// the rules found first); the project's answers with what they cost; thumbs; stopping one.
class AiAnswersCommand
{
    Q_DECLARE_TR_FUNCTIONS(AiAnswersCommand)

public:
    static constexpr int kSubscribeTimeoutMs = 10000;
    static constexpr int kPollMs = 2000; // the answer is read back this often, in case an event was missed

    explicit AiAnswersCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    template <typename Answered>
    using Asking =
        std::function<void(shared::AiApi &, QObject *, std::function<void(const shared::ApiResult<Answered> &)>)>;

    // Listens, puts the question, prints what the rules found (`printRules`), then the model's
    // answer as it streams; JSON prints the whole at the end. Fails when the model's answer did.
    template <typename Answered>
    int putQuestion(const QCommandLineParser &parser, const Asking<Answered> &put,
                    const std::function<void(const Answered &)> &printRules);
    int ask(const QCommandLineParser &parser, qint64 jobId, qint64 providerId);
    int review(const QCommandLineParser &parser, qint64 providerId);
    int risk(const QCommandLineParser &parser, qint64 iid, qint64 providerId);
    int savings(const QCommandLineParser &parser, qint64 providerId);
    // What the security rules found, as a table (or that they found nothing).
    void printFindings(const shared::analysis::SecurityFindings &findings);
    // Listens on the events socket before a question is put, so no piece of its answer is missed.
    bool subscribe(shared::EventsClient &events);
    // Prints a running answer's pieces as they come (unless `quiet`); the answer as kept at its end.
    shared::ApiResult<shared::AiAnswer> follow(shared::EventsClient &events, const shared::AiAnswer &started,
                                               bool quiet);
    // The end of an answer printed: what the stream missed, a refusal, the footer.
    void printEnd(const shared::AiAnswer &answer, const QString &printed);
    int list(const QCommandLineParser &parser, const QString &project);
    int rate(const QCommandLineParser &parser, qint64 answerId, const QString &rating);
    int stop(const QCommandLineParser &parser, qint64 answerId);
    // The last line under an answer: who answered, tokens and cost, or how it ended.
    QString footerOf(const shared::AiAnswer &answer) const;

    CliContext &m_context;
    QList<QJsonObject> m_early; // events heard before the answer's id was known
};

} // namespace adp::cli
