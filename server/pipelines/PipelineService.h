#pragma once

namespace adp::server::crypto {
class SecretBox;
}

#include "JobStore.h"
#include "PipelineProgress.h"
#include "PipelineRepository.h"
#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"
#include "ci/CiVariables.h"
#include "events/Event.h"
#include "git/RepositoryMirror.h"
#include "ports/PipelineStarter.h"

namespace adp::server::pipelines {

// Making pipelines and reading them. A pipeline is made from the commit a
// ref points to: its .gitlab-ci.yml is read from the project's repository
// mirror, checked, planned for the ref and source, and stored with its jobs
// in one transaction (with the audit event), then announced on "pipelines".
class PipelineService : public ports::PipelineStarter
{
public:
    static constexpr const char *kTopic = "pipelines";

    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        git::RepositoryMirror &mirror;
        PipelineRepository &pipelines;
        JobStore &jobs;
        PipelineProgress &progress;
        const audit::AuditRecorder &audit;
        events::EventPublisher &events;
        const Clock &clock;
        std::function<QString()> serverUrl;         // CI_SERVER_URL
        int maxJobs = 1000;                         // a definition with more jobs is refused before planning
        const crypto::SecretBox *secrets = nullptr; // seals the variables a pipeline was run with
    };
    explicit PipelineService(Dependencies dependencies)
        : m(std::move(dependencies))
    {
    }

    using Trigger = ports::PipelineTrigger;
    using Prepared = ports::PreparedPipeline;
    Outcome<shared::Pipeline> run(const MutationContext &context, const QString &projectKey,
                                  const shared::PipelineRunRequest &request, const QString &source,
                                  const shared::FieldErrors &invalid = {}) override;
    Outcome<Prepared> prepare(const shared::Project &project, const git::RepositoryMirror::Commit &commit,
                              const Trigger &trigger) override;
    // A child pipeline's plan: the files a trigger job includes, at the same commit.
    Outcome<Prepared> prepareChild(const shared::Project &project, const git::RepositoryMirror::Commit &commit,
                                   const QStringList &includes, const Trigger &trigger);
    shared::Pipeline store(storage::Transaction &tx, const MutationContext &context, const Prepared &prepared) override;
    void announce(const shared::Pipeline &pipeline, qint64 projectId) override;

    struct Page
    {
        QList<shared::Pipeline> items;
        QString nextCursor;
    };
    Outcome<Page> list(const MutationContext &context, const QString &projectKey, PipelineRepository::Query query);
    Outcome<shared::Pipeline> get(const MutationContext &context, qint64 id);
    // A job's log as written so far from byte `from` (reporters and up), and where the job stands.
    struct JobLog
    {
        PipelineRepository::LogSlice slice;
        QString status;
        qint64 projectId = 0;
    };
    Outcome<JobLog> jobLog(const MutationContext &context, qint64 jobId, qint64 from = 0,
                           qint64 maxBytes = std::numeric_limits<qint64>::max());

private:
    Outcome<Prepared> plan(const shared::Project &project, const git::RepositoryMirror::Commit &commit,
                           const Trigger &trigger, const QByteArray &definition, const QString &definitionPath);

    Dependencies m;
};

} // namespace adp::server::pipelines
