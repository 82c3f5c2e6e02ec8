#include "Project.h"

#include "ApiTime.h"

namespace adp::shared {

QJsonObject Project::toJson() const
{
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("slug"), slug},
        {QStringLiteral("description"), description},
        {QStringLiteral("repository_url"), repositoryUrl},
        {QStringLiteral("default_branch"), defaultBranch},
        {QStringLiteral("ci_config_path"), ciConfigPath},
        {QStringLiteral("visibility"), visibilityToString(visibility)},
        {QStringLiteral("created_at"), toApiTime(createdAt)},
        {QStringLiteral("updated_at"), toApiTime(updatedAt)},
        {QStringLiteral("created_by"), createdBy},
        {QStringLiteral("organisation"), organisation},
    };
    if (myRole != ProjectRole::None)
        object.insert(QStringLiteral("my_role"), projectRoleToString(myRole));
    return object;
}

std::optional<Project> Project::fromJson(const QJsonObject &object)
{
    const QJsonValue idValue = object.value(QStringLiteral("id"));
    const QString slug = object.value(QStringLiteral("slug")).toString();
    if (!idValue.isDouble() || slug.isEmpty())
        return std::nullopt;
    Project project;
    project.id = idValue.toInteger();
    project.name = object.value(QStringLiteral("name")).toString();
    project.slug = slug;
    project.description = object.value(QStringLiteral("description")).toString();
    project.repositoryUrl = object.value(QStringLiteral("repository_url")).toString();
    project.defaultBranch = object.value(QStringLiteral("default_branch")).toString();
    project.ciConfigPath = object.value(QStringLiteral("ci_config_path")).toString(QStringLiteral(".gitlab-ci.yml"));
    project.visibility =
        visibilityFromString(object.value(QStringLiteral("visibility")).toString()).value_or(Visibility::Private);
    project.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    project.updatedAt = fromApiTime(object.value(QStringLiteral("updated_at")).toString());
    project.createdBy = object.value(QStringLiteral("created_by")).toString();
    project.organisation = object.value(QStringLiteral("organisation")).toString(QStringLiteral("default"));
    project.myRole =
        projectRoleFromString(object.value(QStringLiteral("my_role")).toString()).value_or(ProjectRole::None);
    return project;
}

} // namespace adp::shared
