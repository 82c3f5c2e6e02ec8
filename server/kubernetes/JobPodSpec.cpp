#include "JobPodSpec.h"

#include "kube/Quantity.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace adp::server::kubernetes {

namespace {

const QString kJobMount = QStringLiteral("/adp/job");
const QString kStepMount = QStringLiteral("/adp/step");

// The build container's entry: the job's variables, its script in bash (else sh), after_script
// whatever happened, and the exit code left for the helper.
const char *const kRunScript = R"sh(. /adp/job/env
cd "$CI_PROJECT_DIR" || exit 1
if command -v bash >/dev/null 2>&1; then shell="bash --noprofile --norc"; else shell=sh; fi
$shell /adp/job/script.sh
code=$?
if [ -s /adp/job/after.sh ]; then
  printf '\nRunning after_script\n'
  $shell /adp/job/after.sh || true
fi
echo "$code" > /adp/step/exit
exit "$code"
)sh";

// The init container: the prepared workspace, fetched with the job's token.
const char *const kFetchScript = R"sh(set -e
token=$(cat /adp/job/token)
url="$ADP_SERVER_URL/api/v1/jobs/$ADP_JOB_ID/pod/workspace"
mkdir -p "$ADP_PROJECT_DIR"
if command -v curl >/dev/null 2>&1; then
  curl -fsS --retry 3 -H "Job-Token: $token" -o /adp/step/workspace.tar.gz "$url"
else
  wget -q -O /adp/step/workspace.tar.gz --header "Job-Token: $token" "$url"
fi
tar -xzf /adp/step/workspace.tar.gz -C "$ADP_PROJECT_DIR"
rm -f /adp/step/workspace.tar.gz
echo "Workspace fetched into $ADP_PROJECT_DIR"
)sh";

// The helper: once the script ended, what the artifacts and caches name goes back to the server.
const char *const kReturnScript = R"sh(while [ ! -f /adp/step/exit ]; do sleep 0.2 2>/dev/null || sleep 1; done
token=$(cat /adp/job/token)
cd "$ADP_PROJECT_DIR" || exit 1
list=/adp/step/return.list
: > "$list"
while IFS= read -r path; do
  if [ "$path" = . ]; then
    for entry in * .[!.]* ..?*; do
      if [ "$entry" != .git ] && { [ -e "$entry" ] || [ -L "$entry" ]; }; then printf '%s\n' "$entry" >> "$list"; fi
    done
  elif [ -e "$path" ] || [ -L "$path" ]; then
    printf '%s\n' "$path" >> "$list"
  fi
done < /adp/job/return-paths
tar -czf /adp/step/result.tar.gz -T "$list"
url="$ADP_SERVER_URL/api/v1/jobs/$ADP_JOB_ID/pod/result"
if command -v curl >/dev/null 2>&1; then
  curl -fsS --retry 3 -X POST -H "Job-Token: $token" -H "Content-Type: application/gzip" \
    --data-binary @/adp/step/result.tar.gz "$url"
else
  wget -q -O /dev/null --header "Job-Token: $token" --header "Content-Type: application/gzip" \
    --post-file /adp/step/result.tar.gz "$url"
fi
echo "Files sent back: $(wc -l < "$list") path(s)"
)sh";

QString shellQuoted(QString text)
{
    text.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + text + u'\'';
}

// The job's variables as a file the scripts source; a later entry replaces an earlier one.
QByteArray environmentFile(const QStringList &environment)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QByteArray file;
    for (const QString &entry : environment) {
        const QString name = entry.section(u'=', 0, 0);
        if (identifier.match(name).hasMatch())
            file += QStringLiteral("export %1=%2\n").arg(name, shellQuoted(entry.section(u'=', 1))).toUtf8();
    }
    return file;
}

QString variableOf(const QStringList &environment, const QString &name)
{
    QString value;
    for (const QString &entry : environment) {
        if (entry.startsWith(name + u'='))
            value = entry.mid(name.size() + 1);
    }
    return value;
}

QJsonArray stringArray(const QJsonValue &value)
{
    QJsonArray strings;
    for (const QJsonValue &item : value.toArray())
        strings.append(item.toString());
    return strings;
}

QJsonArray envOf(const QList<QPair<QString, QString>> &variables)
{
    QJsonArray env;
    for (const auto &[name, value] : variables)
        env.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    return env;
}

QJsonObject mount(const QString &volume, const QString &path, bool readOnly = false)
{
    QJsonObject object{{QStringLiteral("name"), volume}, {QStringLiteral("mountPath"), path}};
    if (readOnly)
        object.insert(QStringLiteral("readOnly"), true);
    return object;
}

// One resource of the build container: the executor's, or the job's variable when it may ask.
struct Resource
{
    const char *variable; // KUBERNETES_CPU_REQUEST
    const char *kind;     // requests / limits
    const char *name;     // cpu / memory
    QString configured;
    QString maximum;
};

} // namespace

QString JobPodSpec::nameOf(const ports::PodJob &job)
{
    return QStringLiteral("adp-job-%1-%2").arg(job.jobId).arg(job.attempt);
}

QString JobPodSpec::imageOf(const ports::PodJob &job, const shared::KubernetesExecutor &executor)
{
    const QString image = job.spec.value(QStringLiteral("image")).toString();
    return image.isEmpty() ? executor.image : image;
}

JobPodSpec::Made JobPodSpec::make(const ports::PodJob &job, const shared::KubernetesExecutor &executor)
{
    Made made;
    QJsonObject requests;
    QJsonObject limits;
    const QList<Resource> resources{
        {"KUBERNETES_CPU_REQUEST", "requests", "cpu", executor.cpuRequest, executor.maxCpu},
        {"KUBERNETES_CPU_LIMIT", "limits", "cpu", executor.cpuLimit, executor.maxCpu},
        {"KUBERNETES_MEMORY_REQUEST", "requests", "memory", executor.memoryRequest, executor.maxMemory},
        {"KUBERNETES_MEMORY_LIMIT", "limits", "memory", executor.memoryLimit, executor.maxMemory}};
    for (const Resource &resource : resources) {
        QString value = resource.configured;
        const QString asked = variableOf(job.environment, QLatin1String(resource.variable));
        if (!asked.isEmpty()) {
            const auto amount = kube::Quantity::parse(asked);
            if (!amount) {
                made.refusal =
                    QStringLiteral("%1 is not a Kubernetes quantity: %2").arg(QLatin1String(resource.variable), asked);
                return made;
            }
            if (resource.maximum.isEmpty()) {
                made.refusal = QStringLiteral("%1 may not change the executor's %2 (no maximum is set)")
                                   .arg(QLatin1String(resource.variable), QLatin1String(resource.name));
                return made;
            }
            if (*amount > kube::Quantity::parse(resource.maximum).value_or(0)) {
                made.refusal = QStringLiteral("%1 asks for %2, more than the most allowed, %3")
                                   .arg(QLatin1String(resource.variable), asked, resource.maximum);
                return made;
            }
            value = asked;
        }
        if (!value.isEmpty())
            (QLatin1String(resource.kind) == u"requests" ? requests : limits)
                .insert(QLatin1String(resource.name), value);
    }
    const auto reserved = [&](const QString &name) {
        const QString amount = requests.value(name).toString(limits.value(name).toString());
        return kube::Quantity::parse(amount).value_or(0);
    };
    made.cpuMillicores = qRound64(reserved(QStringLiteral("cpu")) * 1000);
    made.memoryMiB = qRound64(reserved(QStringLiteral("memory")) / (1024.0 * 1024.0));

    const QString name = nameOf(job);
    const QJsonObject labels{{QLatin1String(kManagedBy), QStringLiteral("adp")},
                             {QLatin1String(kJobLabel), QString::number(job.jobId)},
                             {QStringLiteral("adp.dev/project"), QString::number(job.projectId)}};
    const QJsonObject metadata{{QStringLiteral("name"), name},
                               {QStringLiteral("namespace"), executor.namespaceName},
                               {QStringLiteral("labels"), labels}};

    // The Secret: keys as files under /adp/job (file variables under /adp/job/files).
    QJsonObject data;
    QJsonArray items;
    const auto put = [&data, &items](const QString &key, const QString &path, const QByteArray &value) {
        data.insert(key, QString::fromLatin1(value.toBase64()));
        items.append(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("path"), path}});
    };
    put(QStringLiteral("token"), QStringLiteral("token"), job.token.toUtf8());
    put(QStringLiteral("env"), QStringLiteral("env"), environmentFile(job.environment));
    put(QStringLiteral("run.sh"), QStringLiteral("run.sh"), kRunScript);
    put(QStringLiteral("fetch.sh"), QStringLiteral("fetch.sh"), kFetchScript);
    put(QStringLiteral("script.sh"), QStringLiteral("script.sh"), job.script.toUtf8());
    put(QStringLiteral("after.sh"), QStringLiteral("after.sh"), job.afterScript.toUtf8());
    const bool returns = !job.returnPaths.isEmpty();
    if (returns) {
        put(QStringLiteral("return.sh"), QStringLiteral("return.sh"), kReturnScript);
        put(QStringLiteral("return-paths"), QStringLiteral("return-paths"),
            (job.returnPaths.join(u'\n') + u'\n').toUtf8());
    }
    // The file variables' folder is inside the Secret's mount: its path relative to it.
    const QString filesFolder = QLatin1String(ports::PodJob::kFilesPath).mid(kJobMount.size() + 1);
    for (auto it = job.files.constBegin(); it != job.files.constEnd(); ++it)
        put(QStringLiteral("file.") + it.key(), filesFolder + u'/' + it.key(), it.value());
    Objects objects;
    objects.secret = {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                      {QStringLiteral("kind"), QStringLiteral("Secret")},
                      {QStringLiteral("metadata"), metadata},
                      {QStringLiteral("type"), QStringLiteral("Opaque")},
                      {QStringLiteral("data"), data}};

    const QList<QPair<QString, QString>> helperEnv{{QStringLiteral("ADP_SERVER_URL"), job.serverUrl},
                                                   {QStringLiteral("ADP_JOB_ID"), QString::number(job.jobId)},
                                                   {QStringLiteral("ADP_PROJECT_DIR"), job.projectDir}};
    const QJsonArray jobMounts{mount(QStringLiteral("job"), kJobMount, true),
                               mount(QStringLiteral("builds"), QLatin1String(ports::PodJob::kBuildsPath)),
                               mount(QStringLiteral("step"), kStepMount)};
    const auto helperContainer = [&](const QString &containerName, const QString &script) {
        return QJsonObject{
            {QStringLiteral("name"), containerName},
            {QStringLiteral("image"), executor.helperImage},
            {QStringLiteral("command"), QJsonArray{QStringLiteral("sh"), QString(kJobMount + u'/' + script)}},
            {QStringLiteral("env"), envOf(helperEnv)},
            {QStringLiteral("volumeMounts"), jobMounts}};
    };

    QJsonObject build{{QStringLiteral("name"), QStringLiteral("build")},
                      {QStringLiteral("image"), imageOf(job, executor)},
                      {QStringLiteral("workingDir"), job.projectDir},
                      {QStringLiteral("volumeMounts"), jobMounts}};
    const QJsonArray run{QStringLiteral("sh"), QString(kJobMount + QStringLiteral("/run.sh"))};
    const QJsonArray entrypoint = stringArray(job.spec.value(QStringLiteral("image_entrypoint")));
    if (entrypoint.isEmpty()) {
        build.insert(QStringLiteral("command"), run);
    } else {
        build.insert(QStringLiteral("command"), entrypoint);
        build.insert(QStringLiteral("args"), run);
    }
    QJsonObject buildResources;
    if (!requests.isEmpty())
        buildResources.insert(QStringLiteral("requests"), requests);
    if (!limits.isEmpty())
        buildResources.insert(QStringLiteral("limits"), limits);
    if (!buildResources.isEmpty())
        build.insert(QStringLiteral("resources"), buildResources);

    QJsonArray containers{build};
    if (returns)
        containers.append(helperContainer(QStringLiteral("helper"), QStringLiteral("return.sh")));
    QJsonArray aliases;
    const QJsonArray services = job.spec.value(QStringLiteral("services")).toArray();
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QJsonObject service = services.at(i).toObject();
        QJsonObject container{{QStringLiteral("name"), QStringLiteral("svc-%1").arg(i)},
                              {QStringLiteral("image"), service.value(QStringLiteral("name")).toString()}};
        if (const QJsonArray command = stringArray(service.value(QStringLiteral("entrypoint"))); !command.isEmpty())
            container.insert(QStringLiteral("command"), command);
        if (const QJsonArray args = stringArray(service.value(QStringLiteral("command"))); !args.isEmpty())
            container.insert(QStringLiteral("args"), args);
        QList<QPair<QString, QString>> env;
        for (const QJsonValue &variable : service.value(QStringLiteral("variables")).toArray())
            env.append({variable.toObject().value(QStringLiteral("key")).toString(),
                        variable.toObject().value(QStringLiteral("value")).toString()});
        if (!env.isEmpty())
            container.insert(QStringLiteral("env"), envOf(env));
        containers.append(container);
        const QString alias = service.value(QStringLiteral("alias")).toString();
        if (!alias.isEmpty() && !aliases.contains(alias))
            aliases.append(alias);
    }

    QJsonObject spec{
        {QStringLiteral("restartPolicy"), QStringLiteral("Never")},
        // A pod its worker no longer watches ends by itself a little after the job's timeout.
        {QStringLiteral("activeDeadlineSeconds"), job.timeoutMs / 1000 + 600},
        {QStringLiteral("automountServiceAccountToken"), !executor.serviceAccount.isEmpty()},
        {QStringLiteral("volumes"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("job")},
                                {QStringLiteral("secret"), QJsonObject{{QStringLiteral("secretName"), name},
                                                                       {QStringLiteral("defaultMode"), 0444},
                                                                       {QStringLiteral("items"), items}}}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("builds")},
                                {QStringLiteral("emptyDir"), QJsonObject{}}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("step")},
                                {QStringLiteral("emptyDir"), QJsonObject{}}}}},
        {QStringLiteral("initContainers"),
         QJsonArray{helperContainer(QStringLiteral("fetch"), QStringLiteral("fetch.sh"))}},
        {QStringLiteral("containers"), containers}};
    if (!executor.serviceAccount.isEmpty())
        spec.insert(QStringLiteral("serviceAccountName"), executor.serviceAccount);
    if (!executor.nodeSelector.isEmpty()) {
        QJsonObject selector;
        for (auto it = executor.nodeSelector.constBegin(); it != executor.nodeSelector.constEnd(); ++it)
            selector.insert(it.key(), it.value());
        spec.insert(QStringLiteral("nodeSelector"), selector);
    }
    if (!executor.tolerations.isEmpty())
        spec.insert(QStringLiteral("tolerations"), executor.tolerations);
    if (!aliases.isEmpty())
        spec.insert(QStringLiteral("hostAliases"),
                    QJsonArray{QJsonObject{{QStringLiteral("ip"), QStringLiteral("127.0.0.1")},
                                           {QStringLiteral("hostnames"), aliases}}});
    objects.pod = {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                   {QStringLiteral("kind"), QStringLiteral("Pod")},
                   {QStringLiteral("metadata"), metadata},
                   {QStringLiteral("spec"), spec}};
    made.objects = objects;
    return made;
}

} // namespace adp::server::kubernetes
