#pragma once

namespace adp::server::crypto {
class SecretBox;
}

#include "PipelineProgress.h"
#include "PipelineRepository.h"
#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"
#include "events/Event.h"
#include "runner/CiVariables.h"
#include "scm/RepositoryMirror.h"

namespace adp::server::pipelines {

// Making pipelines and reading them. A pipeline is made from the commit a
// ref points to: its .gitlab-ci.yml is read from the project's repository
// mirror, checked, planned for the ref and source, and stored with its jobs
// in one transaction (with the audit event), then announced on "pipelines".
class PipelineService
{
public:
    static constexpr const char *kTopic = "pipelines";

    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        scm::RepositoryMirror &mirror;
        PipelineRepository &pipelines;
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

    // `invalid` holds what was wrong with the request; reported only to those who may run pipelines here.
    Outcome<shared::Pipeline> run(const MutationContext &context, const QString &projectKey,
                                  const shared::PipelineRunRequest &request, const QString &source,
                                  const shared::FieldErrors &invalid = {});

    // The steps of run(), for triggers that store more in the same transaction (webhook deliveries).
    struct Trigger
    {
        QString source;
        QList<QPair<QString, QString>> variables;  // the pipeline's own (shown by name in the audit trail)
        QList<QPair<QString, QString>> predefined; // more CI_* variables from the trigger (merge requests)
        QString changesSince; // what `rules: changes` compares with (a push's previous head, a merge request's
                              // target); empty: every `changes` counts as changed, as in GitLab
    };
    struct Prepared
    {
        shared::Project project;
        scm::RepositoryMirror::Commit commit;
        Trigger trigger;
        QList<pipeline::PlannedJob> jobs;
        qint64 parentPipelineId = 0; // set for a child pipeline
        qint64 parentJobId = 0;
    };
    // Reads and plans the definition at `commit` (no writes): 422 when it is invalid or makes no pipeline.
    Outcome<Prepared> prepare(const shared::Project &project, const scm::RepositoryMirror::Commit &commit,
                              const Trigger &trigger);
    // A child pipeline's plan: the files a trigger job includes, at the same commit.
    Outcome<Prepared> prepareChild(const shared::Project &project, const scm::RepositoryMirror::Commit &commit,
                                   const QStringList &includes, const Trigger &trigger);
    // Stores the pipeline with its jobs and audit event inside `tx`; answers it as stored
    // (workers may move it on as soon as it is committed).
    shared::Pipeline store(storage::Transaction &tx, const MutationContext &context, const Prepared &prepared);
    // After the commit: announces the new pipeline to those who may see the project.
    void announce(const shared::Pipeline &pipeline, qint64 projectId);

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
    Outcome<Prepared> plan(const shared::Project &project, const scm::RepositoryMirror::Commit &commit,
                           const Trigger &trigger, const QByteArray &definition, const QString &definitionPath);

    Dependencies m;
};

} // namespace adp::server::pipelines
