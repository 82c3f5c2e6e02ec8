#include "CostRuleRepository.h"

#include "storage/SqlValues.h"

namespace adp::server::costs {

using storage::idOrNull;
using storage::ResultSet;
using storage::Transaction;

namespace {
const QString kSelect = QStringLiteral(
    "SELECT r.id, r.organisation_id, r.position, r.match_on, r.pattern, r.project_id, r.environment_id, r.team_id, "
    "r.created_by, r.created_at, r.updated_at, p.slug, e.name, t.slug FROM cost_rules r "
    "LEFT JOIN projects p ON p.id = r.project_id LEFT JOIN environments e ON e.id = r.environment_id "
    "LEFT JOIN teams t ON t.id = r.team_id");
const QString kOrder = QStringLiteral(" ORDER BY r.position, r.id");
} // namespace

QList<CostRuleRepository::Stored> CostRuleRepository::fromRows(const ResultSet &rows)
{
    QList<Stored> found;
    for (int row = 0; row < rows.size(); ++row) {
        Stored stored;
        shared::costs::CostRule &rule = stored.rule;
        rule.id = rows.value(row, 0).toLongLong();
        stored.organisationId = rows.value(row, 1).toLongLong();
        rule.position = rows.value(row, 2).toInt();
        rule.match = rows.value(row, 3).toString();
        rule.pattern = rows.value(row, 4).toString();
        stored.projectId = rows.value(row, 5).toLongLong();
        stored.environmentId = rows.value(row, 6).toLongLong();
        stored.teamId = rows.value(row, 7).toLongLong();
        rule.createdBy = rows.value(row, 8).toString();
        stored.createdMs = rows.value(row, 9).toLongLong();
        stored.updatedMs = rows.value(row, 10).toLongLong();
        rule.createdAt = storage::timeFromMs(rows.value(row, 9));
        rule.updatedAt = storage::timeFromMs(rows.value(row, 10));
        rule.project = rows.value(row, 11).toString();
        rule.environment = rows.value(row, 12).toString();
        rule.team = rows.value(row, 13).toString();
        found.append(stored);
    }
    return found;
}

QList<CostRuleRepository::Stored> CostRuleRepository::list(qint64 organisationId)
{
    return fromRows(
        m_database.query(kSelect + QStringLiteral(" WHERE r.organisation_id = ?") + kOrder, {organisationId}));
}

std::optional<CostRuleRepository::Stored> CostRuleRepository::find(qint64 organisationId, qint64 id)
{
    const QList<Stored> found = fromRows(
        m_database.query(kSelect + QStringLiteral(" WHERE r.organisation_id = ? AND r.id = ?"), {organisationId, id}));
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

qint64 CostRuleRepository::insert(Transaction &tx, const Stored &stored)
{
    const shared::costs::CostRule &rule = stored.rule;
    return tx
        .exec(QStringLiteral("INSERT INTO cost_rules (organisation_id, position, match_on, pattern, project_id, "
                             "environment_id, team_id, created_by, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
              {stored.organisationId, rule.position, rule.match, rule.pattern, idOrNull(stored.projectId),
               idOrNull(stored.environmentId), idOrNull(stored.teamId), rule.createdBy, stored.createdMs,
               stored.updatedMs})
        .value(0, 0)
        .toLongLong();
}

void CostRuleRepository::update(Transaction &tx, const Stored &stored)
{
    const shared::costs::CostRule &rule = stored.rule;
    tx.exec(QStringLiteral("UPDATE cost_rules SET position = ?, match_on = ?, pattern = ?, project_id = ?, "
                           "environment_id = ?, team_id = ?, updated_at = ? WHERE id = ?"),
            {rule.position, rule.match, rule.pattern, idOrNull(stored.projectId), idOrNull(stored.environmentId),
             idOrNull(stored.teamId), stored.updatedMs, rule.id});
}

void CostRuleRepository::remove(Transaction &tx, qint64 id)
{
    tx.exec(QStringLiteral("DELETE FROM cost_rules WHERE id = ?"), {id});
}

CostAttribution CostRuleRepository::attribution(Transaction &tx, qint64 organisationId)
{
    const ResultSet rows = tx.exec(QStringLiteral("SELECT match_on, pattern, project_id, environment_id, team_id FROM "
                                                  "cost_rules WHERE organisation_id = ? ORDER BY position, id"),
                                   {organisationId});
    QList<AttributionRule> rules;
    for (int row = 0; row < rows.size(); ++row)
        rules.append({rows.value(row, 0).toString(), rows.value(row, 1).toString(), rows.value(row, 2).toLongLong(),
                      rows.value(row, 3).toLongLong(), rows.value(row, 4).toLongLong()});
    return CostAttribution(rules);
}

qint64 CostRuleRepository::projectNamed(qint64 organisationId, const QString &slug)
{
    const ResultSet rows = m_database.query(
        QStringLiteral("SELECT id FROM projects WHERE organisation_id = ? AND slug = ?"), {organisationId, slug});
    return rows.isEmpty() ? 0 : rows.value(0, 0).toLongLong();
}

qint64 CostRuleRepository::environmentNamed(qint64 projectId, const QString &name)
{
    const ResultSet rows = m_database.query(
        QStringLiteral("SELECT id FROM environments WHERE project_id = ? AND name = ?"), {projectId, name});
    return rows.isEmpty() ? 0 : rows.value(0, 0).toLongLong();
}

qint64 CostRuleRepository::teamNamed(qint64 organisationId, const QString &slug)
{
    const ResultSet rows = m_database.query(
        QStringLiteral("SELECT id FROM teams WHERE organisation_id = ? AND slug = ?"), {organisationId, slug});
    return rows.isEmpty() ? 0 : rows.value(0, 0).toLongLong();
}

} // namespace adp::server::costs
