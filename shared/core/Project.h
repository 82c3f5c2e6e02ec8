#pragma once

#include "Roles.h"
#include "Visibility.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace adp::shared {

// A project as the API returns it. Plain value type; JSON keys are snake_case.
struct Project
{
    qint64 id = 0;
    QString name;
    QString slug;
    QString description;
    QString repositoryUrl;
    QString defaultBranch = QStringLiteral("main");
    QString ciConfigPath = QStringLiteral(".gitlab-ci.yml"); // the CI definition file, relative to the repository
    Visibility visibility = Visibility::Private;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString createdBy;
    QString organisation = QStringLiteral("default"); // the owning organisation's slug
    // The caller's role, sent with a single project (GET /projects/{p}) as
    // "my_role"; None (and absent from the JSON) in lists, stored JSON and audit.
    ProjectRole myRole = ProjectRole::None;

    QJsonObject toJson() const;
    // Lenient reader for API responses; nullopt when the object is not a project.
    static std::optional<Project> fromJson(const QJsonObject &object);

    bool operator==(const Project &) const = default;
};

// One page of a cursor-paginated list.
struct ProjectPage
{
    QList<Project> items;
    QString nextCursor; // empty on the last page
};

} // namespace adp::shared
