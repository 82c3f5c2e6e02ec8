#pragma once

#include "ProtectedRefRepository.h"
#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"

namespace adp::server::pipelines {

// A project's protected branches and tags: reporters read them, maintainers
// add and remove them (audited). They decide which pipelines receive
// protected variables.
class ProtectedRefService
{
public:
    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        ProtectedRefRepository &refs;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit ProtectedRefService(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<QList<shared::ProtectedRef>> list(const MutationContext &context, const QString &projectKey);
    Outcome<shared::ProtectedRef> create(const MutationContext &context, const QString &projectKey,
                                         const shared::ProtectedRefFields &fields);
    Outcome<Unit> remove(const MutationContext &context, const QString &projectKey, qint64 id);

private:
    Dependencies m;
};

} // namespace adp::server::pipelines
