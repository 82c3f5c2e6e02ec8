#include "DeploymentComparison.h"

#include <QJsonArray>

namespace adp::shared {

namespace {

QJsonValue durationOf(const Deployment &deployment)
{
    const qint64 seconds = deployment.durationSeconds();
    return seconds < 0 ? QJsonValue() : QJsonValue(seconds);
}

} // namespace

QJsonObject DeploymentComparison::toJson() const
{
    QJsonArray commitItems;
    for (const Commit &commit : commits)
        commitItems.append(QJsonObject{{QStringLiteral("sha"), commit.sha},
                                       {QStringLiteral("title"), commit.title},
                                       {QStringLiteral("author"), commit.author},
                                       {QStringLiteral("authored_at"), commit.authoredAt}});
    QJsonArray fileItems;
    for (const ChangedFile &file : files)
        fileItems.append(QJsonObject{{QStringLiteral("status"), file.status}, {QStringLiteral("path"), file.path}});
    QJsonObject fromJson = from.toJson();
    fromJson.insert(QStringLiteral("duration_seconds"), durationOf(from));
    QJsonObject toJsonObject = to.toJson();
    toJsonObject.insert(QStringLiteral("duration_seconds"), durationOf(to));
    return {{QStringLiteral("from"), fromJson},
            {QStringLiteral("to"), toJsonObject},
            {QStringLiteral("direction"), direction},
            {QStringLiteral("commits"), commitItems},
            {QStringLiteral("more_commits"), moreCommits},
            {QStringLiteral("files"), fileItems},
            {QStringLiteral("more_files"), moreFiles}};
}

std::optional<DeploymentComparison> DeploymentComparison::fromJson(const QJsonObject &object)
{
    const auto from = Deployment::fromJson(object.value(QStringLiteral("from")).toObject());
    const auto to = Deployment::fromJson(object.value(QStringLiteral("to")).toObject());
    if (!from || !to)
        return std::nullopt;
    DeploymentComparison comparison;
    comparison.from = *from;
    comparison.to = *to;
    comparison.direction = object.value(QStringLiteral("direction")).toString();
    for (const QJsonValue &item : object.value(QStringLiteral("commits")).toArray()) {
        const QJsonObject commit = item.toObject();
        comparison.commits.append({commit.value(QStringLiteral("sha")).toString(),
                                   commit.value(QStringLiteral("title")).toString(),
                                   commit.value(QStringLiteral("author")).toString(),
                                   commit.value(QStringLiteral("authored_at")).toString()});
    }
    comparison.moreCommits = object.value(QStringLiteral("more_commits")).toBool();
    for (const QJsonValue &item : object.value(QStringLiteral("files")).toArray())
        comparison.files.append({item.toObject().value(QStringLiteral("status")).toString(),
                                 item.toObject().value(QStringLiteral("path")).toString()});
    comparison.moreFiles = object.value(QStringLiteral("more_files")).toBool();
    return comparison;
}

} // namespace adp::shared
