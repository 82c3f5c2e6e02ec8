#include "VariableService.h"

#include "shared/core/WildcardPattern.h"
#include "storage/Transaction.h"

#include <spdlog/spdlog.h>

namespace adp::server::pipelines {

namespace {

shared::ProjectVariable presented(const VariableRepository::Stored &stored)
{
    shared::ProjectVariable variable;
    variable.key = stored.key;
    variable.masked = stored.masked;
    variable.protectedOnly = stored.protectedOnly;
    variable.variableType = stored.variableType;
    variable.environmentScope = stored.environmentScope;
    variable.updatedAt = QDateTime::fromMSecsSinceEpoch(stored.updatedMs, Qt::UTC);
    return variable;
}

} // namespace

Outcome<QList<shared::ProjectVariable>> VariableService::list(const MutationContext &context, const QString &projectKey)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("project.variable.list"));
    if (!found.ok())
        return found.error();
    QList<shared::ProjectVariable> variables;
    for (const VariableRepository::Stored &stored : m.variables.listOf(found.value().project.id)) {
        shared::ProjectVariable variable = presented(stored);
        if (!variable.masked)
            variable.value = m.secrets.open(stored.valueSealed).value_or(QString());
        variables.append(variable);
    }
    return variables;
}

Outcome<shared::ProjectVariable> VariableService::set(const MutationContext &context, const QString &projectKey,
                                                      const QString &key, const shared::ProjectVariableFields &fields,
                                                      const shared::FieldErrors &invalid)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("project.variable.set"));
    if (!found.ok())
        return found.error();
    shared::FieldErrors errors = invalid;
    if (errors.isEmpty())
        errors = fields.validate(key);
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    const qint64 projectId = found.value().project.id;
    const qint64 now = m.clock.nowMs();
    storage::Transaction tx(m.database);
    const VariableRepository::Stored stored{key,
                                            m.secrets.seal(*fields.value),
                                            fields.masked,
                                            now,
                                            fields.protectedOnly,
                                            fields.variableType,
                                            fields.environmentScope};
    const bool existed = m.variables.put(tx, projectId, stored, now);
    shared::ProjectVariable variable = presented(stored);
    QJsonObject summary = variable.toJson();
    summary.remove(QStringLiteral("updated_at"));
    summary.remove(QStringLiteral("value")); // the trail names keys, never values
    m.audit.record(tx, context,
                   {existed ? QStringLiteral("project.variable_updated") : QStringLiteral("project.variable_created"),
                    QStringLiteral("project"),
                    QString::number(projectId),
                    {},
                    summary});
    tx.commit();
    if (!fields.masked)
        variable.value = *fields.value;
    return variable;
}

Outcome<Unit> VariableService::remove(const MutationContext &context, const QString &projectKey, const QString &key,
                                      const QString &environmentScope)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("project.variable.delete"));
    if (!found.ok())
        return found.error();
    const qint64 projectId = found.value().project.id;
    storage::Transaction tx(m.database);
    if (!m.variables.remove(tx, projectId, key, environmentScope))
        return ServiceError::notFound(QStringLiteral("Variable"));
    m.audit.record(tx, context,
                   {QStringLiteral("project.variable_deleted"),
                    QStringLiteral("project"),
                    QString::number(projectId),
                    QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("environment_scope"), environmentScope}},
                    {}});
    tx.commit();
    return Unit{};
}

QList<VariableRepository::Stored> VariableService::applying(const QList<VariableRepository::Stored> &stored,
                                                            const QString &environment, bool refProtected)
{
    // GitLab: a job without an environment receives only `*`; otherwise the most specific matching scope wins.
    QHash<QString, qsizetype> chosen; // key -> index in `result`
    QList<VariableRepository::Stored> result;
    for (const VariableRepository::Stored &row : stored) {
        if (row.protectedOnly && !refProtected)
            continue;
        const bool inScope = environment.isEmpty() ? row.environmentScope == shared::ProjectVariable::kAnyEnvironment
                                                   : shared::wildcard::matches(row.environmentScope, environment);
        if (!inScope)
            continue;
        const auto found = chosen.constFind(row.key);
        if (found == chosen.constEnd()) {
            chosen.insert(row.key, result.size());
            result.append(row);
        } else if (shared::wildcard::specificity(row.environmentScope) >
                   shared::wildcard::specificity(result.at(*found).environmentScope)) {
            result[*found] = row;
        }
    }
    return result;
}

QList<shared::ProjectVariable> VariableService::forJob(qint64 projectId, const QString &environment,
                                                       bool refProtected) const
{
    QList<shared::ProjectVariable> variables;
    for (const VariableRepository::Stored &stored :
         applying(m.variables.listOf(projectId), environment, refProtected)) {
        shared::ProjectVariable variable = presented(stored);
        const auto value = m.secrets.open(stored.valueSealed);
        if (!value) {
            spdlog::error("variable {} of project {} does not open with this server's secrets key",
                          variable.key.toStdString(), projectId);
            continue;
        }
        variable.value = *value;
        variables.append(variable);
    }
    return variables;
}

QStringList VariableService::maskedValues(qint64 projectId) const
{
    QStringList values;
    for (const VariableRepository::Stored &stored : m.variables.listOf(projectId)) {
        if (!stored.masked)
            continue;
        if (const auto value = m.secrets.open(stored.valueSealed))
            values.append(*value);
    }
    return values;
}

} // namespace adp::server::pipelines
