#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>

namespace adp::server::ports {

// A job whose project runs its jobs on Kubernetes, its workspace prepared on the worker (the commit
// checked out, needed artifacts and caches unpacked) and packed for the pod to fetch.
struct PodJob
{
    // Where a job pod keeps its checkout (CI_PROJECT_DIR is below, by organisation and project) and
    // its file variables (one file per variable, named after it).
    static constexpr const char *kBuildsPath = "/builds";
    static constexpr const char *kFilesPath = "/adp/job/files";

    qint64 projectId = 0;
    qint64 jobId = 0;
    int attempt = 1;
    QJsonObject spec;        // the job's definition: image, services, scripts
    QString projectDir;      // CI_PROJECT_DIR inside the pod
    QStringList environment; // NAME=value, as the job's shell gets them (last one wins)
    QHash<QString, QByteArray>
        files;                // file variables: name -> content (their variables hold paths under /adp/job/files)
    QString script;           // before_script and script, one shell script
    QString afterScript;      // empty: none
    QString workspaceArchive; // a tar.gz on this worker: the prepared workspace
    QStringList returnPaths;  // what the job's artifacts and caches name: brought back after the script
    QString resultArchive;    // where what came back is put, on this worker
    qint64 timeoutMs = 0;
    QString serverUrl; // where the pod fetches and returns files
    QString token;     // what the pod shows to do so: this attempt's only
};

struct PodJobOutcome
{
    enum class Ended {
        Finished, // the script ran to its end: exitCode says how
        TimedOut,
        Canceled,
        Lost,    // the pod was evicted or its node stopped answering: the worker is lost
        Refused, // no pod could be made: reason says why
    };
    Ended ended = Ended::Refused;
    int exitCode = -1;
    QString reason;
    bool returned = false; // resultArchive holds what the pod sent back
    // What the job's container requested (0: nothing, or no pod was made).
    qint64 cpuMillicores = 0;
    qint64 memoryMiB = 0;
};

// Runs jobs as pods on a project's cluster (implemented by kubernetes/, called by runner/ in the
// job's own thread); its log lines and the pod's output go to the job's log.
class PodExecutor
{
public:
    using Log = std::function<void(const QString &text)>;
    using KeepGoing = std::function<bool()>; // false: cancel
    virtual ~PodExecutor() = default;
    // Whether the project's jobs run on Kubernetes.
    virtual bool runsJobsOf(qint64 projectId) = 0;
    virtual PodJobOutcome run(const PodJob &job, const Log &log, const KeepGoing &keepGoing) = 0;
};

} // namespace adp::server::ports
