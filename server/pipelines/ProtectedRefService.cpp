#include "ProtectedRefService.h"

#include "storage/StorageError.h"
#include "storage/Transaction.h"

namespace adp::server::pipelines {

using shared::ProtectedRef;

namespace {

ServiceError alreadyProtected(const QString &name)
{
    return ServiceError::conflict(QStringLiteral("%1 is already protected").arg(name),
                                  {{QStringLiteral("name"), QString::fromLatin1(shared::fieldcodes::Taken),
                                    QStringLiteral("is already protected")}});
}

} // namespace

Outcome<QList<ProtectedRef>> ProtectedRefService::list(const MutationContext &context, const QString &projectKey)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("protected_ref.list"));
    if (!found.ok())
        return found.error();
    return m.refs.list(found.value().project.id);
}

Outcome<ProtectedRef> ProtectedRefService::create(const MutationContext &context, const QString &projectKey,
                                                  const shared::ProtectedRefFields &fields)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("protected_ref.create"));
    if (!found.ok())
        return found.error();
    const shared::FieldErrors errors = fields.validate();
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    const qint64 projectId = found.value().project.id;
    ProtectedRef ref{0, *fields.kind, *fields.name, m.clock.now()};
    try {
        storage::Transaction tx(m.database);
        if (m.refs.exists(tx, projectId, ref.kind, ref.name))
            return alreadyProtected(ref.name);
        ref = m.refs.insert(tx, projectId, ref, context.actor.userId);
        m.audit.record(tx, context,
                       {QStringLiteral("protected_ref.created"),
                        QStringLiteral("project"),
                        QString::number(projectId),
                        {},
                        ref.toJson()});
        tx.commit();
    } catch (const storage::StorageError &error) {
        if (error.kind() == storage::StorageError::Kind::UniqueViolation) // added at the same moment
            return alreadyProtected(ref.name);
        throw;
    }
    return ref;
}

Outcome<Unit> ProtectedRefService::remove(const MutationContext &context, const QString &projectKey, qint64 id)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("protected_ref.delete"));
    if (!found.ok())
        return found.error();
    const qint64 projectId = found.value().project.id;
    storage::Transaction tx(m.database);
    const auto ref = m.refs.find(tx, projectId, id);
    if (!ref)
        return ServiceError::notFound(QStringLiteral("Protected ref"));
    m.refs.remove(tx, id);
    m.audit.record(tx, context,
                   {QStringLiteral("protected_ref.deleted"),
                    QStringLiteral("project"),
                    QString::number(projectId),
                    ref->toJson(),
                    {}});
    tx.commit();
    return Unit{};
}

} // namespace adp::server::pipelines
