#include "CostKindRepository.h"

#include "storage/SqlValues.h"

namespace adp::server::costs {

using storage::Connection;
using storage::idOrNull;

void CostKindRepository::insertNew(storage::Transaction &tx, qint64 organisationId, const QList<CostKind> &kinds)
{
    if (kinds.isEmpty())
        return;
    const QString sql = QStringLiteral(
        "INSERT INTO cost_kinds (organisation_id, kind, category, provider, service, service_category, region, "
        "sub_account, sku, charge_class, consumed_unit, tags, project_id, environment_id, team_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (organisation_id, kind) DO NOTHING");
    QList<Connection::Statement> statements;
    for (const CostKind &kind : kinds) {
        const auto text = [](const QByteArray &bytes) { return QString::fromUtf8(bytes); };
        statements.append(
            {sql,
             {organisationId, kind.key, text(kind.category), text(kind.provider), text(kind.service),
              text(kind.serviceCategory), text(kind.region), text(kind.subAccount), text(kind.sku),
              text(kind.chargeClass), text(kind.consumedUnit), text(kind.tags), idOrNull(kind.attribution.projectId),
              idOrNull(kind.attribution.environmentId), idOrNull(kind.attribution.teamId)}});
    }
    tx.execBatch(statements);
}

QList<CostKind> CostKindRepository::all(storage::Transaction &tx, qint64 organisationId)
{
    const storage::ResultSet rows =
        tx.exec(QStringLiteral("SELECT kind, category, provider, service, service_category, region, sub_account, sku, "
                               "charge_class, consumed_unit, tags, project_id, environment_id, team_id FROM cost_kinds "
                               "WHERE organisation_id = ?"),
                {organisationId});
    QList<CostKind> kinds;
    kinds.reserve(rows.size());
    for (int row = 0; row < rows.size(); ++row) {
        CostKind kind;
        kind.key = rows.value(row, 0).toLongLong();
        QByteArray *fields[] = {&kind.category,     &kind.provider,   &kind.service, &kind.serviceCategory,
                                &kind.region,       &kind.subAccount, &kind.sku,     &kind.chargeClass,
                                &kind.consumedUnit, &kind.tags};
        for (int field = 0; field < 10; ++field)
            *fields[field] = rows.value(row, field + 1).toString().toUtf8();
        kind.attribution = {rows.value(row, 11).toLongLong(), rows.value(row, 12).toLongLong(),
                            rows.value(row, 13).toLongLong()};
        kinds.append(kind);
    }
    return kinds;
}

void CostKindRepository::attribute(storage::Transaction &tx, qint64 organisationId, const QList<CostKind> &kinds)
{
    QList<Connection::Statement> statements;
    for (const CostKind &kind : kinds)
        statements.append({QStringLiteral("UPDATE cost_kinds SET project_id = ?, environment_id = ?, team_id = ? "
                                          "WHERE organisation_id = ? AND kind = ?"),
                           {idOrNull(kind.attribution.projectId), idOrNull(kind.attribution.environmentId),
                            idOrNull(kind.attribution.teamId), organisationId, kind.key}});
    if (!statements.isEmpty())
        tx.execBatch(statements);
}

} // namespace adp::server::costs
