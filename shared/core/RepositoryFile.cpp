#include "RepositoryFile.h"

namespace adp::shared {

QJsonObject RepositoryFile::toJson() const
{
    return {{QStringLiteral("ref"), ref},
            {QStringLiteral("sha"), sha},
            {QStringLiteral("path"), path},
            {QStringLiteral("size"), size},
            {QStringLiteral("content"), content}};
}

std::optional<RepositoryFile> RepositoryFile::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("content")).isString() || !object.value(QStringLiteral("path")).isString())
        return std::nullopt;
    return RepositoryFile{
        object.value(QStringLiteral("ref")).toString(), object.value(QStringLiteral("sha")).toString(),
        object.value(QStringLiteral("path")).toString(), object.value(QStringLiteral("size")).toInteger(),
        object.value(QStringLiteral("content")).toString()};
}

} // namespace adp::shared
