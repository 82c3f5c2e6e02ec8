#include "RefPoller.h"

#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QSet>
#include <spdlog/spdlog.h>

namespace adp::server::scm {

void RefPoller::stop()
{
    m_stopping = true;
    wait();
}

void RefPoller::run()
{
    QElapsedTimer sinceRound;
    sinceRound.start();
    pollOnce();
    while (!m_stopping) {
        msleep(100);
        if (sinceRound.elapsed() < m.intervalMs)
            continue;
        sinceRound.restart();
        try {
            pollOnce();
        } catch (const std::exception &error) {
            spdlog::warn("repository polling: {}", error.what());
        }
    }
}

int RefPoller::pollOnce()
{
    const auto rows = m.database.query(
        QStringLiteral("SELECT p.id, p.slug, p.repository_url, p.default_branch, p.ci_config_path, o.slug "
                       "FROM projects p JOIN organisations o ON o.id = p.organisation_id "
                       "WHERE p.repository_url <> '' ORDER BY p.id"));
    int made = 0;
    for (int row = 0; row < rows.size() && !m_stopping; ++row) {
        shared::Project project;
        project.id = rows.value(row, 0).toLongLong();
        project.slug = rows.value(row, 1).toString();
        project.repositoryUrl = rows.value(row, 2).toString();
        project.defaultBranch = rows.value(row, 3).toString();
        project.ciConfigPath = rows.value(row, 4).toString();
        project.organisation = rows.value(row, 5).toString();
        if (git::RepositoryMirror::isLocal(project.repositoryUrl))
            made += pollProject(project);
    }
    return made;
}

int RefPoller::pollProject(const shared::Project &project)
{
    const auto heads = m.mirror.heads(project.id, project.repositoryUrl);
    if (!heads.ok())
        return 0; // said when a pipeline is asked for; polling stays quiet
    const auto known = m.database.query(
        QStringLiteral("SELECT ref, is_tag, sha FROM project_ref_heads WHERE project_id = ?"), {project.id});
    QHash<QPair<QString, bool>, QString> seen;
    for (int row = 0; row < known.size(); ++row)
        seen.insert({known.value(row, 0).toString(), known.value(row, 1).toBool()}, known.value(row, 2).toString());
    const bool firstLook = known.isEmpty();
    int made = 0;
    QSet<QPair<QString, bool>> present;
    for (const git::RepositoryMirror::Head &head : heads.value())
        present.insert({head.ref, head.isTag});
    for (auto it = seen.constBegin(); it != seen.constEnd(); ++it) {
        if (!present.contains(it.key())) // deleted: a new one of the same name is new again
            m.database.query(
                QStringLiteral("DELETE FROM project_ref_heads WHERE project_id = ? AND ref = ? AND is_tag = ?"),
                {project.id, it.key().first, it.key().second});
    }
    for (const git::RepositoryMirror::Head &head : heads.value()) {
        const auto before = seen.constFind({head.ref, head.isTag});
        if (before != seen.constEnd() && *before == head.sha)
            continue;
        std::optional<ports::PreparedPipeline> prepared;
        if (!firstLook) {
            const auto commit = m.mirror.commitAt(project.id, project.repositoryUrl, head.sha, head.ref, head.isTag);
            if (commit.ok()) {
                // A moved head compares with where it was; a new one with nothing.
                const QString since = before != seen.constEnd() ? *before : QString();
                auto planned = m.pipelines.prepare(project, commit.value(), {QStringLiteral("push"), {}, {}, since});
                if (planned.ok())
                    prepared = planned.value();
            }
        }
        Actor actor;
        actor.username = QStringLiteral("repository-poller");
        const MutationContext context{actor, {}};
        std::optional<shared::Pipeline> created;
        try {
            storage::Transaction tx(m.database);
            // Only the replica whose write moves the head makes the pipeline.
            const bool moved =
                before == seen.constEnd()
                    ? !tx.exec(QStringLiteral(
                                   "INSERT INTO project_ref_heads (project_id, ref, is_tag, sha) VALUES (?, ?, ?, ?) "
                                   "RETURNING sha"),
                               {project.id, head.ref, head.isTag, head.sha})
                           .isEmpty()
                    : !tx.exec(QStringLiteral("UPDATE project_ref_heads SET sha = ? WHERE project_id = ? AND ref = ? "
                                              "AND is_tag = ? AND sha = ? RETURNING sha"),
                               {head.sha, project.id, head.ref, head.isTag, *before})
                           .isEmpty();
            if (!moved)
                continue;
            if (prepared)
                created = m.pipelines.store(tx, context, *prepared);
            tx.commit();
        } catch (const storage::StorageError &error) {
            if (error.kind() != storage::StorageError::Kind::UniqueViolation)
                throw;
            continue; // another replica recorded it first
        }
        if (created) {
            m.pipelines.announce(*created, project.id);
            spdlog::info("{} {} of project {} moved to {}: pipeline {}", head.isTag ? "tag" : "branch",
                         head.ref.toStdString(), project.slug.toStdString(), head.sha.left(8).toStdString(),
                         created->id);
            ++made;
        }
    }
    return made;
}

} // namespace adp::server::scm
