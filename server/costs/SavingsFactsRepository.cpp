#include "SavingsFactsRepository.h"

namespace adp::server::costs {

using shared::costs::SavingsFacts;

QList<SavingsFacts::Environment> SavingsFactsRepository::environments(qint64 organisationId, qint64 projectId)
{
    const auto rows = m_database.query(
        QStringLiteral("SELECT p.slug, p.name, e.name, e.state, e.created_at, (SELECT MAX(d.created_at) FROM "
                       "deployments d WHERE d.environment_id = e.id) FROM environments e JOIN projects p ON "
                       "p.id = e.project_id WHERE p.organisation_id = ? AND (? = 0 OR p.id = ?) ORDER BY p.slug, "
                       "e.name"),
        {organisationId, projectId, projectId});
    return rows.map([&rows](int row) {
        SavingsFacts::Environment environment;
        environment.project = rows.value(row, 0).toString();
        environment.projectName = rows.value(row, 1).toString();
        environment.name = rows.value(row, 2).toString();
        environment.stopped = rows.value(row, 3).toString() != u"available";
        environment.createdMs = rows.value(row, 4).toLongLong();
        environment.lastDeployedMs = rows.value(row, 5).toLongLong(); // NULL: 0, never
        return environment;
    });
}

QList<SavingsFacts::Stored> SavingsFactsRepository::stored(const QString &sql, const QString &meter,
                                                           qint64 organisationId, qint64 projectId, qint64 beforeMs)
{
    const auto rows = m_database.query(sql, {organisationId, projectId, projectId, beforeMs});
    return rows.map([&rows, &meter](int row) {
        SavingsFacts::Stored stored;
        stored.project = rows.value(row, 0).toString();
        stored.projectName = rows.value(row, 1).toString();
        stored.meter = meter;
        stored.staleCount = rows.value(row, 2).toInt();
        stored.staleBytes = rows.value(row, 3).toLongLong();
        return stored;
    });
}

QList<SavingsFacts::Stored> SavingsFactsRepository::staleArtifacts(qint64 organisationId, qint64 projectId,
                                                                   qint64 beforeMs)
{
    return stored(QStringLiteral("SELECT p.slug, p.name, COUNT(*), SUM(f.size) FROM job_artifacts a "
                                 "JOIN jobs j ON j.id = a.job_id JOIN projects p ON p.id = j.project_id "
                                 "JOIN stored_files f ON f.id = a.file_id WHERE p.organisation_id = ? "
                                 "AND (? = 0 OR p.id = ?) AND a.expire_at IS NULL AND f.created_at < ? "
                                 "GROUP BY p.slug, p.name ORDER BY p.slug"),
                  QStringLiteral("storage.artifacts"), organisationId, projectId, beforeMs);
}

QList<SavingsFacts::Stored> SavingsFactsRepository::staleCaches(qint64 organisationId, qint64 projectId,
                                                                qint64 beforeMs)
{
    return stored(QStringLiteral("SELECT p.slug, p.name, COUNT(*), SUM(f.size) FROM project_caches c "
                                 "JOIN projects p ON p.id = c.project_id JOIN stored_files f ON f.id = c.file_id "
                                 "WHERE p.organisation_id = ? AND (? = 0 OR p.id = ?) AND c.updated_at < ? "
                                 "GROUP BY p.slug, p.name ORDER BY p.slug"),
                  QStringLiteral("storage.caches"), organisationId, projectId, beforeMs);
}

} // namespace adp::server::costs
