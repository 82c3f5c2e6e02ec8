#include "AuditScopes.h"

#include "AuditRecorder.h"

#include <array>

namespace adp::server::audit {

namespace {
struct Lookup
{
    const char *targetType;
    // (organisation, project, environment) of the target with the bound id.
    const char *sql;
};

constexpr std::array<Lookup, 9> kLookups{{
    {"organisation", "SELECT id, 0, 0 FROM organisations WHERE id = ?"},
    {"team", "SELECT organisation_id, 0, 0 FROM teams WHERE id = ?"},
    {"project", "SELECT organisation_id, id, 0 FROM projects WHERE id = ?"},
    {"environment", "SELECT p.organisation_id, e.project_id, e.id FROM environments e "
                    "JOIN projects p ON p.id = e.project_id WHERE e.id = ?"},
    {"deployment", "SELECT p.organisation_id, d.project_id, d.environment_id FROM deployments d "
                   "JOIN projects p ON p.id = d.project_id WHERE d.id = ?"},
    {"pipeline", "SELECT p.organisation_id, x.project_id, 0 FROM pipelines x "
                 "JOIN projects p ON p.id = x.project_id WHERE x.id = ?"},
    {"job",
     "SELECT p.organisation_id, x.project_id, 0 FROM jobs x JOIN projects p ON p.id = x.project_id WHERE x.id = ?"},
    {"pipeline_schedule", "SELECT p.organisation_id, x.project_id, 0 FROM pipeline_schedules x "
                          "JOIN projects p ON p.id = x.project_id WHERE x.id = ?"},
    {"notification_rule", "SELECT p.organisation_id, x.project_id, 0 FROM notification_rules x "
                          "JOIN projects p ON p.id = x.project_id WHERE x.id = ?"},
}};

const char *const kProjectSql = kLookups[2].sql;

shared::AuditScope scopeFrom(const storage::ResultSet &rows)
{
    if (rows.isEmpty())
        return {};
    return {rows.value(0, 0).toLongLong(), rows.value(0, 1).toLongLong(), rows.value(0, 2).toLongLong()};
}
} // namespace

qint64 AuditScopes::idIn(const QJsonObject &details, const char *key)
{
    const QJsonValue value = details.value(QLatin1String(key));
    return value.isDouble() && value.toInteger() > 0 ? value.toInteger() : 0;
}

shared::AuditScope AuditScopes::of(storage::Transaction &tx, const AuditEntry &entry)
{
    bool numeric = false;
    const qint64 targetId = entry.targetId.toLongLong(&numeric);
    for (const Lookup &lookup : kLookups) {
        if (entry.targetType != QLatin1String(lookup.targetType) || !numeric || targetId < 1)
            continue;
        shared::AuditScope scope = scopeFrom(tx.exec(QString::fromLatin1(lookup.sql), {targetId}));
        if (!scope.isEmpty())
            return scope;
        break; // gone in this transaction (deleted): the details below say what it was part of
    }
    const auto detail = [&entry](const char *key) {
        const qint64 after = idIn(entry.after, key);
        return after > 0 ? after : idIn(entry.before, key);
    };
    shared::AuditScope scope;
    if (entry.targetType == u"organisation")
        scope.organisationId = numeric ? targetId : 0;
    if (entry.targetType == u"project")
        scope.projectId = numeric ? targetId : 0;
    if (entry.targetType == u"environment")
        scope.environmentId = numeric ? targetId : 0;
    if (scope.projectId == 0)
        scope.projectId = detail("project") > 0 ? detail("project") : detail("project_id");
    if (scope.projectId > 0) {
        const shared::AuditScope project = scopeFrom(tx.exec(QString::fromLatin1(kProjectSql), {scope.projectId}));
        scope.organisationId = project.organisationId;
    }
    if (scope.organisationId == 0)
        scope.organisationId = detail("organisation_id") > 0 ? detail("organisation_id") : detail("organisation");
    return scope;
}

} // namespace adp::server::audit
