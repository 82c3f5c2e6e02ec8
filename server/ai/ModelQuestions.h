#pragma once

#include "AiAnswers.h"
#include "AiProviders.h"
#include "AnswerStreamer.h"
#include "http/TargetPolicy.h"

#include <functional>

namespace adp::server::ai {

// Puts a question to a project's organisation's model: picks the provider (the one named, else
// the first), checks the server may reach it, keeps the request (audited as ai_request.created)
// and starts its answer streaming to whoever asked. The prompt is built only when a model will
// be asked. Without a provider it says so, and the caller's rules-only answer stands alone.
class ModelQuestions
{
public:
    struct Dependencies
    {
        storage::Database &database;
        AiProviders &providers;
        AiRequestRepository &requests;
        AnswerStreamer &streamer;
        AiAnswers &answers;
        const audit::AuditRecorder &audit;
        const Clock &clock;
        // Where the server may reach a model (this machine and private networks or not), asked per question.
        std::function<http::TargetPolicy()> targets;
    };

    struct Question
    {
        qint64 organisationId = 0;
        qint64 projectId = 0;
        QString projectSlug;
        QString kind;    // explain, review, risk, savings
        QString subject; // what it is about beyond the job: a commit range
        std::optional<qint64> jobId;
        std::optional<qint64> providerId; // nullopt: the organisation's first
    };
    struct Asked
    {
        std::optional<shared::AiAnswer> answer; // running; nullopt when no model was asked
        QString note;                           // why not
    };

    explicit ModelQuestions(Dependencies dependencies)
        : m(std::move(dependencies))
    {
    }

    Outcome<Asked> ask(const MutationContext &context, const Question &question,
                       const std::function<QList<ChatMessage>()> &prompt);

private:
    Dependencies m;
};

} // namespace adp::server::ai
