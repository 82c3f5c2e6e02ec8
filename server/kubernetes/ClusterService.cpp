#include "ClusterService.h"

#include "ClusterCredentials.h"
#include "ConnectionCheck.h"
#include "kube/KubeConfig.h"
#include "kube/KubeNames.h"
#include "storage/Transaction.h"

namespace adp::server::kubernetes {

using kube::KubeApiClient;
using kube::KubeConfig;

using shared::Cluster;

namespace {

std::optional<KubeConfig> readKubeConfig(const shared::ClusterFields &fields, shared::FieldErrors &errors)
{
    if (!fields.kubeconfig || fields.kubeconfig->trimmed().isEmpty()) {
        errors.append({QStringLiteral("kubeconfig"), QString::fromLatin1(shared::fieldcodes::Required),
                       QStringLiteral("is required")});
        return std::nullopt;
    }
    QStringList problems;
    auto config =
        KubeConfig::parse(fields.kubeconfig->toUtf8(), fields.context.value_or(QString()).trimmed(), problems);
    for (const QString &problem : std::as_const(problems).mid(0, 5))
        errors.append({QStringLiteral("kubeconfig"), QString::fromLatin1(shared::fieldcodes::InvalidValue), problem});
    return config;
}

} // namespace

Outcome<QList<Cluster>> ClusterService::list(const MutationContext &context, const QString &projectKey)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("cluster.list"));
    if (!found.ok())
        return found.error();
    return ClusterRepository::list(storage::executorOf(m.database), found.value().project.id);
}

Outcome<Cluster> ClusterService::create(const MutationContext &context, const QString &projectKey,
                                        const shared::ClusterFields &fields)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("cluster.create"));
    if (!found.ok())
        return found.error();
    return add(context, {found.value().project.id, 0}, fields);
}

Outcome<shared::ClusterConnection> ClusterService::test(const MutationContext &context, const QString &projectKey,
                                                        qint64 id)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("cluster.test"));
    if (!found.ok())
        return found.error();
    const auto cluster = ClusterRepository::find(storage::executorOf(m.database), found.value().project.id, id);
    if (!cluster)
        return ServiceError::notFound(QStringLiteral("Cluster"));
    return check(*cluster);
}

Outcome<shared::ClusterConnection> ClusterService::testDraft(const MutationContext &context, const QString &projectKey,
                                                             const shared::ClusterFields &fields)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("cluster.create"));
    if (!found.ok())
        return found.error();
    return checkDraft(fields);
}

Outcome<Unit> ClusterService::remove(const MutationContext &context, const QString &projectKey, qint64 id)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("cluster.delete"));
    if (!found.ok())
        return found.error();
    return removeOwn(context, {found.value().project.id, 0}, id);
}

Outcome<QList<Cluster>> ClusterService::listOfOrganisation(const MutationContext &context,
                                                           const QString &organisationKey)
{
    const auto owner = organisationOwner(context, organisationKey, QStringLiteral("org.cluster.list"));
    if (!owner.ok())
        return owner.error();
    return ClusterRepository::listOwn(storage::executorOf(m.database), owner.value());
}

Outcome<Cluster> ClusterService::createInOrganisation(const MutationContext &context, const QString &organisationKey,
                                                      const shared::ClusterFields &fields)
{
    const auto owner = organisationOwner(context, organisationKey, QStringLiteral("org.cluster.create"));
    if (!owner.ok())
        return owner.error();
    return add(context, owner.value(), fields);
}

Outcome<shared::ClusterConnection> ClusterService::testOfOrganisation(const MutationContext &context,
                                                                      const QString &organisationKey, qint64 id)
{
    const auto owner = organisationOwner(context, organisationKey, QStringLiteral("org.cluster.test"));
    if (!owner.ok())
        return owner.error();
    const auto cluster = ClusterRepository::findOwn(storage::executorOf(m.database), owner.value(), id);
    if (!cluster)
        return ServiceError::notFound(QStringLiteral("Cluster"));
    return check(*cluster);
}

Outcome<shared::ClusterConnection> ClusterService::testDraftInOrganisation(const MutationContext &context,
                                                                           const QString &organisationKey,
                                                                           const shared::ClusterFields &fields)
{
    const auto owner = organisationOwner(context, organisationKey, QStringLiteral("org.cluster.create"));
    if (!owner.ok())
        return owner.error();
    return checkDraft(fields);
}

Outcome<Unit> ClusterService::removeFromOrganisation(const MutationContext &context, const QString &organisationKey,
                                                     qint64 id)
{
    const auto owner = organisationOwner(context, organisationKey, QStringLiteral("org.cluster.delete"));
    if (!owner.ok())
        return owner.error();
    return removeOwn(context, owner.value(), id);
}

Outcome<ClusterOwner> ClusterService::organisationOwner(const MutationContext &context, const QString &key,
                                                        const QString &action)
{
    const auto organisation = m.organisations.find(key);
    if (!organisation)
        return ServiceError::notFound(QStringLiteral("Organisation"));
    const auto access = m.authorizer.organisation(context, organisation->id, action);
    if (!access.ok())
        return access.error();
    return ClusterOwner{0, organisation->id};
}

Outcome<Cluster> ClusterService::add(const MutationContext &context, const ClusterOwner &owner,
                                     const shared::ClusterFields &fields)
{
    shared::FieldErrors errors;
    const QString name = fields.name.value_or(QString()).trimmed();
    if (name.isEmpty())
        errors.append(
            {QStringLiteral("name"), QString::fromLatin1(shared::fieldcodes::Required), QStringLiteral("is required")});
    else if (!kube::isDnsLabel(name))
        errors.append({QStringLiteral("name"), QString::fromLatin1(shared::fieldcodes::InvalidValue),
                       QStringLiteral("must be lower-case letters, digits and -, at most 63")});
    const std::optional<KubeConfig> config = readKubeConfig(fields, errors);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);

    Cluster cluster;
    cluster.name = name;
    cluster.server = config->server.toString();
    cluster.namespaceName = config->namespaceName;
    cluster.context = config->context;
    cluster.credential = config->credential() == KubeConfig::Credential::Token ? QStringLiteral("token")
                                                                               : QStringLiteral("client_certificate");
    cluster.insecureSkipTlsVerify = config->insecureSkipTlsVerify;
    cluster.customCertificateAuthority = !config->certificateAuthority.isEmpty();
    cluster.createdBy = context.actor.username;
    cluster.createdAt = cluster.updatedAt = m.clock.now();
    storage::Transaction tx(m.database);
    const QList<Cluster> existing = ClusterRepository::listOwn(storage::executorOf(tx), owner);
    const QString ownerWord = owner.projectId ? QStringLiteral("project") : QStringLiteral("organisation");
    if (existing.size() >= kMaxClusters)
        return ServiceError::conflict(
            QStringLiteral("A %1 may have at most %2 clusters").arg(ownerWord).arg(kMaxClusters));
    for (const Cluster &other : existing) {
        if (other.name == name)
            return ServiceError::conflict(QStringLiteral("The %1 has a cluster named %2 already").arg(ownerWord, name));
    }
    // The whole file is kept sealed (the context is chosen again when it is used); nothing of it in the audit.
    cluster = ClusterRepository::insert(tx, owner, cluster, m.secrets.seal(*fields.kubeconfig), context.actor.userId);
    m.audit.record(tx, context,
                   {QStringLiteral("cluster.created"), owner.auditType(), owner.auditId(), {}, cluster.toJson()});
    tx.commit();
    return cluster;
}

Outcome<shared::ClusterConnection> ClusterService::check(const Cluster &cluster)
{
    QString error;
    const auto config = ClusterCredentials::open(storage::executorOf(m.database), m.secrets, cluster, error);
    if (!config)
        return ServiceError::conflict(QStringLiteral("The cluster cannot be used: %1").arg(error));
    // The API server is asked outside any transaction: it may take seconds to answer.
    KubeApiClient client(*config);
    const shared::ClusterConnection connection = ConnectionCheck::run(client, m.clock.now());
    storage::Transaction tx(m.database);
    ClusterRepository::recordCheck(
        tx, cluster.id, {connection.checkedAt, connection.connected, connection.version, connection.message});
    tx.commit();
    return connection;
}

Outcome<shared::ClusterConnection> ClusterService::checkDraft(const shared::ClusterFields &fields)
{
    shared::FieldErrors errors;
    const std::optional<KubeConfig> config = readKubeConfig(fields, errors);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    KubeApiClient client(*config);
    return ConnectionCheck::run(client, m.clock.now());
}

Outcome<Unit> ClusterService::removeOwn(const MutationContext &context, const ClusterOwner &owner, qint64 id)
{
    storage::Transaction tx(m.database);
    const auto cluster = ClusterRepository::findOwn(storage::executorOf(tx), owner, id);
    if (!cluster)
        return ServiceError::notFound(QStringLiteral("Cluster"));
    ClusterRepository::remove(tx, id);
    m.audit.record(tx, context,
                   {QStringLiteral("cluster.deleted"), owner.auditType(), owner.auditId(), cluster->toJson(), {}});
    tx.commit();
    return Unit{};
}

} // namespace adp::server::kubernetes
