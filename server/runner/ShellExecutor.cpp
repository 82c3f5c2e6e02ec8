#include "ShellExecutor.h"

#include "ArchiveExtractor.h"
#include "JobScript.h"
#include "LogMasker.h"
#include "WorkspaceCheckout.h"
#include "shared/pipeline/DefinitionParser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QScopeGuard>
#include <QStringDecoder>
#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace adp::server::runner {

QStringList ShellExecutor::environmentOf(const queue::JobQueue::Claimed &job, const QString &projectDir,
                                         const QString &serverUrl, const QHash<QString, QString> &filePaths)
{
    ci::PipelineFacts facts = job.pipeline;
    facts.serverUrl = serverUrl;
    ci::VariableList variables = ci::predefinedVariables(facts);
    variables.append(
        {{QStringLiteral("CI_JOB_ID"), QString::number(job.id)},
         {QStringLiteral("CI_JOB_NAME"), job.name},
         {QStringLiteral("CI_JOB_STAGE"), job.stage},
         {QStringLiteral("CI_JOB_ATTEMPT"), QString::number(job.attempt)},
         {QStringLiteral("CI_JOB_URL"), serverUrl + QStringLiteral("/api/v1/jobs/") + QString::number(job.id)},
         {QStringLiteral("CI_PROJECT_DIR"), projectDir},
         {QStringLiteral("CI_BUILDS_DIR"), QFileInfo(projectDir).absolutePath()}});
    const QJsonObject environmentSpec = job.spec.value(QStringLiteral("environment")).toObject();
    if (!environmentSpec.isEmpty()) {
        variables.append(
            {QStringLiteral("CI_ENVIRONMENT_NAME"), environmentSpec.value(QStringLiteral("name")).toString()});
        variables.append(
            {QStringLiteral("CI_ENVIRONMENT_URL"), environmentSpec.value(QStringLiteral("url")).toString()});
        variables.append(
            {QStringLiteral("CI_ENVIRONMENT_ACTION"), environmentSpec.value(QStringLiteral("action")).toString()});
        variables.append(
            {QStringLiteral("CI_ENVIRONMENT_SLUG"), environmentSpec.value(QStringLiteral("slug")).toString()});
        variables.append(
            {QStringLiteral("CI_ENVIRONMENT_TIER"), environmentSpec.value(QStringLiteral("tier")).toString()});
    }
    // GitLab's precedence, lowest first: the definition's, the project's, then the pipeline's own.
    for (const QJsonValue &variable : job.spec.value(QStringLiteral("variables")).toArray())
        variables.append({variable.toObject().value(QStringLiteral("key")).toString(),
                          variable.toObject().value(QStringLiteral("value")).toString()});
    for (const shared::ProjectVariable &variable : job.projectVariables)
        variables.append({variable.key, variable.isFile() ? filePaths.value(variable.key) : variable.value});
    variables.append(job.pipelineVariables);
    // A job runs with a clean environment: only these, plus what a shell needs; a later entry replaces an earlier one.
    variables = ci::VariableList{{QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin")},
                                 {QStringLiteral("HOME"), projectDir},
                                 {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
                                 {QStringLiteral("TERM"), QStringLiteral("xterm")}} +
                variables;
    QStringList environment;
    QHash<QString, qsizetype> position;
    for (const auto &[name, value] : variables) {
        const auto seen = position.constFind(name);
        if (seen != position.constEnd()) {
            environment[*seen] = name + u'=' + value;
        } else {
            position.insert(name, environment.size());
            environment.append(name + u'=' + value);
        }
    }
    return environment;
}

std::optional<QHash<QString, QString>> ShellExecutor::writeFileVariables(const queue::JobQueue::Claimed &job,
                                                                         const QString &folder) const
{
    QHash<QString, QString> paths;
    QDir(folder).removeRecursively();
    for (const shared::ProjectVariable &variable : job.projectVariables) {
        if (!variable.isFile())
            continue;
        if (paths.isEmpty() && !QDir().mkpath(folder))
            return std::nullopt;
        const QString path = QDir(folder).filePath(variable.key);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(variable.value.toUtf8()) < 0)
            return std::nullopt;
        file.close();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_settings.sandbox.share(job.pipeline.projectId, path);
        paths.insert(variable.key, path);
    }
    if (!paths.isEmpty()) {
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_settings.sandbox.share(job.pipeline.projectId, folder);
    }
    return paths;
}

ShellExecutor::Step ShellExecutor::runScript(qint64 projectId, const QString &scriptPath, const QString &workspace,
                                             const QStringList &environment, qint64 timeoutMs, const LogSink &log,
                                             const KeepGoing &keepGoing, const QStringList &readable,
                                             const Ready &ready) const
{
    Step step;
    const JobSandbox &sandbox = m_settings.sandbox;
    // Made early, the sandbox waits on a pipe until `ready` is done: its namespaces and mounts
    // (~10 ms) and the checkout (~8 ms) overlap instead of following each other. (Telling one
    // that already died fails with EPIPE: the server sets SIGPIPE aside, see ServerApp::open.)
    int start[2] = {-1, -1};
    const bool early = ready && sandbox.startsEarly() && ::pipe2(start, O_CLOEXEC) == 0;
    const auto closeStart = qScopeGuard([&start]() {
        for (const int fd : start) {
            if (fd >= 0)
                ::close(fd);
        }
    });
    if (ready && !early) {
        step.refused = ready();
        if (step.refused)
            return step;
    }
    QProcess bash;
    bash.setWorkingDirectory(workspace);
    bash.setEnvironment(environment);
    bash.setProcessChannelMode(QProcess::MergedChannels);
    bash.setChildProcessModifier([&sandbox, projectId, startFd = start[0]]() {
        ::setsid();   // its own process group, killed whole
        ::umask(022); // the server's own 077 is not the job's business
        sandbox.enterChild(projectId, startFd);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL); // gone with this worker, however it ends (after setuid, which clears it)
    });
    const QStringList shell{QStringLiteral("/bin/bash"), QStringLiteral("--noprofile"), QStringLiteral("--norc"),
                            scriptPath};
    const QStringList bound = readable + QStringList{scriptPath};
    const auto [program, arguments] =
        early ? sandbox.wrapStartingLater(shell, workspace, bound) : sandbox.wrap(shell, workspace, bound);
    JobSandbox::UserLease lease = sandbox.leaseUser(projectId);
    bash.start(program, arguments);
    if (!bash.waitForStarted(10000)) {
        log(QStringLiteral("ERROR: bash could not be started\n"));
        return step;
    }
    const qint64 group = bash.processId();
    const auto killGroup = [&]() {
        ::kill(-pid_t(group), SIGKILL);
        bash.waitForFinished(5000);
    };
    if (early) {
        ::close(std::exchange(start[0], -1));
        step.refused = ready();
        if (step.refused) {
            killGroup();
            sandbox.killLeftovers(projectId, lease);
            return step;
        }
        const char go = 1;
        if (::write(start[1], &go, 1) != 1) {
            killGroup();
            log(QStringLiteral("ERROR: the job's sandbox could not be told to start\n"));
            return step;
        }
        ::close(std::exchange(start[1], -1));
    }
    QStringDecoder utf8(QStringDecoder::Utf8); // a character may arrive split across reads
    QElapsedTimer elapsed;
    elapsed.start();
    while (bash.state() != QProcess::NotRunning) {
        bash.waitForReadyRead(100);
        const QByteArray output = bash.readAll();
        if (!output.isEmpty())
            log(utf8.decode(output));
        if (elapsed.elapsed() > timeoutMs) {
            step.timedOut = true;
            killGroup();
            break;
        }
        if (!keepGoing()) {
            step.canceled = true;
            killGroup();
            break;
        }
    }
    const QString rest = utf8.decode(bash.readAll());
    if (!rest.isEmpty())
        log(rest);
    ::kill(-pid_t(group), SIGKILL);          // whatever the script left behind in its group
    sandbox.killLeftovers(projectId, lease); // and, for a user of its own, anything that left the group
    step.exitCode = bash.exitStatus() == QProcess::NormalExit ? bash.exitCode() : -1;
    return step;
}

QString ShellExecutor::executorClassOf(qint64 projectId) const
{
    if (m_settings.pods && m_settings.podFiles && m_settings.pods->runsJobsOf(projectId))
        return QStringLiteral("kubernetes");
    return m_settings.sandbox.mode() == JobSandbox::Mode::Bubblewrap ? QStringLiteral("bubblewrap")
                                                                     : QStringLiteral("shell");
}

ShellExecutor::Result ShellExecutor::run(const queue::JobQueue::Claimed &job, const LogSink &sink,
                                         const KeepGoing &keepGoing) const
{
    ports::JobUsage usage;
    usage.executor = executorClassOf(job.pipeline.projectId);
    Result result = runJob(job, sink, keepGoing, usage);
    result.usage = usage;
    return result;
}

ShellExecutor::Result ShellExecutor::runJob(const queue::JobQueue::Claimed &job, const LogSink &sink,
                                            const KeepGoing &keepGoing, ports::JobUsage &usage) const
{
    // Secrets the server makes for the job (its service account's token) are masked like masked variables,
    // from the moment they exist to the end of the log.
    std::optional<LogMasker> ownSecrets;
    const auto flushOwnSecrets = qScopeGuard([&]() {
        if (ownSecrets)
            sink(ownSecrets->finish());
    });
    // Our own lines start on a line of their own, even after output that did not end its last line.
    bool atLineStart = true;
    const LogSink log = [&sink, &atLineStart, &ownSecrets](const QString &text) {
        if (text.isEmpty())
            return;
        atLineStart = text.endsWith(u'\n');
        sink(ownSecrets ? ownSecrets->feed(text) : text);
    };
    const auto say = [&log, &atLineStart](const QString &line) { log(atLineStart ? line : u'\n' + line); };
    const QString projectRoot = QDir(m_settings.buildsDirectory).filePath(QString::number(job.pipeline.projectId));
    const QString workspace = QDir(projectRoot).filePath(QString::number(job.id));
    QDir(workspace).removeRecursively();
    QDir().mkpath(workspace); // there (empty) before the sandbox that binds it is made
    if (job.attempt > 1)
        log(QStringLiteral("\nAttempt %1\n").arg(job.attempt));
    const bool inPod = usage.executor == u"kubernetes";
    log(QStringLiteral("Running job %1 (%2) with the %3 executor\nFetching %4 at %5\n")
            .arg(job.id)
            .arg(job.name, inPod ? QStringLiteral("Kubernetes") : QStringLiteral("shell"), job.pipeline.ref,
                 job.pipeline.sha.left(8)));
    if (m_settings.refusal && !inPod) {
        if (const auto refused = m_settings.refusal()) {
            log(QStringLiteral("ERROR: %1\n").arg(*refused));
            return {QStringLiteral("failed"), std::nullopt, QStringLiteral("runner_system_failure")};
        }
    }
    const auto mirror = m_settings.mirrorOf(job);
    if (!mirror.ok()) {
        log(QStringLiteral("ERROR: the project's repository cannot be fetched: %1\n").arg(mirror.error().message));
        return {QStringLiteral("failed"), std::nullopt, QStringLiteral("the commit cannot be checked out")};
    }
    QString error;
    QStringList readable{WorkspaceCheckout::objectsOf(mirror.value())};
    const Result notCheckedOut{QStringLiteral("failed"), std::nullopt,
                               QStringLiteral("the commit cannot be checked out")};
    const qint64 timeoutMs =
        job.spec.contains(QStringLiteral("timeout"))
            ? pipeline::DefinitionParser::durationSeconds(job.spec.value(QStringLiteral("timeout")).toString())
                      .value_or(3600) *
                  1000
            : m_settings.defaultTimeoutMs;
    const QString variablesFolder = projectRoot + QStringLiteral("/%1.variables").arg(job.id);
    const auto filePaths = writeFileVariables(job, variablesFolder);
    if (!filePaths) {
        log(QStringLiteral("ERROR: the job's file variables cannot be written\n"));
        return {QStringLiteral("failed"), std::nullopt, QStringLiteral("runner_system_failure")};
    }
    QStringList environment = environmentOf(job, workspace, m_settings.serverUrl, *filePaths);
    // A deploy job whose environment's target names a service account gets its own short-lived KUBECONFIG.
    const auto kubeconfig = writeJobKubeconfig(job, workspace, variablesFolder, timeoutMs);
    if (!kubeconfig.error.isEmpty()) {
        log(QStringLiteral("ERROR: Job failed: %1\n").arg(kubeconfig.error));
        return {QStringLiteral("failed"), std::nullopt, QStringLiteral("deployment_failure")};
    }
    if (!kubeconfig.path.isEmpty()) {
        ownSecrets.emplace(QStringList{kubeconfig.token});
        environment.append(QStringLiteral("KUBECONFIG=") + kubeconfig.path);
        say(QStringLiteral("KUBECONFIG: a token of the environment's service account, for this job only\n"));
    }
    if (!filePaths->isEmpty() || !kubeconfig.path.isEmpty())
        readable.append(variablesFolder);
    // The workspace complete: checked out, the artifacts and caches it needs unpacked, given to the
    // job. Where the sandbox starts early, all of it is done while the sandbox is made.
    const Ready ready = [&]() -> std::optional<Result> {
        CheckoutMemo *memo = m_settings.sandbox.isolatesWorkspaces() ? &m_checkouts : nullptr;
        if (!WorkspaceCheckout::prepare(mirror.value(), workspace, job.pipeline.sha, &error, memo)) {
            log(QStringLiteral("ERROR: the commit cannot be checked out: %1\n").arg(error));
            return notCheckedOut;
        }
        if (m_settings.files) {
            if (const auto error = m_settings.files->restore(job, {workspace, mirror.value(), environment}, log)) {
                log(QStringLiteral("ERROR: %1\n").arg(*error));
                return Result{QStringLiteral("failed"), std::nullopt, QStringLiteral("missing_dependency_failure")};
            }
        }
        if (!inPod && !m_settings.sandbox.handOver(job.pipeline.projectId, projectRoot, workspace, &error)) {
            log(QStringLiteral("ERROR: %1\n").arg(error));
            return Result{QStringLiteral("failed"), std::nullopt, QStringLiteral("runner_system_failure")};
        }
        return std::nullopt;
    };
    Step ran;
    if (inPod) {
        if (const auto refused = ready()) {
            QDir(variablesFolder).removeRecursively();
            return *refused;
        }
        const PodRun pod = runInPod(job, workspace, timeoutMs, kubeconfig.path, log, say, keepGoing, usage);
        QDir(variablesFolder).removeRecursively();
        if (pod.result)
            return *pod.result;
        ran = pod.step;
    } else {
        const auto done =
            runHere(job, projectRoot, workspace, environment, timeoutMs, readable, log, say, keepGoing, ready);
        QDir(variablesFolder).removeRecursively();
        if (!done)
            return {QStringLiteral("failed"), std::nullopt, QStringLiteral("the script cannot be written")};
        if (done->refused)
            return *done->refused;
        ran = *done;
    }
    if (ran.canceled)
        return {QStringLiteral("canceled"), std::nullopt, QStringLiteral("canceled")};
    const bool succeeded = !ran.timedOut && ran.exitCode == 0;
    if (m_settings.files) {
        if (const auto error = m_settings.files->save(job, {workspace, mirror.value(), environment}, succeeded, log);
            error && succeeded) {
            say(QStringLiteral("ERROR: Job failed: %1\n").arg(*error));
            return {QStringLiteral("failed"), 0, QStringLiteral("artifacts_upload_failure")};
        } else if (error) {
            say(QStringLiteral("WARNING: %1\n").arg(*error));
        }
    }
    if (ran.timedOut) {
        say(QStringLiteral("ERROR: Job failed: execution took longer than %1 seconds\n").arg(timeoutMs / 1000));
        return {QStringLiteral("failed"), std::nullopt, QStringLiteral("job_execution_timeout")};
    }
    if (ran.exitCode == 0) {
        if (const auto rollout = deployToKubernetes(job, workspace, environment, say, keepGoing);
            rollout && !rollout->ok) {
            say(QStringLiteral("ERROR: Job failed: %1\n").arg(rollout->reason));
            return {QStringLiteral("failed"), 0, QStringLiteral("deployment_failure")};
        }
        say(QStringLiteral("Job succeeded\n"));
        return {QStringLiteral("success"), 0, {}};
    }
    say(QStringLiteral("ERROR: Job failed: exit code %1\n").arg(ran.exitCode));
    return {QStringLiteral("failed"), ran.exitCode, QStringLiteral("script_failure")};
}

std::optional<ShellExecutor::Step> ShellExecutor::runHere(const queue::JobQueue::Claimed &job,
                                                          const QString &projectRoot, const QString &workspace,
                                                          const QStringList &environment, qint64 timeoutMs,
                                                          const QStringList &readable, const LogSink &log,
                                                          const std::function<void(const QString &)> &say,
                                                          const KeepGoing &keepGoing, const Ready &ready) const
{
    const QString mainScript = projectRoot + QStringLiteral("/%1.script.sh").arg(job.id);
    QFile scriptFile(mainScript);
    if (!scriptFile.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        scriptFile.write(JobScript::main(job.spec).toUtf8()) < 0)
        return std::nullopt;
    scriptFile.close();
    m_settings.sandbox.share(job.pipeline.projectId, mainScript);
    const Step ran = runScript(job.pipeline.projectId, mainScript, workspace, environment, timeoutMs, log, keepGoing,
                               readable, ready);
    if (ran.refused) {
        QFile::remove(mainScript);
        return ran;
    }

    const QString after = JobScript::after(job.spec);
    if (!after.isEmpty() && !ran.canceled) {
        const QString afterScript = projectRoot + QStringLiteral("/%1.after.sh").arg(job.id);
        QFile afterFile(afterScript);
        if (afterFile.open(QIODevice::WriteOnly | QIODevice::Truncate) && afterFile.write(after.toUtf8()) >= 0) {
            afterFile.close();
            say(QStringLiteral("Running after_script\n"));
            m_settings.sandbox.share(job.pipeline.projectId, afterScript);
            runScript(job.pipeline.projectId, afterScript, workspace, environment, 5 * 60 * 1000, log, keepGoing,
                      readable);
        }
        QFile::remove(afterScript);
    }
    QFile::remove(mainScript);
    return ran;
}

ShellExecutor::PodRun ShellExecutor::runInPod(const queue::JobQueue::Claimed &job, const QString &workspace,
                                              qint64 timeoutMs, const QString &kubeconfigPath, const LogSink &log,
                                              const std::function<void(const QString &)> &say,
                                              const KeepGoing &keepGoing, ports::JobUsage &usage) const
{
    const auto failed = [&say](const QString &why, const QString &reason) {
        say(QStringLiteral("ERROR: Job failed: %1\n").arg(why));
        return PodRun{Result{QStringLiteral("failed"), std::nullopt, reason}, {}};
    };
    ports::PodJob pod;
    pod.projectId = job.pipeline.projectId;
    pod.jobId = job.id;
    pod.attempt = job.attempt;
    pod.spec = job.spec;
    pod.projectDir =
        QStringLiteral("%1/%2/%3")
            .arg(QLatin1String(ports::PodJob::kBuildsPath), job.pipeline.organisation, job.pipeline.projectSlug);
    const auto podFilePath = [](const QString &name) -> QString {
        return QLatin1String(ports::PodJob::kFilesPath) + u'/' + name;
    };
    QHash<QString, QString> filePaths;
    for (const shared::ProjectVariable &variable : job.projectVariables) {
        if (variable.isFile()) {
            filePaths.insert(variable.key, podFilePath(variable.key));
            pod.files.insert(variable.key, variable.value.toUtf8());
        }
    }
    pod.environment = environmentOf(job, pod.projectDir, m_settings.serverUrl, filePaths);
    if (!kubeconfigPath.isEmpty()) {
        QFile kubeconfig(kubeconfigPath);
        if (!kubeconfig.open(QIODevice::ReadOnly))
            return failed(QStringLiteral("the job's KUBECONFIG cannot be read"),
                          QStringLiteral("runner_system_failure"));
        pod.files.insert(QStringLiteral("KUBECONFIG"), kubeconfig.readAll());
        pod.environment.append(QStringLiteral("KUBECONFIG=") + podFilePath(QStringLiteral("KUBECONFIG")));
    }
    pod.script = JobScript::main(job.spec);
    pod.afterScript = JobScript::after(job.spec);
    pod.returnPaths = JobFileTransfer::returnPaths(job.spec, pod.environment);
    pod.timeoutMs = timeoutMs;
    pod.serverUrl = m_settings.serverUrl;

    // The prepared workspace, packed whole (its .git too: the job may run git) for the pod to fetch.
    const QString archive = workspace + QStringLiteral(".pod.tar.gz");
    QProcess tar;
    tar.start(QStringLiteral("tar"),
              {QStringLiteral("-czf"), archive, QStringLiteral("-C"), workspace, QStringLiteral(".")});
    if (!tar.waitForFinished(10 * 60 * 1000) || tar.exitStatus() != QProcess::NormalExit || tar.exitCode() != 0) {
        QFile::remove(archive);
        return failed(QStringLiteral("the workspace cannot be packed for the pod: %1")
                          .arg(QString::fromUtf8(tar.readAllStandardError()).trimmed()),
                      QStringLiteral("runner_system_failure"));
    }
    // Long enough for a pod that waits for a node, runs to its timeout and sends its files back.
    const auto token = m_settings.podFiles->open(job.id, job.attempt, archive, timeoutMs + 30LL * 60 * 1000);
    QFile::remove(archive);
    if (!token)
        return failed(QStringLiteral("the workspace cannot be stored for the pod"),
                      QStringLiteral("runner_system_failure"));
    pod.token = *token;
    const ports::PodJobOutcome outcome = m_settings.pods->run(pod, log, keepGoing);
    usage.cpuMillicores = outcome.cpuMillicores;
    usage.memoryMiB = outcome.memoryMiB;
    if (outcome.returned) {
        const QString result = workspace + QStringLiteral(".result.tar.gz");
        std::optional<QString> error = QStringLiteral("what the pod sent back cannot be read");
        if (m_settings.podFiles->takeResult(job.id, result))
            error = ArchiveExtractor::extract(result, workspace);
        QFile::remove(result);
        if (error)
            say(QStringLiteral("WARNING: %1\n").arg(*error));
    }
    m_settings.podFiles->close(job.id);
    using Ended = ports::PodJobOutcome::Ended;
    switch (outcome.ended) {
    case Ended::Canceled:
        return {Result{QStringLiteral("canceled"), std::nullopt, QStringLiteral("canceled")}, {}};
    case Ended::Refused:
        return failed(outcome.reason, QStringLiteral("runner_system_failure"));
    case Ended::Lost:
        return failed(outcome.reason, QStringLiteral("worker lost"));
    case Ended::TimedOut:
        return {std::nullopt, Step{-1, true, false}};
    case Ended::Finished:
        break;
    }
    return {std::nullopt, Step{outcome.exitCode, false, false}};
}

std::optional<ports::KubernetesDeploy> ShellExecutor::kubernetesDeployOf(const queue::JobQueue::Claimed &job,
                                                                         const QString &workspace) const
{
    const QJsonObject spec = job.spec.value(QStringLiteral("environment")).toObject();
    const QString action = spec.value(QStringLiteral("action")).toString();
    if (!m_settings.kubernetes || spec.isEmpty() || !(action.isEmpty() || action == u"start"))
        return std::nullopt;
    ports::KubernetesDeploy deploy;
    deploy.projectId = job.pipeline.projectId;
    deploy.jobId = job.id;
    deploy.attempt = job.attempt;
    deploy.environment = spec.value(QStringLiteral("name")).toString();
    deploy.sha = job.pipeline.sha;
    deploy.workspace = workspace;
    return deploy;
}

std::optional<ports::KubernetesDeployOutcome>
ShellExecutor::deployToKubernetes(const queue::JobQueue::Claimed &job, const QString &workspace,
                                  const QStringList &environment, const std::function<void(const QString &)> &say,
                                  const KeepGoing &keepGoing) const
{
    auto deploy = kubernetesDeployOf(job, workspace);
    if (!deploy)
        return std::nullopt;
    for (const QString &entry : environment) // later entries win, as in the job's shell
        deploy->variables.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    for (const shared::ProjectVariable &variable : job.projectVariables) {
        if (variable.masked && !variable.value.isEmpty())
            deploy->maskedValues.append(variable.value);
    }
    return m_settings.kubernetes->deploy(
        *deploy, [&say](const QString &line) { say(line + u'\n'); }, keepGoing);
}

ShellExecutor::WrittenKubeconfig ShellExecutor::writeJobKubeconfig(const queue::JobQueue::Claimed &job,
                                                                   const QString &workspace, const QString &folder,
                                                                   qint64 timeoutMs) const
{
    WrittenKubeconfig written;
    const auto deploy = kubernetesDeployOf(job, workspace);
    if (!deploy)
        return written;
    const auto made = m_settings.kubernetes->jobKubeconfig(*deploy, timeoutMs / 1000);
    if (!made.wanted)
        return written;
    if (!made.error.isEmpty()) {
        written.error = made.error;
        return written;
    }
    const QString path = QDir(folder).filePath(QStringLiteral("KUBECONFIG"));
    QFile file(path);
    if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(made.text) < 0) {
        written.error = QStringLiteral("the job's KUBECONFIG cannot be written");
        return written;
    }
    file.close();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_settings.sandbox.share(job.pipeline.projectId, path);
    m_settings.sandbox.share(job.pipeline.projectId, folder);
    written.path = path;
    written.token = made.token;
    return written;
}

} // namespace adp::server::runner
