#include "EnvironmentRuleRepository.h"

namespace adp::server::deployments {

using shared::EnvironmentRule;

namespace {
const QString kSelect = QStringLiteral(
    "SELECT r.id, r.environment, r.action, r.min_role, u.username, t.slug, r.created_at, r.required_approvals "
    "FROM environment_rules r "
    "LEFT JOIN users u ON u.id = r.user_id LEFT JOIN teams t ON t.id = r.team_id ");

EnvironmentRule fromRow(const storage::ResultSet &rows, int row)
{
    EnvironmentRule rule;
    rule.id = rows.value(row, 0).toLongLong();
    rule.environment = rows.value(row, 1).toString();
    rule.action = rows.value(row, 2).toString();
    rule.minRole = rows.value(row, 3).toString();
    rule.user = rows.value(row, 4).toString();
    rule.team = rows.value(row, 5).toString();
    rule.createdAt = QDateTime::fromMSecsSinceEpoch(rows.value(row, 6).toLongLong(), Qt::UTC);
    rule.requiredApprovals = rows.value(row, 7).toInt();
    return rule;
}
} // namespace

QList<EnvironmentRule> EnvironmentRuleRepository::list(qint64 projectId)
{
    const auto rows = m_database.query(
        kSelect + QStringLiteral("WHERE r.project_id = ? ORDER BY r.environment, r.action, r.id"), {projectId});
    QList<EnvironmentRule> rules;
    for (int row = 0; row < rows.size(); ++row)
        rules.append(fromRow(rows, row));
    return rules;
}

QList<EnvironmentRuleRepository::Grant> EnvironmentRuleRepository::grants(const storage::Executor &run,
                                                                          qint64 projectId, const QString &action)
{
    const auto rows =
        run(QStringLiteral("SELECT r.id, r.environment, r.min_role, r.user_id, tm.user_id, r.required_approvals "
                           "FROM environment_rules r "
                           "LEFT JOIN team_members tm ON tm.team_id = r.team_id "
                           "WHERE r.project_id = ? AND r.action = ? ORDER BY r.id"),
            {projectId, action});
    QList<Grant> grants;
    qint64 lastRule = 0;
    for (int row = 0; row < rows.size(); ++row) {
        const qint64 ruleId = rows.value(row, 0).toLongLong();
        if (ruleId != lastRule) {
            grants.append(
                {rows.value(row, 1).toString(), rows.value(row, 2).toString(), {}, rows.value(row, 5).toInt()});
            lastRule = ruleId;
        }
        for (const int column : {3, 4}) {
            if (!rows.value(row, column).isNull())
                grants.last().userIds.append(rows.value(row, column).toLongLong());
        }
    }
    return grants;
}

EnvironmentRule EnvironmentRuleRepository::insert(storage::Transaction &tx, qint64 projectId, EnvironmentRule rule,
                                                  qint64 userId, qint64 teamId)
{
    const auto rows =
        tx.exec(QStringLiteral(
                    "INSERT INTO environment_rules (project_id, environment, action, min_role, "
                    "user_id, team_id, created_at, required_approvals) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {projectId, rule.environment, rule.action, rule.minRole.isEmpty() ? QVariant() : QVariant(rule.minRole),
                 userId > 0 ? QVariant(userId) : QVariant(), teamId > 0 ? QVariant(teamId) : QVariant(),
                 rule.createdAt.toMSecsSinceEpoch(), rule.requiredApprovals});
    rule.id = rows.value(0, 0).toLongLong();
    return rule;
}

std::optional<EnvironmentRule> EnvironmentRuleRepository::find(storage::Transaction &tx, qint64 projectId,
                                                               qint64 ruleId)
{
    const auto rows = tx.exec(kSelect + QStringLiteral("WHERE r.project_id = ? AND r.id = ?"), {projectId, ruleId});
    if (rows.isEmpty())
        return std::nullopt;
    return fromRow(rows, 0);
}

void EnvironmentRuleRepository::remove(storage::Transaction &tx, qint64 ruleId)
{
    tx.exec(QStringLiteral("DELETE FROM environment_rules WHERE id = ?"), {ruleId});
}

} // namespace adp::server::deployments
