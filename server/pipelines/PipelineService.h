#pragma once

#include "PipelineRepository.h"
#include "RepositoryMirror.h"
#include "audit/AuditRecorder.h"
#include "events/Event.h"
#include "projects/ProjectService.h"

namespace adp::server::pipelines {

// Making pipelines and reading them. A pipeline is made from the commit a
// ref points to: its .gitlab-ci.yml is read from the project's repository
// mirror, checked, planned for the ref and source, and stored with its jobs
// in one transaction (with the audit event), then announced on "pipelines".
class PipelineService
{
public:
    static constexpr const char *kTopic = "pipelines";
    static constexpr const char *kDefinitionPath = ".gitlab-ci.yml";

    struct Dependencies
    {
        storage::Database &database;
        projects::ProjectService &projects;
        RepositoryMirror &mirror;
        PipelineRepository &pipelines;
        const audit::AuditRecorder &audit;
        events::EventPublisher &events;
        const Clock &clock;
        std::function<QString()> serverUrl; // CI_SERVER_URL
    };
    explicit PipelineService(Dependencies dependencies) : m(std::move(dependencies)) {}

    // `invalid` holds what was wrong with the request; reported only to those who may run pipelines here.
    Outcome<shared::Pipeline> run(const MutationContext &context, const QString &projectKey, const shared::PipelineRunRequest &request,
                                  const QString &source, const shared::FieldErrors &invalid = {});

    struct Page
    {
        QList<shared::Pipeline> items;
        QString nextCursor;
    };
    Outcome<Page> list(const MutationContext &context, const QString &projectKey, PipelineRepository::Query query);
    Outcome<shared::Pipeline> get(const MutationContext &context, qint64 id);

private:
    // Decides the jobs that can be decided now and the pipeline's status; inside `tx`.
    void advance(storage::Transaction &tx, qint64 pipelineId);

    Dependencies m;
};

} // namespace adp::server::pipelines
