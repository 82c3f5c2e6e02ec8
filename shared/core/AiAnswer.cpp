#include "AiAnswer.h"

#include "ApiTime.h"
#include "JsonFields.h"

#include <QJsonArray>

namespace adp::shared {

namespace {

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<qint64> numberAt(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

QString ratingName(int rating)
{
    return rating > 0 ? QStringLiteral("up") : rating < 0 ? QStringLiteral("down") : QStringLiteral("none");
}

int ratingOf(const QString &name)
{
    return name == u"up" ? 1 : name == u"down" ? -1 : 0;
}

QJsonArray commentsJson(const QList<AiAnswer::Comment> &comments)
{
    QJsonArray list;
    for (const AiAnswer::Comment &comment : comments)
        list.append(QJsonObject{{QStringLiteral("by"), comment.by},
                                {QStringLiteral("rating"), ratingName(comment.rating)},
                                {QStringLiteral("comment"), comment.text},
                                {QStringLiteral("at"), toApiTime(comment.at)}});
    return list;
}
} // namespace

QJsonObject AiAnswer::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("project_id"), projectId},
            {QStringLiteral("project"), project},
            {QStringLiteral("job_id"), optionalNumber(jobId)},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("provider"), provider},
            {QStringLiteral("model"), model},
            {QStringLiteral("asked_by"), askedBy},
            {QStringLiteral("status"), status},
            {QStringLiteral("answer"), answer},
            {QStringLiteral("refusal"), refusal},
            {QStringLiteral("finish_reason"), finishReason},
            {QStringLiteral("error"), error},
            {QStringLiteral("prompt_tokens"), optionalNumber(promptTokens)},
            {QStringLiteral("completion_tokens"), optionalNumber(completionTokens)},
            {QStringLiteral("cost"), cost},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("attempts"), attempts},
            {QStringLiteral("first_token_ms"), optionalNumber(firstTokenMs)},
            {QStringLiteral("created_at"), toApiTime(createdAt)},
            {QStringLiteral("finished_at"), finishedAt ? QJsonValue(toApiTime(*finishedAt)) : QJsonValue()},
            {QStringLiteral("feedback"), QJsonObject{{QStringLiteral("up"), thumbsUp},
                                                     {QStringLiteral("down"), thumbsDown},
                                                     {QStringLiteral("mine"), ratingName(myRating)},
                                                     {QStringLiteral("comments"), commentsJson(comments)}}}};
}

std::optional<AiAnswer> AiAnswer::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble() || !object.value(QStringLiteral("status")).isString())
        return std::nullopt;
    AiAnswer answer;
    answer.id = object.value(QStringLiteral("id")).toInteger();
    answer.projectId = object.value(QStringLiteral("project_id")).toInteger();
    answer.project = object.value(QStringLiteral("project")).toString();
    answer.jobId = numberAt(object, "job_id");
    answer.kind = object.value(QStringLiteral("kind")).toString();
    answer.subject = object.value(QStringLiteral("subject")).toString();
    answer.provider = object.value(QStringLiteral("provider")).toString();
    answer.model = object.value(QStringLiteral("model")).toString();
    answer.askedBy = object.value(QStringLiteral("asked_by")).toString();
    answer.status = object.value(QStringLiteral("status")).toString();
    answer.answer = object.value(QStringLiteral("answer")).toString();
    answer.refusal = object.value(QStringLiteral("refusal")).toString();
    answer.finishReason = object.value(QStringLiteral("finish_reason")).toString();
    answer.error = object.value(QStringLiteral("error")).toString();
    if (const auto tokens = numberAt(object, "prompt_tokens"))
        answer.promptTokens = int(*tokens);
    if (const auto tokens = numberAt(object, "completion_tokens"))
        answer.completionTokens = int(*tokens);
    answer.cost = object.value(QStringLiteral("cost")).toString();
    answer.currency = object.value(QStringLiteral("currency")).toString();
    answer.attempts = object.value(QStringLiteral("attempts")).toInt();
    answer.firstTokenMs = numberAt(object, "first_token_ms");
    answer.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    if (const QJsonValue finished = object.value(QStringLiteral("finished_at")); finished.isString())
        answer.finishedAt = fromApiTime(finished.toString());
    const QJsonObject feedback = object.value(QStringLiteral("feedback")).toObject();
    answer.thumbsUp = feedback.value(QStringLiteral("up")).toInt();
    answer.thumbsDown = feedback.value(QStringLiteral("down")).toInt();
    answer.myRating = ratingOf(feedback.value(QStringLiteral("mine")).toString());
    for (const QJsonValue &value : feedback.value(QStringLiteral("comments")).toArray()) {
        const QJsonObject comment = value.toObject();
        answer.comments.append({comment.value(QStringLiteral("by")).toString(),
                                ratingOf(comment.value(QStringLiteral("rating")).toString()),
                                comment.value(QStringLiteral("comment")).toString(),
                                fromApiTime(comment.value(QStringLiteral("at")).toString())});
    }
    return answer;
}

std::optional<AiFeedback> AiFeedback::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    const auto rating = reader.string(QStringLiteral("rating"));
    const auto comment = reader.string(QStringLiteral("comment"));
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    AiFeedback feedback;
    if (!rating)
        errors.append(requiredField(QStringLiteral("rating")));
    else if (*rating != u"up" && *rating != u"down" && *rating != u"none")
        errors.append(invalidField(QStringLiteral("rating"), QStringLiteral("must be up, down or none")));
    else
        feedback.rating = ratingOf(*rating);
    feedback.comment = comment.value_or(QString()).trimmed();
    if (feedback.comment.size() > kCommentMax || feedback.comment.contains(QChar(0)))
        errors.append(invalidField(QStringLiteral("comment"),
                                   QStringLiteral("must be at most %1 characters of text").arg(kCommentMax)));
    if (!errors.isEmpty())
        return std::nullopt;
    return feedback;
}

QJsonObject AiFeedback::toJson() const
{
    QJsonObject json{{QStringLiteral("rating"), ratingName(rating)}};
    if (!comment.isEmpty())
        json.insert(QStringLiteral("comment"), comment);
    return json;
}

QJsonObject JobExplanation::toJson() const
{
    return {{QStringLiteral("analysis"), analysis.toJson()},
            {QStringLiteral("answer"), answer ? QJsonValue(answer->toJson()) : QJsonValue()},
            {QStringLiteral("note"), note}};
}

std::optional<JobExplanation> JobExplanation::fromJson(const QJsonObject &object)
{
    const auto analysis = analysis::JobAnalysis::fromJson(object.value(QStringLiteral("analysis")).toObject());
    if (!analysis)
        return std::nullopt;
    JobExplanation explanation{*analysis, std::nullopt, object.value(QStringLiteral("note")).toString()};
    if (const QJsonValue answer = object.value(QStringLiteral("answer")); answer.isObject())
        explanation.answer = AiAnswer::fromJson(answer.toObject());
    return explanation;
}

} // namespace adp::shared
