#include "FailureVerdict.h"

#include <QJsonArray>
#include <array>

namespace adp::shared::analysis {

namespace {
constexpr std::array<const char *, 9> kNames{"timeout",      "out_of_memory",      "compile_error",
                                             "test_failure", "missing_dependency", "permission_denied",
                                             "network",      "script_error",       "unknown"};
} // namespace

QString failureClassName(FailureClass failureClass)
{
    return QString::fromLatin1(kNames[size_t(failureClass)]);
}

std::optional<FailureClass> failureClassFromName(QStringView name)
{
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (name == QLatin1String(kNames[i]))
            return FailureClass(i);
    }
    return std::nullopt;
}

QJsonObject LogEvidence::toJson() const
{
    return {{QStringLiteral("line"), line}, {QStringLiteral("text"), text}, {QStringLiteral("rule"), rule}};
}

LogEvidence LogEvidence::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("line")).toInteger(), object.value(QStringLiteral("text")).toString(),
            object.value(QStringLiteral("rule")).toString()};
}

SourceLocation SourceLocation::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("file")).toString(), object.value(QStringLiteral("line")).toInt(),
            object.value(QStringLiteral("column")).toInt(), object.value(QStringLiteral("message")).toString(),
            object.value(QStringLiteral("tool")).toString()};
}

QJsonObject SourceLocation::toJson() const
{
    return {{QStringLiteral("file"), file},
            {QStringLiteral("line"), line},
            {QStringLiteral("column"), column > 0 ? QJsonValue(column) : QJsonValue()},
            {QStringLiteral("message"), message},
            {QStringLiteral("tool"), tool}};
}

QJsonObject FailureVerdict::toJson() const
{
    QJsonArray evidenceJson;
    for (const LogEvidence &item : evidence)
        evidenceJson.append(item.toJson());
    return {{QStringLiteral("class"), failureClassName(failureClass)},
            {QStringLiteral("first_error_line"), firstErrorLine > 0 ? QJsonValue(firstErrorLine) : QJsonValue()},
            {QStringLiteral("evidence"), evidenceJson},
            {QStringLiteral("tests"), QJsonArray::fromStringList(tests)},
            {QStringLiteral("location"), location ? QJsonValue(location->toJson()) : QJsonValue()},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("bytes"), bytes},
            {QStringLiteral("binary"), binary}};
}

FailureVerdict FailureVerdict::fromJson(const QJsonObject &object)
{
    FailureVerdict verdict;
    verdict.failureClass =
        failureClassFromName(object.value(QStringLiteral("class")).toString()).value_or(FailureClass::Unknown);
    verdict.firstErrorLine = object.value(QStringLiteral("first_error_line")).toInteger();
    for (const QJsonValue &item : object.value(QStringLiteral("evidence")).toArray())
        verdict.evidence.append(LogEvidence::fromJson(item.toObject()));
    for (const QJsonValue &test : object.value(QStringLiteral("tests")).toArray())
        verdict.tests.append(test.toString());
    if (object.value(QStringLiteral("location")).isObject())
        verdict.location = SourceLocation::fromJson(object.value(QStringLiteral("location")).toObject());
    verdict.lines = object.value(QStringLiteral("lines")).toInteger();
    verdict.bytes = object.value(QStringLiteral("bytes")).toInteger();
    verdict.binary = object.value(QStringLiteral("binary")).toBool();
    return verdict;
}

QJsonObject JobAnalysis::toJson() const
{
    QJsonObject json = verdict.toJson();
    QJsonArray runs;
    for (const JobRunSummary &run : sameCommit)
        runs.append(QJsonObject{{QStringLiteral("job_id"), run.jobId},
                                {QStringLiteral("pipeline_id"), run.pipelineId},
                                {QStringLiteral("status"), run.status}});
    json.insert(QStringLiteral("job_id"), jobId);
    json.insert(QStringLiteral("job_name"), jobName);
    json.insert(QStringLiteral("job_status"), jobStatus);
    json.insert(QStringLiteral("flaky"), flaky);
    json.insert(QStringLiteral("same_commit"), runs);
    json.insert(QStringLiteral("source"), QStringLiteral("rules"));
    return json;
}

std::optional<JobAnalysis> JobAnalysis::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("job_id")).isDouble() || !object.value(QStringLiteral("class")).isString())
        return std::nullopt;
    JobAnalysis analysis;
    analysis.jobId = object.value(QStringLiteral("job_id")).toInteger();
    analysis.jobName = object.value(QStringLiteral("job_name")).toString();
    analysis.jobStatus = object.value(QStringLiteral("job_status")).toString();
    analysis.verdict = FailureVerdict::fromJson(object);
    analysis.flaky = object.value(QStringLiteral("flaky")).toBool();
    for (const QJsonValue &item : object.value(QStringLiteral("same_commit")).toArray()) {
        const QJsonObject run = item.toObject();
        analysis.sameCommit.append({run.value(QStringLiteral("job_id")).toInteger(),
                                    run.value(QStringLiteral("pipeline_id")).toInteger(),
                                    run.value(QStringLiteral("status")).toString()});
    }
    return analysis;
}

} // namespace adp::shared::analysis
