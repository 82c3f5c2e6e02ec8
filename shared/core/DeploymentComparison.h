#pragma once

#include "Deployment.h"

namespace adp::shared {

// What changed between two deployments: the commits between them (from the repository mirror),
// the files whose content differs, who deployed each and how long each took.
struct DeploymentComparison
{
    struct Commit
    {
        QString sha;
        QString title;
        QString author;
        QString authoredAt;
    };
    struct ChangedFile
    {
        QString status; // git's: A added, M modified, D deleted, T type changed
        QString path;
    };

    Deployment from;
    Deployment to;
    // forward: `to` is newer (its commits follow `from`'s); backward: a rollback (the commits listed
    // are those it takes away); diverged: neither contains the other; same: one commit.
    QString direction;
    QList<Commit> commits; // newest first
    bool moreCommits = false;
    QList<ChangedFile> files;
    bool moreFiles = false;

    QJsonObject toJson() const;
    static std::optional<DeploymentComparison> fromJson(const QJsonObject &object);
};

} // namespace adp::shared
