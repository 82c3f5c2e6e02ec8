#pragma once

#include "VariableRepository.h"
#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"
#include "crypto/SecretBox.h"
#include "ports/ProjectSecrets.h"
#include "shared/core/ProjectVariable.h"

namespace adp::server::pipelines {

// A project's CI/CD variables: maintainers list, set and delete them; every
// value is stored sealed, a masked one is never shown back, and the audit
// trail names keys only. Jobs receive them opened, with which to mask: per
// key the value of the most specific scope matching the job's environment,
// protected ones only on protected refs.
class VariableService : public ports::ProjectSecrets
{
public:
    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        VariableRepository &variables;
        const crypto::SecretBox &secrets;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit VariableService(Dependencies dependencies)
        : m(std::move(dependencies))
    {
    }

    Outcome<QList<shared::ProjectVariable>> list(const MutationContext &context, const QString &projectKey);
    // Creates or replaces `key`. `invalid` holds the body's shape errors, reported only to maintainers.
    Outcome<shared::ProjectVariable> set(const MutationContext &context, const QString &projectKey, const QString &key,
                                         const shared::ProjectVariableFields &fields,
                                         const shared::FieldErrors &invalid = {});
    Outcome<Unit> remove(const MutationContext &context, const QString &projectKey, const QString &key,
                         const QString &environmentScope);

    // For a job in `environment` (empty: none) of a pipeline whose ref is protected or not: the
    // variables it receives, with their values opened (by key). A value the key no longer opens is
    // left out (and said in the server log, by key).
    QList<shared::ProjectVariable> forJob(qint64 projectId, const QString &environment, bool refProtected) const;
    // ports::ProjectSecrets: every masked value of the project, whatever its scope.
    QStringList maskedValues(qint64 projectId) const override;
    // Which of a project's rows a job receives: GitLab's rules, one row per key.
    static QList<VariableRepository::Stored> applying(const QList<VariableRepository::Stored> &stored,
                                                      const QString &environment, bool refProtected);

private:
    Dependencies m;
};

} // namespace adp::server::pipelines
