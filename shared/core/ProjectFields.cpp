#include "ProjectFields.h"

#include "JsonFields.h"

namespace adp::shared {

ProjectFields ProjectFields::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    ProjectFields fields;
    fields.name = reader.string(QStringLiteral("name"));
    fields.slug = reader.string(QStringLiteral("slug"));
    fields.description = reader.string(QStringLiteral("description"));
    fields.repositoryUrl = reader.string(QStringLiteral("repository_url"));
    fields.defaultBranch = reader.string(QStringLiteral("default_branch"));
    fields.ciConfigPath = reader.string(QStringLiteral("ci_config_path"));
    if (const auto visibility = reader.string(QStringLiteral("visibility"))) {
        fields.visibility = visibilityFromString(*visibility);
        if (!fields.visibility) {
            errors.append({QStringLiteral("visibility"), QString::fromLatin1(fieldcodes::InvalidValue),
                           QStringLiteral("must be one of private, internal, public")});
        }
    }
    fields.organisation = reader.string(QStringLiteral("organisation"));
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    return fields;
}

QJsonObject ProjectFields::toJson() const
{
    QJsonObject object;
    if (name)
        object.insert(QStringLiteral("name"), *name);
    if (slug)
        object.insert(QStringLiteral("slug"), *slug);
    if (description)
        object.insert(QStringLiteral("description"), *description);
    if (repositoryUrl)
        object.insert(QStringLiteral("repository_url"), *repositoryUrl);
    if (defaultBranch)
        object.insert(QStringLiteral("default_branch"), *defaultBranch);
    if (ciConfigPath)
        object.insert(QStringLiteral("ci_config_path"), *ciConfigPath);
    if (visibility)
        object.insert(QStringLiteral("visibility"), visibilityToString(*visibility));
    if (organisation)
        object.insert(QStringLiteral("organisation"), *organisation);
    return object;
}

void ProjectFields::applyTo(Project &project) const
{
    if (name)
        project.name = name->trimmed();
    if (slug)
        project.slug = slug->trimmed();
    if (description)
        project.description = *description;
    if (repositoryUrl)
        project.repositoryUrl = repositoryUrl->trimmed();
    if (defaultBranch)
        project.defaultBranch = defaultBranch->trimmed();
    if (ciConfigPath)
        project.ciConfigPath = ciConfigPath->trimmed();
    if (visibility)
        project.visibility = *visibility;
}

bool ProjectFields::isEmpty() const
{
    return !name && !slug && !description && !repositoryUrl && !defaultBranch && !ciConfigPath && !visibility &&
           !organisation;
}

} // namespace adp::shared
