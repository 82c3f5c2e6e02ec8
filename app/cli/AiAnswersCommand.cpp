#include "AiAnswersCommand.h"

#include "Output.h"
#include "SavingsText.h"
#include "SyncCall.h"
#include "shared/analysis/FailureText.h"
#include "shared/analysis/PipelineAdvisor.h"
#include "shared/client/AiApi.h"
#include "shared/client/EventsClient.h"
#include "shared/core/CodeReview.h"
#include "shared/core/DeploymentRisk.h"
#include "shared/core/SpendingAdvice.h"
#include "shared/costs/Money.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTimer>

namespace adp::cli {

using shared::AiAnswer;

namespace {

std::optional<qint64> idOf(const QString &text)
{
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    return numeric && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

int AiAnswersCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("provider"),
                      tr("ask: which of the organisation's models (id; default: its first)"), QStringLiteral("id")});
    parser.addOption({QStringLiteral("project"), tr("review, risk, savings, answers: the project (id or slug)"),
                      QStringLiteral("project")});
    parser.addOption({QStringLiteral("from"), tr("review: where the change starts (a branch, tag or commit)"),
                      QStringLiteral("ref")});
    parser.addOption({QStringLiteral("to"), tr("review: where it ends"), QStringLiteral("ref")});
    parser.addOption({QStringLiteral("comment"), tr("rate: a word on why"), QStringLiteral("text")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    const auto id = idOf(positional.value(1));
    std::optional<qint64> provider;
    if (parser.isSet(QStringLiteral("provider")) && !(provider = idOf(parser.value(QStringLiteral("provider")))))
        return m_context.usage(tr("--provider takes a provider's id (see adp ai providers --org O list)"));
    if (verb == u"ask" && (positional.size() != 2 || !id))
        return m_context.usage(tr("ask needs a numeric job id"));
    if (verb == u"review" && (positional.size() != 1 || !parser.isSet(QStringLiteral("project")) ||
                              !parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to"))))
        return m_context.usage(tr("review needs --project P --from A --to B"));
    if (verb == u"risk" && (positional.size() != 2 || !id || !parser.isSet(QStringLiteral("project"))))
        return m_context.usage(tr("risk needs --project P and a deployment's number"));
    if (verb == u"savings" && (positional.size() != 1 || !parser.isSet(QStringLiteral("project"))))
        return m_context.usage(tr("savings needs --project P"));
    if (verb == u"answers" && (positional.size() != 1 || !parser.isSet(QStringLiteral("project"))))
        return m_context.usage(tr("answers needs --project P"));
    if (verb == u"rate" && (positional.size() != 3 || !id ||
                            !QStringList{QStringLiteral("up"), QStringLiteral("down"), QStringLiteral("none")}.contains(
                                positional.value(2))))
        return m_context.usage(tr("rate needs an answer's id and up, down or none"));
    if (verb == u"stop" && (positional.size() != 2 || !id))
        return m_context.usage(tr("stop needs an answer's id"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    if (verb == u"ask")
        return ask(parser, *id, provider.value_or(0));
    if (verb == u"review")
        return review(parser, provider.value_or(0));
    if (verb == u"risk")
        return risk(parser, *id, provider.value_or(0));
    if (verb == u"savings")
        return savings(parser, provider.value_or(0));
    if (verb == u"answers")
        return list(parser, parser.value(QStringLiteral("project")));
    if (verb == u"rate")
        return rate(parser, *id, positional.value(2));
    return stop(parser, *id);
}

QString AiAnswersCommand::footerOf(const AiAnswer &answer) const
{
    const QString tokens = answer.promptTokens || answer.completionTokens
                               ? tr("%1 + %2 tokens, %3 %4")
                                     .arg(answer.promptTokens.value_or(0))
                                     .arg(answer.completionTokens.value_or(0))
                                     .arg(answer.cost, answer.currency)
                               : tr("no token count");
    if (answer.status == u"done")
        return tr("— %1 (%2), answer %3: %4.").arg(answer.provider, answer.model).arg(answer.id).arg(tokens);
    if (answer.status == u"canceled")
        return tr("— %1 (%2), answer %3: stopped; %4.").arg(answer.provider, answer.model).arg(answer.id).arg(tokens);
    return tr("— %1 (%2), answer %3 failed: %4.").arg(answer.provider, answer.model).arg(answer.id).arg(answer.error);
}

bool AiAnswersCommand::subscribe(shared::EventsClient &events)
{
    QEventLoop loop;
    bool subscribed = false;
    QObject::connect(&events, &shared::EventsClient::connectedChanged, &loop, [&](bool connected) {
        subscribed = connected;
        if (connected)
            loop.quit();
    });
    QObject::connect(&events, &shared::EventsClient::eventReceived, &events,
                     [this](const QString &topic, const QString &type, const QJsonObject &data) {
                         if (topic != u"ai")
                             return;
                         m_early.append(data);
                         m_early.last().insert(QStringLiteral("type"), type);
                     });
    QTimer::singleShot(kSubscribeTimeoutMs, &loop, &QEventLoop::quit);
    events.start({QStringLiteral("ai")});
    loop.exec();
    return subscribed;
}

shared::ApiResult<AiAnswer> AiAnswersCommand::follow(shared::EventsClient &events, const AiAnswer &started, bool quiet)
{
    shared::AiApi ai(m_context.api());
    QEventLoop loop;
    QString printed;
    bool finished = false;
    const auto take = [&](const QString &type, const QJsonObject &data) {
        if (data.value(QStringLiteral("request_id")).toInteger() != started.id)
            return;
        if (type == u"ai.finished") {
            finished = true;
            loop.quit();
            return;
        }
        // A piece that does not follow on is left for the answer read back at the end.
        if (type != u"ai.delta" || data.value(QStringLiteral("offset")).toInteger() != printed.size())
            return;
        printed += data.value(QStringLiteral("content")).toString();
        if (!quiet) {
            m_context.out() << data.value(QStringLiteral("content")).toString();
            m_context.out().flush();
        }
    };
    QObject::disconnect(&events, &shared::EventsClient::eventReceived, &events, nullptr);
    for (const QJsonObject &data : std::exchange(m_early, {}))
        take(data.value(QStringLiteral("type")).toString(), data);
    QObject::connect(&events, &shared::EventsClient::eventReceived, &loop,
                     [&](const QString &, const QString &type, const QJsonObject &data) { take(type, data); });
    // Read back now and then: a missed end (a reconnect) does not leave this waiting.
    QTimer poll;
    poll.callOnTimeout(&loop, [&]() {
        ai.answer(started.id, &loop, [&](const shared::ApiResult<AiAnswer> &now) {
            if (now.ok() && !now.value().isRunning()) {
                finished = true;
                loop.quit();
            }
        });
    });
    poll.start(kPollMs);
    if (!finished)
        loop.exec();
    poll.stop();
    events.stop();
    auto kept = await<AiAnswer>([&](QObject *context, auto done) { ai.answer(started.id, context, done); });
    if (kept.ok() && !quiet)
        printEnd(kept.value(), printed);
    return kept;
}

void AiAnswersCommand::printEnd(const AiAnswer &answer, const QString &printed)
{
    // What the stream did not bring (a reconnect): the rest of the kept answer.
    m_context.out() << (answer.answer.startsWith(printed) ? answer.answer.mid(printed.size()) : QString());
    if (!answer.refusal.isEmpty())
        m_context.out() << u'\n' << tr("The model declined: %1").arg(answer.refusal);
    m_context.out() << u'\n' << footerOf(answer) << u'\n'
                    << tr("What the rules found is above; the model's words are its own. Rate it: adp ai rate %1 "
                          "up|down")
                           .arg(answer.id)
                    << Qt::endl;
}

template <typename Answered>
int AiAnswersCommand::putQuestion(const QCommandLineParser &parser, const Asking<Answered> &put,
                                  const std::function<void(const Answered &)> &printRules)
{
    const bool json = CliContext::outputFormat(parser) == OutputFormat::Json;
    shared::AiApi ai(m_context.api());
    shared::EventsClient events(m_context.api());
    subscribe(events); // without the socket, the answer is still read back at its end
    const auto asked = await<Answered>([&](QObject *context, auto done) { put(ai, context, done); });
    if (!asked.ok())
        return m_context.fail(asked.error());
    Answered answered = asked.value();
    if (!json) {
        printRules(answered);
        m_context.out() << (answered.answer ? tr("%1 (%2) says:").arg(answered.answer->provider, answered.answer->model)
                                            : answered.note)
                        << Qt::endl;
    }
    if (answered.answer) {
        const auto kept = follow(events, *answered.answer, json);
        if (!kept.ok())
            return m_context.fail(kept.error());
        answered.answer = kept.value();
    }
    if (json)
        Output(m_context.out(), OutputFormat::Json).json(answered.toJson());
    return answered.answer && answered.answer->status != u"done" ? ExitError : ExitOk;
}

int AiAnswersCommand::ask(const QCommandLineParser &parser, qint64 jobId, qint64 providerId)
{
    return putQuestion<shared::JobExplanation>(
        parser,
        [&](shared::AiApi &ai, QObject *context, auto done) { ai.explainJob(jobId, providerId, context, done); },
        [&](const shared::JobExplanation &explanation) {
            const auto &job = explanation.analysis;
            m_context.out() << tr("Job %1 (%2), %3").arg(job.jobId).arg(job.jobName, job.jobStatus) << u'\n'
                            << shared::analysis::FailureText::plain(job.verdict) << u'\n';
        });
}

int AiAnswersCommand::review(const QCommandLineParser &parser, qint64 providerId)
{
    const shared::CodeReviewRequest request{parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to")),
                                            providerId > 0 ? std::optional<qint64>(providerId) : std::nullopt};
    return putQuestion<shared::CodeReview>(
        parser,
        [&](shared::AiApi &ai, QObject *context, auto done) {
            ai.reviewChange(parser.value(QStringLiteral("project")), request, context, done);
        },
        [&](const shared::CodeReview &review) {
            m_context.out() << tr("%1..%2: %n commit(s)", nullptr, int(review.commits.size()))
                                   .arg(review.fromSha.left(10), review.toSha.left(10))
                            << u' ' << tr("%n file(s) changed.", nullptr, int(review.files.size())) << u'\n';
            printFindings(review.findings);
        });
}

void AiAnswersCommand::printFindings(const shared::analysis::SecurityFindings &findings)
{
    if (findings.isEmpty()) {
        m_context.out() << tr("The security rules found nothing in the lines this change added.") << u'\n';
        return;
    }
    QList<QStringList> rows{{tr("SEVERITY"), tr("RULE"), tr("WHERE"), tr("WHAT")}};
    for (const auto &finding : findings)
        rows.append({shared::analysis::severityName(finding.severity), finding.rule,
                     QStringLiteral("%1:%2").arg(finding.file).arg(finding.line), finding.message});
    m_context.out() << Output::table(rows);
}

int AiAnswersCommand::risk(const QCommandLineParser &parser, qint64 iid, qint64 providerId)
{
    return putQuestion<shared::DeploymentRisk>(
        parser,
        [&](shared::AiApi &ai, QObject *context, auto done) {
            ai.deploymentRisk(parser.value(QStringLiteral("project")), iid, providerId, context, done);
        },
        [&](const shared::DeploymentRisk &risk) {
            m_context.out() << tr("Deployment #%1 to %2: %3 risk, by the rules.")
                                   .arg(risk.iid)
                                   .arg(risk.environment, risk.level.toUpper())
                            << u'\n';
            for (const auto &reason : risk.reasons)
                m_context.out() << QStringLiteral("- [%1] %2\n").arg(reason.level, reason.message);
            if (risk.change) {
                m_context.out()
                    << tr("Since %1: %n commit(s)", nullptr, int(risk.change->commits.size())).arg(risk.change->from)
                    << u' ' << tr("%n file(s) changed.", nullptr, int(risk.change->files.size())) << u'\n';
                printFindings(risk.change->findings);
            }
        });
}

int AiAnswersCommand::savings(const QCommandLineParser &parser, qint64 providerId)
{
    return putQuestion<shared::SpendingAdvice>(
        parser,
        [&](shared::AiApi &ai, QObject *context, auto done) {
            ai.spendLess(parser.value(QStringLiteral("project")), providerId, context, done);
        },
        [&](const shared::SpendingAdvice &advice) {
            const auto &savings = advice.savings;
            m_context.out() << tr("%1, %2 to %3: %n way(s) to spend less, %4 %5 a month, by the rules.", nullptr,
                                  int(savings.items.size()))
                                   .arg(advice.project, savings.from.toString(Qt::ISODate),
                                        savings.to.addDays(-1).toString(Qt::ISODate),
                                        shared::costs::decimalOfNanos(savings.totalSavingNanos), savings.currency)
                            << u'\n';
            for (const auto &item : savings.items)
                m_context.out() << SavingsText::line(item, savings.currency) << u'\n';
            for (const QString &note : savings.notes)
                m_context.out() << note << u'\n';
            for (const auto &item : advice.pipelines.advice)
                m_context.out() << QStringLiteral("- ") << shared::analysis::PipelineAdvisor::messageOf(item) << u'\n';
        });
}

int AiAnswersCommand::list(const QCommandLineParser &parser, const QString &project)
{
    shared::AiApi ai(m_context.api());
    const auto answers =
        await<QList<AiAnswer>>([&](QObject *context, auto done) { ai.answers(project, 50, context, done); });
    if (!answers.ok())
        return m_context.fail(answers.error());
    if (CliContext::outputFormat(parser) == OutputFormat::Json) {
        QJsonArray items;
        for (const AiAnswer &answer : answers.value())
            items.append(answer.toJson());
        Output(m_context.out(), OutputFormat::Json).json(QJsonObject{{QStringLiteral("items"), items}});
        return ExitOk;
    }
    QList<QStringList> rows{{tr("ID"), tr("JOB"), tr("MODEL"), tr("ASKED BY"), tr("STATUS"), tr("TOKENS"), tr("COST"),
                             tr("THUMBS"), tr("WHEN")}};
    for (const AiAnswer &answer : answers.value())
        rows.append(
            {QString::number(answer.id), answer.jobId ? QString::number(*answer.jobId) : QString(), answer.model,
             answer.askedBy, answer.status,
             QStringLiteral("%1+%2").arg(answer.promptTokens.value_or(0)).arg(answer.completionTokens.value_or(0)),
             answer.cost + u' ' + answer.currency,
             QStringLiteral("+%1 -%2").arg(answer.thumbsUp).arg(answer.thumbsDown),
             Output::localTime(answer.createdAt)});
    m_context.out() << Output::table(rows);
    return ExitOk;
}

int AiAnswersCommand::rate(const QCommandLineParser &parser, qint64 answerId, const QString &rating)
{
    shared::AiApi ai(m_context.api());
    shared::AiFeedback feedback;
    feedback.rating = rating == u"up" ? 1 : rating == u"down" ? -1 : 0;
    feedback.comment = parser.value(QStringLiteral("comment"));
    const auto rated =
        await<AiAnswer>([&](QObject *context, auto done) { ai.rateAnswer(answerId, feedback, context, done); });
    if (!rated.ok())
        return m_context.fail(rated.error());
    if (CliContext::outputFormat(parser) == OutputFormat::Json)
        Output(m_context.out(), OutputFormat::Json).json(rated.value().toJson());
    else
        m_context.out()
            << tr("Answer %1: %2 up, %3 down.").arg(answerId).arg(rated.value().thumbsUp).arg(rated.value().thumbsDown)
            << Qt::endl;
    return ExitOk;
}

int AiAnswersCommand::stop(const QCommandLineParser &parser, qint64 answerId)
{
    shared::AiApi ai(m_context.api());
    const auto stopped =
        await<AiAnswer>([&](QObject *context, auto done) { ai.cancelAnswer(answerId, context, done); });
    if (!stopped.ok())
        return m_context.fail(stopped.error());
    if (CliContext::outputFormat(parser) == OutputFormat::Json)
        Output(m_context.out(), OutputFormat::Json).json(stopped.value().toJson());
    else
        m_context.out() << tr("Answer %1 is being stopped.").arg(answerId) << Qt::endl;
    return ExitOk;
}

} // namespace adp::cli
