#include "DeploymentComparer.h"

#include "DeploymentRepository.h"

namespace adp::server::deployments {

using shared::DeploymentComparison;

namespace {

QList<DeploymentComparison::Commit> commitsOf(const git::RepositoryMirror::Comparison &comparison)
{
    QList<DeploymentComparison::Commit> commits;
    for (const auto &commit : comparison.commits)
        commits.append({commit.sha, commit.title, commit.author, commit.authoredAt});
    return commits;
}

} // namespace

Outcome<DeploymentComparison> DeploymentComparer::compare(const MutationContext &context, const QString &projectKey,
                                                          qint64 toIid, qint64 fromIid)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("deployment.read"));
    if (!found.ok())
        return found.error();
    const shared::Project &project = found.value().project;
    const storage::Executor run = storage::executorOf(m.database);
    const auto to = DeploymentRepository::deployment(run, project.id, toIid);
    if (!to)
        return ServiceError::notFound(QStringLiteral("Deployment"));
    if (fromIid <= 0)
        fromIid = DeploymentRepository::previousSuccessfulIid(run, project.id, to->environment, toIid);
    if (fromIid <= 0)
        return ServiceError::conflict(
            QStringLiteral("Deployment #%1 has no successful deployment to %2 before it to compare with")
                .arg(toIid)
                .arg(to->environment));
    const auto from = DeploymentRepository::deployment(run, project.id, fromIid);
    if (!from)
        return ServiceError::invalidField(QStringLiteral("from"), shared::fieldcodes::InvalidValue,
                                          QStringLiteral("is no deployment of this project"));
    for (const QString &sha : {from->sha, to->sha}) {
        const auto present = m.mirror.withCommit(project.id, project.repositoryUrl, sha);
        if (!present.ok())
            return ServiceError::conflict(
                QStringLiteral("The repository cannot be read: %1").arg(present.error().message));
    }
    const auto forward = m.mirror.compare(project.id, from->sha, to->sha, kMaxCommits, kMaxFiles);
    const auto backward = m.mirror.compare(project.id, to->sha, from->sha, kMaxCommits, 0);
    if (!forward || !backward)
        return ServiceError::conflict(
            QStringLiteral("The repository mirror cannot compare %1 and %2").arg(from->sha.left(8), to->sha.left(8)));
    DeploymentComparison comparison;
    comparison.from = *from;
    comparison.to = *to;
    const bool ahead = !forward->commits.isEmpty();
    const bool behind = !backward->commits.isEmpty();
    comparison.direction = ahead && behind ? QStringLiteral("diverged")
                           : ahead         ? QStringLiteral("forward")
                           : behind        ? QStringLiteral("backward")
                                           : QStringLiteral("same");
    const auto &listed = ahead ? *forward : *backward;
    comparison.commits = commitsOf(listed);
    comparison.moreCommits = listed.moreCommits;
    for (const auto &file : forward->files)
        comparison.files.append({file.status, file.path});
    comparison.moreFiles = forward->moreFiles;
    return comparison;
}

} // namespace adp::server::deployments
