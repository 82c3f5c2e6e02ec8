#pragma once

#include "CheckoutMemo.h"
#include "JobFileTransfer.h"
#include "JobSandbox.h"
#include "PodFileExchange.h"
#include "core/ServiceError.h"
#include "ports/KubernetesDeployer.h"
#include "ports/PodExecutor.h"
#include "queue/JobQueue.h"

#include <functional>

namespace adp::server::runner {

// Runs one job on this machine: a fresh workspace with the exact commit
// (cloned from the project's mirror, so it is local and incremental), then
// before_script and script in one bash that stops at the first failing
// command, then after_script in its own bash whatever happened. GitLab's
// predefined variables, then the pipeline's and the job's, are its
// environment. Needed artifacts and caches are unpacked before the
// script, and packed after it. The whole process tree is killed on timeout or cancel. A deploy
// job to an environment with a Kubernetes target then applies its manifests and ends as the
// rollout does.
class ShellExecutor
{
public:
    struct Settings
    {
        QString buildsDirectory;
        // The project's mirror holding the commit (fetched when missing), or why not.
        std::function<Outcome<QString>(const queue::JobQueue::Claimed &job)> mirrorOf;
        QString serverUrl;
        qint64 defaultTimeoutMs = 60LL * 60 * 1000;
        qint64 maxLogBytes = 16LL * 1024 * 1024;
        const JobFileTransfer *files = nullptr; // artifacts and caches; none: they are not kept
        // How the job is kept away from the server's files (see JobSandbox).
        JobSandbox sandbox;
        // Asked before each job: why it may not run now (unsafe-none on a server that gained
        // a second user), or nullopt.
        std::function<std::optional<QString>()> refusal;
        // A deploy job's last step when its environment deploys to Kubernetes; none: never.
        ports::KubernetesDeployer *kubernetes = nullptr;
        // Where the jobs of projects with a Kubernetes executor run instead, and how their pods get and
        // return files; none: every job runs here.
        ports::PodExecutor *pods = nullptr;
        PodFileExchange *podFiles = nullptr;
    };
    // Whether bubblewrap is installed and may make namespaces here (a container may forbid it).
    static bool sandboxAvailable(QString *why) { return JobSandbox::bubblewrapAvailable(why); }
    struct Result
    {
        QString status; // success, failed, canceled
        std::optional<int> exitCode;
        QString reason;
        ports::JobUsage usage; // its executor and what it reserved (the worker adds how long)
    };
    // Called often while the job runs: false to cancel it (its lease is gone).
    using KeepGoing = std::function<bool()>;
    using LogSink = std::function<void(const QString &chunk)>;

    explicit ShellExecutor(Settings settings)
        : m_settings(std::move(settings))
    {
    }
    Result run(const queue::JobQueue::Claimed &job, const LogSink &log, const KeepGoing &keepGoing) const;
    // The executor class a job of this project runs in: kubernetes, bubblewrap or shell.
    QString executorClassOf(qint64 projectId) const;

    // `filePaths`: where each file variable's value was written (its variable holds the path).
    static QStringList environmentOf(const queue::JobQueue::Claimed &job, const QString &projectDir,
                                     const QString &serverUrl, const QHash<QString, QString> &filePaths = {});

private:
    struct Step
    {
        int exitCode = -1;
        bool timedOut = false;
        bool canceled = false;
        std::optional<Result> refused; // the job ended before its script (what `ready` answered)
    };
    // What must be done before a script may run (the checkout, artifacts), done while the sandbox
    // is being made where it can be made early: nullopt when the script may run, else the job's end.
    using Ready = std::function<std::optional<Result>()>;
    Step runScript(qint64 projectId, const QString &scriptPath, const QString &workspace,
                   const QStringList &environment, qint64 timeoutMs, const LogSink &log, const KeepGoing &keepGoing,
                   const QStringList &readable, const Ready &ready = {}) const;

    // The script and after_script on this machine; nullopt when they cannot be written.
    std::optional<Step> runHere(const queue::JobQueue::Claimed &job, const QString &projectRoot,
                                const QString &workspace, const QStringList &environment, qint64 timeoutMs,
                                const QStringList &readable, const LogSink &log,
                                const std::function<void(const QString &)> &say, const KeepGoing &keepGoing,
                                const Ready &ready) const;
    // The script and after_script in a pod: the prepared workspace goes to it, what the job's artifacts
    // and caches name comes back into `workspace`. `result` is set when the job ended without a script's end.
    struct PodRun
    {
        std::optional<Result> result;
        Step step;
    };
    PodRun runInPod(const queue::JobQueue::Claimed &job, const QString &workspace, qint64 timeoutMs,
                    const QString &kubeconfigPath, const LogSink &log, const std::function<void(const QString &)> &say,
                    const KeepGoing &keepGoing, ports::JobUsage &usage) const;
    Result runJob(const queue::JobQueue::Claimed &job, const LogSink &sink, const KeepGoing &keepGoing,
                  ports::JobUsage &usage) const;

    // A deploy job (action start) as the Kubernetes step sees it; nullopt for any other job.
    std::optional<ports::KubernetesDeploy> kubernetesDeployOf(const queue::JobQueue::Claimed &job,
                                                              const QString &workspace) const;
    // The deploy job's Kubernetes step, when its environment has a target; nullopt when it has none.
    std::optional<ports::KubernetesDeployOutcome>
    deployToKubernetes(const queue::JobQueue::Claimed &job, const QString &workspace, const QStringList &environment,
                       const std::function<void(const QString &)> &say, const KeepGoing &keepGoing) const;

    // The deploy job's own KUBECONFIG in `folder`, when its environment's target names a service account.
    struct WrittenKubeconfig
    {
        QString path;  // empty: none
        QString token; // the secret in it
        QString error; // wanted but not made
    };
    WrittenKubeconfig writeJobKubeconfig(const queue::JobQueue::Claimed &job, const QString &workspace,
                                         const QString &folder, qint64 timeoutMs) const;

    // Writes each file variable's value into `folder` (readable by the job only); their paths by key.
    std::optional<QHash<QString, QString>> writeFileVariables(const queue::JobQueue::Claimed &job,
                                                              const QString &folder) const;

    Settings m_settings;
    // Commits checked out here before, written again without git; a cache, so kept by const runs.
    mutable CheckoutMemo m_checkouts;
};

} // namespace adp::server::runner
