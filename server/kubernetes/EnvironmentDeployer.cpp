#include "EnvironmentDeployer.h"

#include "ClusterCredentials.h"
#include "KubernetesTargetRepository.h"
#include "RolloutRepository.h"
#include "access/AccessResolver.h"
#include "kube/KubeDiscovery.h"
#include "kube/Manifests.h"
#include "storage/Transaction.h"

namespace adp::server::kubernetes {

using ports::KubernetesDeployOutcome;

namespace {

QList<shared::RolloutObject> objectsOf(const QList<kube::AppliedObject> &inventory,
                                       const QList<kube::ObjectHealth> &health)
{
    QList<shared::RolloutObject> objects;
    for (const kube::AppliedObject &object : inventory) {
        shared::RolloutObject entry{object.apiVersion, object.kind, object.namespaceName, object.name, {}, {}};
        for (const kube::ObjectHealth &known : health) {
            if (known.object == object) {
                entry.health = kube::ResourceHealth::name(known.health.state);
                entry.message = known.health.message;
            }
        }
        objects.append(entry);
    }
    return objects;
}

// A label value: at most 63 letters, digits, '-', '_' or '.', starting and ending alphanumeric.
QString labelValue(const QString &text)
{
    QString value;
    for (const QChar c : text)
        value.append(c.isLetterOrNumber() && c.unicode() < 128 ? c : QChar(u'-'));
    value = value.left(63);
    while (!value.isEmpty() && !value.back().isLetterOrNumber())
        value.chop(1);
    while (!value.isEmpty() && !value.front().isLetterOrNumber())
        value.remove(0, 1);
    return value;
}

} // namespace

void EnvironmentDeployer::record(qint64 rolloutId, const ports::KubernetesDeploy &deploy, const QString &status,
                                 const QString &reason, const QList<kube::AppliedObject> &inventory,
                                 const QList<kube::ObjectHealth> &health, bool finished)
{
    // The API's words may quote a value from the manifests (an invalid field's): masked values stay hidden.
    const auto masked = [&deploy](QString text) {
        for (const QString &value : deploy.maskedValues)
            text.replace(value, QStringLiteral("[MASKED]"));
        return text;
    };
    const qint64 projectId = deploy.projectId;
    QList<shared::RolloutObject> objects = objectsOf(inventory, health);
    for (shared::RolloutObject &object : objects)
        object.message = masked(object.message);
    const QString shownReason = masked(reason);
    {
        storage::Transaction tx(m.database);
        RolloutRepository::record(tx, rolloutId, status, shownReason, inventory, objects,
                                  finished ? std::optional<qint64>(m.clock.nowMs()) : std::nullopt);
        tx.commit();
    }
    shared::KubernetesRollout rollout;
    rollout.id = rolloutId;
    rollout.status = status;
    rollout.reason = shownReason;
    rollout.objects = objects;
    QJsonObject data = rollout.toJson();
    data.insert(QStringLiteral("project_id"), projectId);
    m.events.publish(QStringLiteral("pipelines"), QStringLiteral("kubernetes.rollout"), data,
                     access::AccessResolver::projectAudience(storage::executorOf(m.database), projectId));
}

std::optional<KubernetesDeployOutcome> EnvironmentDeployer::deploy(const ports::KubernetesDeploy &deploy,
                                                                   const Log &log, const KeepGoing &keepGoing)
{
    const auto target =
        KubernetesTargetRepository::find(storage::executorOf(m.database), deploy.projectId, deploy.environment);
    if (!target)
        return std::nullopt;
    const auto fail = [&log](const QString &reason) {
        log(QStringLiteral("ERROR: %1").arg(reason));
        return KubernetesDeployOutcome{false, reason};
    };
    log(QStringLiteral("Deploying to Kubernetes: cluster %1, namespace %2, manifests %3")
            .arg(target->clusterName, target->namespaceName, target->manifestPath));
    QString error;
    auto config = ClusterCredentials::open(storage::executorOf(m.database), m.secrets, deploy.projectId,
                                           target->clusterId, error);
    if (!config)
        return fail(error);
    config->namespaceName = target->namespaceName;

    kube::ManifestReader::Options options;
    options.variables = deploy.variables;
    const QString environmentLabel =
        labelValue(deploy.variables.value(QStringLiteral("CI_ENVIRONMENT_SLUG"), deploy.environment));
    options.labels = {{QStringLiteral("app.kubernetes.io/managed-by"), QStringLiteral("adp")},
                      {QString::fromLatin1(kProjectLabel), QString::number(deploy.projectId)},
                      {QString::fromLatin1(kEnvironmentLabel), environmentLabel}};
    options.pinnedRepository = deploy.variables.value(QStringLiteral("CI_REGISTRY_IMAGE"));
    options.pinnedTag = deploy.sha;
    QStringList problems;
    const auto manifests = kube::ManifestReader::read(deploy.workspace, target->manifestPath, options, problems);
    if (!manifests) {
        for (const QString &problem : std::as_const(problems))
            log(problem);
        return fail(
            QStringLiteral("the manifests at %1 cannot be used (%2)").arg(target->manifestPath, problems.value(0)));
    }
    log(QStringLiteral("%1 objects from %2").arg(manifests->size()).arg(target->manifestPath));

    shared::KubernetesRollout rollout;
    rollout.environment = deploy.environment;
    rollout.jobId = deploy.jobId;
    rollout.jobAttempt = deploy.attempt;
    rollout.sha = deploy.sha;
    rollout.clusterName = target->clusterName;
    rollout.namespaceName = target->namespaceName;
    rollout.status = QStringLiteral("applying");
    rollout.startedAt = m.clock.now();
    qint64 rolloutId = 0;
    {
        storage::Transaction tx(m.database);
        rolloutId = RolloutRepository::start(tx, deploy.projectId, rollout);
        tx.commit();
    }
    kube::KubeApiClient client(*config);
    kube::KubeDiscovery discovery(client);
    kube::ManifestApplier applier(client, discovery, QString::fromLatin1(kFieldManager), log);
    const auto applied = applier.apply(*manifests, target->namespaceName, target->forceConflicts);
    // What was applied is recorded even when something was refused: nothing half-applied goes unrecorded.
    if (!applied.ok()) {
        const QString reason = QStringLiteral("%1 of %2 objects were refused; the first: %3")
                                   .arg(applied.problems.size())
                                   .arg(manifests->size())
                                   .arg(applied.problems.first());
        record(rolloutId, deploy, QStringLiteral("failed"), reason, applied.applied, {}, true);
        return fail(reason);
    }
    const QList<kube::AppliedObject> previous = RolloutRepository::lastInventory(
        storage::executorOf(m.database), deploy.projectId, deploy.environment, rolloutId);
    const QStringList pruneProblems =
        applier.prune(previous, applied.applied, QString::fromLatin1(kEnvironmentLabel), environmentLabel);
    for (const QString &problem : pruneProblems)
        log(QStringLiteral("WARNING: not pruned: %1").arg(problem));
    record(rolloutId, deploy, QStringLiteral("progressing"), {}, applied.applied, {}, false);

    log(QStringLiteral("Waiting for the rollout to finish"));
    kube::RolloutWatcher watcher(client, discovery, m.watch, log);
    const auto outcome = watcher.watch(
        applied.applied,
        [&](const QList<kube::ObjectHealth> &health) {
            record(rolloutId, deploy, QStringLiteral("progressing"), {}, applied.applied, health, false);
        },
        [&keepGoing]() { return !keepGoing(); });
    if (!outcome.healthy) {
        record(rolloutId, deploy, QStringLiteral("failed"), outcome.reason, applied.applied, outcome.health, true);
        return fail(QStringLiteral("the rollout failed: %1").arg(outcome.reason));
    }
    record(rolloutId, deploy, QStringLiteral("healthy"), {}, applied.applied, outcome.health, true);
    log(QStringLiteral("The rollout is healthy"));
    return KubernetesDeployOutcome{true, {}};
}

ports::KubernetesDeployer::JobKubeconfig EnvironmentDeployer::jobKubeconfig(const ports::KubernetesDeploy &deploy,
                                                                            qint64 lifetimeSeconds)
{
    JobKubeconfig result;
    const storage::Executor run = storage::executorOf(m.database);
    const auto target = KubernetesTargetRepository::find(run, deploy.projectId, deploy.environment);
    if (!target || target->serviceAccount.isEmpty())
        return result;
    result.wanted = true;
    auto config = ClusterCredentials::open(run, m.secrets, deploy.projectId, target->clusterId, result.error);
    if (!config)
        return result;
    kube::KubeApiClient client(*config);
    // The API's minimum is ten minutes; a job's token lives as long as the job may run.
    const QJsonObject request{{QStringLiteral("apiVersion"), QStringLiteral("authentication.k8s.io/v1")},
                              {QStringLiteral("kind"), QStringLiteral("TokenRequest")},
                              {QStringLiteral("spec"), QJsonObject{{QStringLiteral("expirationSeconds"),
                                                                    std::max<qint64>(600, lifetimeSeconds)}}}};
    const auto reply = client.create(QStringLiteral("/api/v1/namespaces/%1/serviceaccounts/%2/token")
                                         .arg(target->namespaceName, target->serviceAccount),
                                     request);
    const QString token =
        reply.object().value(QLatin1String("status")).toObject().value(QLatin1String("token")).toString();
    if (!reply.ok() || token.isEmpty()) {
        result.error = QStringLiteral("no token for the service account %1 in %2: %3")
                           .arg(target->serviceAccount, target->namespaceName, reply.message());
        return result;
    }
    QByteArray cluster = "    server: " + config->server.toString().toUtf8() + '\n';
    if (!config->certificateAuthority.isEmpty())
        cluster += "    certificate-authority-data: " + config->certificateAuthority.toBase64() + '\n';
    if (config->insecureSkipTlsVerify)
        cluster += "    insecure-skip-tls-verify: true\n";
    result.token = token;
    result.text = "apiVersion: v1\nkind: Config\ncurrent-context: adp\n"
                  "clusters:\n- name: adp\n  cluster:\n" +
                  cluster +
                  "contexts:\n- name: adp\n  context:\n    cluster: adp\n    user: " + target->serviceAccount.toUtf8() +
                  "\n    namespace: " + target->namespaceName.toUtf8() +
                  "\n"
                  "users:\n- name: " +
                  target->serviceAccount.toUtf8() + "\n  user:\n    token: " + token.toUtf8() + '\n';
    return result;
}

} // namespace adp::server::kubernetes
