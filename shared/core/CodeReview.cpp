#include "CodeReview.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace adp::shared {

QJsonObject CodeReview::toJson() const
{
    QJsonArray commitList;
    for (const Commit &commit : commits)
        commitList.append(QJsonObject{{QStringLiteral("sha"), commit.sha},
                                      {QStringLiteral("title"), commit.title},
                                      {QStringLiteral("author"), commit.author}});
    QJsonArray fileList;
    for (const File &file : files)
        fileList.append(QJsonObject{{QStringLiteral("status"), file.status},
                                    {QStringLiteral("path"), file.path},
                                    {QStringLiteral("added"), file.added}});
    QJsonArray findingList;
    for (const auto &finding : findings)
        findingList.append(finding.toJson());
    return {{QStringLiteral("project"), project},
            {QStringLiteral("from"), from},
            {QStringLiteral("to"), to},
            {QStringLiteral("from_sha"), fromSha},
            {QStringLiteral("to_sha"), toSha},
            {QStringLiteral("commits"), commitList},
            {QStringLiteral("more_commits"), moreCommits},
            {QStringLiteral("files"), fileList},
            {QStringLiteral("more_files"), moreFiles},
            {QStringLiteral("diff_cut"), diffCut},
            {QStringLiteral("findings"), findingList},
            {QStringLiteral("source"), QStringLiteral("rules")},
            {QStringLiteral("answer"), answer ? QJsonValue(answer->toJson()) : QJsonValue()},
            {QStringLiteral("note"), note}};
}

std::optional<CodeReview> CodeReview::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("to_sha")).isString())
        return std::nullopt;
    CodeReview review;
    review.project = object.value(QStringLiteral("project")).toString();
    review.from = object.value(QStringLiteral("from")).toString();
    review.to = object.value(QStringLiteral("to")).toString();
    review.fromSha = object.value(QStringLiteral("from_sha")).toString();
    review.toSha = object.value(QStringLiteral("to_sha")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("commits")).toArray()) {
        const QJsonObject commit = value.toObject();
        review.commits.append({commit.value(QStringLiteral("sha")).toString(),
                               commit.value(QStringLiteral("title")).toString(),
                               commit.value(QStringLiteral("author")).toString()});
    }
    review.moreCommits = object.value(QStringLiteral("more_commits")).toBool();
    for (const QJsonValue &value : object.value(QStringLiteral("files")).toArray()) {
        const QJsonObject file = value.toObject();
        review.files.append({file.value(QStringLiteral("status")).toString(),
                             file.value(QStringLiteral("path")).toString(),
                             file.value(QStringLiteral("added")).toInt()});
    }
    review.moreFiles = object.value(QStringLiteral("more_files")).toBool();
    review.diffCut = object.value(QStringLiteral("diff_cut")).toBool();
    for (const QJsonValue &value : object.value(QStringLiteral("findings")).toArray())
        review.findings.append(analysis::SecurityFinding::fromJson(value.toObject()));
    if (const QJsonValue answer = object.value(QStringLiteral("answer")); answer.isObject())
        review.answer = AiAnswer::fromJson(answer.toObject());
    review.note = object.value(QStringLiteral("note")).toString();
    return review;
}

CodeReviewRequest CodeReviewRequest::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    CodeReviewRequest request;
    const auto from = reader.string(QStringLiteral("from"));
    const auto to = reader.string(QStringLiteral("to"));
    request.providerId = reader.integer(QStringLiteral("provider_id"));
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    for (const auto &[name, value, target] :
         {std::tuple{"from", from, &request.from}, std::tuple{"to", to, &request.to}}) {
        if (!value)
            errors.append(requiredField(QString::fromLatin1(name)));
        else if (value->trimmed().isEmpty() || value->size() > kRefMax || value->startsWith(u'-') ||
                 value->contains(QChar(0)) || value->contains(u'\n'))
            errors.append(invalidField(
                QString::fromLatin1(name),
                QStringLiteral("must be a branch, a tag or a commit id of at most %1 characters").arg(kRefMax)));
        else
            *target = value->trimmed();
    }
    return request;
}

QJsonObject CodeReviewRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
    if (providerId)
        json.insert(QStringLiteral("provider_id"), *providerId);
    return json;
}

} // namespace adp::shared
