#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace adp::shared::analysis {

// Why a job failed, as the analyzers tell it apart.
enum class FailureClass {
    Timeout,
    OutOfMemory,
    CompileError,
    TestFailure,
    MissingDependency,
    PermissionDenied,
    Network,
    ScriptError,
    Unknown,
};

QString failureClassName(FailureClass failureClass); // compile_error, test_failure...
std::optional<FailureClass> failureClassFromName(QStringView name);

// A line of the log that says what happened, and the rule that saw it.
struct LogEvidence
{
    qint64 line = 0; // 1-based
    QString text;    // at most kMaxEvidenceText characters
    QString rule;

    QJsonObject toJson() const;
    static LogEvidence fromJson(const QJsonObject &object);
};

// Where a compiler (or a failed test) points: file, line, column, its message.
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;
    QString tool; // gcc/clang, msvc, javac, tsc, rustc, go, python, qtest...

    QJsonObject toJson() const;
    static SourceLocation fromJson(const QJsonObject &object);
};

struct FailureVerdict
{
    static constexpr int kMaxEvidenceText = 500;

    FailureClass failureClass = FailureClass::Unknown;
    qint64 firstErrorLine = 0; // 0: none found
    QList<LogEvidence> evidence;
    QStringList tests; // failing tests, in the order the log names them
    std::optional<SourceLocation> location;
    qint64 lines = 0;
    qint64 bytes = 0;
    bool binary = false; // not a text log: nothing was classified

    // {"class", "first_error_line", "evidence": [...], "tests", "location", "lines", "bytes", "binary"}
    QJsonObject toJson() const;
    static FailureVerdict fromJson(const QJsonObject &object);
};

// Another finished run of the same job on the same commit.
struct JobRunSummary
{
    qint64 jobId = 0;
    qint64 pipelineId = 0;
    QString status;
};

// GET /api/v1/jobs/{id}/analysis: the verdict on a job's log, and whether the job is flaky (it
// passed and failed on the same commit).
struct JobAnalysis
{
    qint64 jobId = 0;
    QString jobName;
    QString jobStatus;
    FailureVerdict verdict;
    bool flaky = false;
    QList<JobRunSummary> sameCommit; // newest first

    // The verdict's fields, with "job_id", "job_name", "job_status", "flaky", "same_commit" and
    // "source": "rules" (the analyzers; no model).
    QJsonObject toJson() const;
    static std::optional<JobAnalysis> fromJson(const QJsonObject &object);
};

} // namespace adp::shared::analysis
