#pragma once

#include "access/ProjectGuard.h"
#include "git/RepositoryMirror.h"
#include "shared/core/DeploymentComparison.h"

namespace adp::server::deployments {

// Compares two deployments of a project (by default one with the successful deployment to its
// environment before it): the commits between them and the files that differ, read from the
// project's repository mirror (fetched first when it lacks either commit).
class DeploymentComparer
{
public:
    static constexpr int kMaxCommits = 250;
    static constexpr int kMaxFiles = 1000;

    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        git::RepositoryMirror &mirror;
    };
    explicit DeploymentComparer(Dependencies dependencies)
        : m(dependencies)
    {
    }

    // `fromIid` 0: the last successful deployment to `toIid`'s environment before it.
    Outcome<shared::DeploymentComparison> compare(const MutationContext &context, const QString &projectKey,
                                                  qint64 toIid, qint64 fromIid);

private:
    Dependencies m;
};

} // namespace adp::server::deployments
