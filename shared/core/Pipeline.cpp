#include "Pipeline.h"

#include "ApiTime.h"
#include "JsonFields.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace adp::shared {

QStringList pipelineStatuses()
{
    return {QStringLiteral("created"), QStringLiteral("pending"), QStringLiteral("running"),
            QStringLiteral("success"), QStringLiteral("failed"),  QStringLiteral("canceled"),
            QStringLiteral("skipped"), QStringLiteral("manual"),  QStringLiteral("scheduled")};
}

QJsonObject ActiveJob::toJson() const
{
    QJsonObject json = job.toJson();
    json.insert(QStringLiteral("project"), project);
    json.insert(QStringLiteral("pipeline_id"), pipelineId);
    json.insert(QStringLiteral("ref"), ref);
    return json;
}

std::optional<ActiveJob> ActiveJob::fromJson(const QJsonObject &object)
{
    auto job = PipelineJob::fromJson(object);
    if (!job || !object.value(QStringLiteral("pipeline_id")).isDouble())
        return std::nullopt;
    return ActiveJob{object.value(QStringLiteral("project")).toString(),
                     object.value(QStringLiteral("pipeline_id")).toInteger(),
                     object.value(QStringLiteral("ref")).toString(), std::move(*job)};
}

QJsonObject PipelineJob::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("stage"), stage},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("when"), when},
                     {QStringLiteral("allow_failure"), allowFailure},
                     {QStringLiteral("attempt"), attempt},
                     {QStringLiteral("created_at"), toApiTime(createdAt)},
                     {QStringLiteral("started_at"), apiTimeOrNull(startedAt)},
                     {QStringLiteral("finished_at"), apiTimeOrNull(finishedAt)}};
    if (needs)
        json.insert(QStringLiteral("needs"), QJsonArray::fromStringList(*needs));
    if (!failureReason.isEmpty())
        json.insert(QStringLiteral("failure_reason"), failureReason);
    if (!environment.isEmpty())
        json.insert(QStringLiteral("environment"), environment);
    if (!waitingFor.isEmpty())
        json.insert(QStringLiteral("waiting_for"), waitingFor);
    if (exitCode)
        json.insert(QStringLiteral("exit_code"), *exitCode);
    if (artifacts)
        json.insert(QStringLiteral("artifacts"),
                    QJsonObject{{QStringLiteral("filename"), artifacts->filename},
                                {QStringLiteral("size"), artifacts->size},
                                {QStringLiteral("sha256"), artifacts->sha256},
                                {QStringLiteral("expire_at"), apiTimeOrNull(artifacts->expireAt)}});
    if (downstreamPipelineId > 0)
        json.insert(QStringLiteral("downstream_pipeline_id"), downstreamPipelineId);
    return json;
}

std::optional<PipelineJob> PipelineJob::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble())
        return std::nullopt;
    PipelineJob job;
    job.id = object.value(QStringLiteral("id")).toInteger();
    job.name = object.value(QStringLiteral("name")).toString();
    job.stage = object.value(QStringLiteral("stage")).toString();
    job.status = object.value(QStringLiteral("status")).toString();
    job.when = object.value(QStringLiteral("when")).toString();
    job.allowFailure = object.value(QStringLiteral("allow_failure")).toBool();
    job.attempt = object.value(QStringLiteral("attempt")).toInt(1);
    if (object.value(QStringLiteral("exit_code")).isDouble())
        job.exitCode = object.value(QStringLiteral("exit_code")).toInt();
    if (object.value(QStringLiteral("needs")).isArray()) {
        QStringList needs;
        for (const QJsonValue &need : object.value(QStringLiteral("needs")).toArray())
            needs.append(need.toString());
        job.needs = needs;
    }
    job.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    job.startedAt = fromApiTime(object.value(QStringLiteral("started_at")).toString());
    job.finishedAt = fromApiTime(object.value(QStringLiteral("finished_at")).toString());
    job.failureReason = object.value(QStringLiteral("failure_reason")).toString();
    job.environment = object.value(QStringLiteral("environment")).toString();
    job.waitingFor = object.value(QStringLiteral("waiting_for")).toString();
    const QJsonObject artifacts = object.value(QStringLiteral("artifacts")).toObject();
    if (!artifacts.isEmpty())
        job.artifacts = JobArtifactsInfo{artifacts.value(QStringLiteral("filename")).toString(),
                                         artifacts.value(QStringLiteral("size")).toInteger(),
                                         artifacts.value(QStringLiteral("sha256")).toString(),
                                         fromApiTime(artifacts.value(QStringLiteral("expire_at")).toString())};
    job.downstreamPipelineId = object.value(QStringLiteral("downstream_pipeline_id")).toInteger();
    return job;
}

QJsonObject Pipeline::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("project"), project},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("source"), source},
                     {QStringLiteral("ref"), ref},
                     {QStringLiteral("tag"), isTag},
                     {QStringLiteral("sha"), sha},
                     {QStringLiteral("commit_message"), commitMessage},
                     {QStringLiteral("triggered_by"), triggeredBy},
                     {QStringLiteral("created_at"), toApiTime(createdAt)},
                     {QStringLiteral("started_at"), apiTimeOrNull(startedAt)},
                     {QStringLiteral("finished_at"), apiTimeOrNull(finishedAt)}};
    if (parentPipelineId > 0) {
        json.insert(QStringLiteral("parent_pipeline_id"), parentPipelineId);
        json.insert(QStringLiteral("parent_job_id"), parentJobId);
    }
    if (!jobs.isEmpty()) {
        QJsonArray array;
        for (const PipelineJob &job : jobs)
            array.append(job.toJson());
        json.insert(QStringLiteral("jobs"), array);
    }
    return json;
}

std::optional<Pipeline> Pipeline::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble())
        return std::nullopt;
    Pipeline pipeline;
    pipeline.id = object.value(QStringLiteral("id")).toInteger();
    pipeline.project = object.value(QStringLiteral("project")).toString();
    pipeline.status = object.value(QStringLiteral("status")).toString();
    pipeline.source = object.value(QStringLiteral("source")).toString();
    pipeline.ref = object.value(QStringLiteral("ref")).toString();
    pipeline.isTag = object.value(QStringLiteral("tag")).toBool();
    pipeline.sha = object.value(QStringLiteral("sha")).toString();
    pipeline.commitMessage = object.value(QStringLiteral("commit_message")).toString();
    pipeline.triggeredBy = object.value(QStringLiteral("triggered_by")).toString();
    pipeline.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    pipeline.startedAt = fromApiTime(object.value(QStringLiteral("started_at")).toString());
    pipeline.finishedAt = fromApiTime(object.value(QStringLiteral("finished_at")).toString());
    pipeline.parentPipelineId = object.value(QStringLiteral("parent_pipeline_id")).toInteger();
    pipeline.parentJobId = object.value(QStringLiteral("parent_job_id")).toInteger();
    for (const QJsonValue &job : object.value(QStringLiteral("jobs")).toArray()) {
        if (auto parsed = PipelineJob::fromJson(job.toObject()))
            pipeline.jobs.append(*parsed);
    }
    return pipeline;
}

PipelineRunRequest PipelineRunRequest::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    PipelineRunRequest request;
    JsonFieldReader reader(object);
    request.ref = reader.string(QStringLiteral("ref")).value_or(QString()).trimmed();
    const QJsonValue variables = reader.raw(QStringLiteral("variables"));
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    checkRef(request.ref, errors);
    request.variables = variablesFromJson(variables, errors);
    return request;
}

void PipelineRunRequest::checkRef(const QString &ref, FieldErrors &errors)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\s~^:?*\\[\\\\]"));
    if (ref.isEmpty())
        errors.append({QStringLiteral("ref"), QString::fromLatin1(fieldcodes::Required),
                       QStringLiteral("is required: a branch or tag")});
    else if (ref.size() > 255 || ref.startsWith(u'-') || ref.contains(QStringLiteral("..")) || ref.contains(forbidden))
        errors.append({QStringLiteral("ref"), QString::fromLatin1(fieldcodes::InvalidValue),
                       QStringLiteral("is not a branch or tag name")});
}

QList<QPair<QString, QString>> PipelineRunRequest::variablesFromJson(const QJsonValue &variables, FieldErrors &errors)
{
    static const QRegularExpression variableName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QList<QPair<QString, QString>> result;
    if (variables.isUndefined() || variables.isNull())
        return result;
    if (!variables.isArray()) {
        errors.append({QStringLiteral("variables"), QString::fromLatin1(fieldcodes::InvalidType),
                       QStringLiteral("must be a list of {\"key\", \"value\"}")});
        return result;
    }
    const QJsonArray list = variables.toArray();
    if (list.size() > kMaxVariables)
        errors.append({QStringLiteral("variables"), QString::fromLatin1(fieldcodes::InvalidValue),
                       QStringLiteral("at most %1 variables").arg(kMaxVariables)});
    for (const QJsonValue &item : list) {
        const QJsonObject variable = item.toObject();
        const QString key = variable.value(QStringLiteral("key")).toString();
        if (!item.isObject() || !variable.value(QStringLiteral("value")).isString() ||
            !variableName.match(key).hasMatch() || variable.size() != 2) {
            errors.append(
                {QStringLiteral("variables"), QString::fromLatin1(fieldcodes::InvalidValue),
                 QStringLiteral(
                     "each must be {\"key\": NAME, \"value\": \"text\"} with a NAME of letters, digits and '_'")});
            break;
        }
        result.append({key, variable.value(QStringLiteral("value")).toString()});
    }
    return result;
}

QJsonArray PipelineRunRequest::variablesToJson(const QList<QPair<QString, QString>> &variables)
{
    QJsonArray list;
    for (const auto &[key, value] : variables)
        list.append(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    return list;
}

QJsonObject PipelineRunRequest::toJson() const
{
    return {{QStringLiteral("ref"), ref}, {QStringLiteral("variables"), variablesToJson(variables)}};
}

} // namespace adp::shared
