#include "ClusterRepository.h"

#include "storage/SqlValues.h"
#include "storage/Transaction.h"

namespace adp::server::kubernetes {

using shared::Cluster;

namespace {

const QString kColumns = QStringLiteral(
    "SELECT c.id, c.name, c.server, c.namespace, c.context, c.credential, c.insecure_skip_tls_verify, c.custom_ca, "
    "COALESCE(u.username, ''), c.created_at, c.updated_at, c.checked_at, c.check_connected, c.check_version, "
    "c.check_message, c.organisation_id FROM clusters c LEFT JOIN users u ON u.id = c.created_by ");

Cluster clusterAt(const storage::ResultSet &rows, int row)
{
    Cluster cluster;
    cluster.id = rows.value(row, 0).toLongLong();
    cluster.name = rows.value(row, 1).toString();
    cluster.server = rows.value(row, 2).toString();
    cluster.namespaceName = rows.value(row, 3).toString();
    cluster.context = rows.value(row, 4).toString();
    cluster.credential = rows.value(row, 5).toString();
    cluster.insecureSkipTlsVerify = rows.value(row, 6).toBool();
    cluster.customCertificateAuthority = rows.value(row, 7).toBool();
    cluster.createdBy = rows.value(row, 8).toString();
    cluster.createdAt = storage::timeFromMs(rows.value(row, 9));
    cluster.updatedAt = storage::timeFromMs(rows.value(row, 10));
    if (!rows.value(row, 11).isNull())
        cluster.lastCheck = Cluster::LastCheck{storage::timeFromMs(rows.value(row, 11)), rows.value(row, 12).toBool(),
                                               rows.value(row, 13).toString(), rows.value(row, 14).toString()};
    if (!rows.value(row, 15).isNull())
        cluster.scope = QStringLiteral("organisation");
    return cluster;
}

// A project's own clusters and its organisation's.
const QString kUsableBy = QStringLiteral(
    "(c.project_id = ? OR c.organisation_id = (SELECT p.organisation_id FROM projects p WHERE p.id = ?)) ");

QString ownedBy(const ClusterOwner &owner)
{
    return owner.projectId ? QStringLiteral("c.project_id = ? ") : QStringLiteral("c.organisation_id = ? ");
}

qint64 ownerId(const ClusterOwner &owner)
{
    return owner.projectId ? owner.projectId : owner.organisationId;
}

} // namespace

QList<Cluster> ClusterRepository::list(const storage::Executor &run, qint64 projectId)
{
    // The project's own first.
    const auto rows = run(kColumns + QStringLiteral("WHERE ") + kUsableBy +
                              QStringLiteral("ORDER BY c.organisation_id IS NOT NULL, c.name"),
                          {projectId, projectId});
    return rows.map([&rows](int row) { return clusterAt(rows, row); });
}

QList<Cluster> ClusterRepository::listEvery(const storage::Executor &run)
{
    const auto rows = run(kColumns + QStringLiteral("ORDER BY c.id"), {});
    return rows.map([&rows](int row) { return clusterAt(rows, row); });
}

std::optional<Cluster> ClusterRepository::find(const storage::Executor &run, qint64 projectId, qint64 id)
{
    const auto rows = run(kColumns + QStringLiteral("WHERE c.id = ? AND ") + kUsableBy, {id, projectId, projectId});
    if (rows.isEmpty())
        return std::nullopt;
    return clusterAt(rows, 0);
}

QList<Cluster> ClusterRepository::listOwn(const storage::Executor &run, const ClusterOwner &owner)
{
    const auto rows =
        run(kColumns + QStringLiteral("WHERE ") + ownedBy(owner) + QStringLiteral("ORDER BY c.name"), {ownerId(owner)});
    return rows.map([&rows](int row) { return clusterAt(rows, row); });
}

std::optional<Cluster> ClusterRepository::findOwn(const storage::Executor &run, const ClusterOwner &owner, qint64 id)
{
    const auto rows = run(kColumns + QStringLiteral("WHERE c.id = ? AND ") + ownedBy(owner), {id, ownerId(owner)});
    if (rows.isEmpty())
        return std::nullopt;
    return clusterAt(rows, 0);
}

Cluster ClusterRepository::insert(storage::Transaction &tx, const ClusterOwner &owner, Cluster cluster,
                                  const QString &sealedKubeconfig, qint64 createdBy)
{
    const auto rows = tx.exec(
        QStringLiteral(
            "INSERT INTO clusters (project_id, organisation_id, name, server, namespace, context, credential, "
            "insecure_skip_tls_verify, custom_ca, sealed_kubeconfig, created_by, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {storage::idOrNull(owner.projectId), storage::idOrNull(owner.organisationId), cluster.name, cluster.server,
         cluster.namespaceName, cluster.context, cluster.credential, cluster.insecureSkipTlsVerify,
         cluster.customCertificateAuthority, sealedKubeconfig, storage::idOrNull(createdBy),
         cluster.createdAt.toMSecsSinceEpoch(), cluster.updatedAt.toMSecsSinceEpoch()});
    cluster.id = rows.value(0, 0).toLongLong();
    cluster.scope = owner.projectId ? QStringLiteral("project") : QStringLiteral("organisation");
    return cluster;
}

void ClusterRepository::remove(storage::Transaction &tx, qint64 id)
{
    tx.exec(QStringLiteral("DELETE FROM clusters WHERE id = ?"), {id});
}

void ClusterRepository::recordCheck(storage::Transaction &tx, qint64 id, const Cluster::LastCheck &check)
{
    tx.exec(
        QStringLiteral("UPDATE clusters SET checked_at = ?, check_connected = ?, check_version = ?, check_message = ? "
                       "WHERE id = ?"),
        {check.checkedAt.toMSecsSinceEpoch(), check.connected, check.version, check.message, id});
}

QString ClusterRepository::sealedKubeconfig(const storage::Executor &run, qint64 id)
{
    const auto rows = run(QStringLiteral("SELECT sealed_kubeconfig FROM clusters WHERE id = ?"), {id});
    return rows.isEmpty() ? QString() : rows.value(0, 0).toString();
}

} // namespace adp::server::kubernetes
