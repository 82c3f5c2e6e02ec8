#pragma once

#include "DeploymentRepository.h"
#include "access/ProjectGuard.h"

namespace adp::server::deployments {

// What people read of a project's environments and deployments (reporters and up): environments
// by folder with what runs there now, and the deployment history, newest first, by cursor.
class EnvironmentService
{
public:
    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
    };
    explicit EnvironmentService(Dependencies dependencies)
        : m(dependencies)
    {
    }

    struct DeploymentQuery
    {
        QString environment; // a name, or an id; empty: every environment
        QString status;
        qint64 beforeId = 0;
        int limit = 20;
    };
    struct Page
    {
        QList<shared::Deployment> items;
        QString nextCursor;
    };

    Outcome<QList<shared::Environment>> list(const MutationContext &context, const QString &projectKey);
    Outcome<shared::Environment> get(const MutationContext &context, const QString &projectKey,
                                     const QString &environmentKey);
    Outcome<Page> deployments(const MutationContext &context, const QString &projectKey, const DeploymentQuery &query);
    Outcome<shared::Deployment> deployment(const MutationContext &context, const QString &projectKey, qint64 iid);

    static const QStringList &statuses();

private:
    // An environment of the project by id or by name.
    std::optional<shared::Environment> find(qint64 projectId, const QString &environmentKey);

    Dependencies m;
};

} // namespace adp::server::deployments
