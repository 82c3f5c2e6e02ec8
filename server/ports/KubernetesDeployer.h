#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace adp::server::ports {

// A deploy job whose script succeeded, as runner/ knows it.
struct KubernetesDeploy
{
    qint64 projectId = 0;
    qint64 jobId = 0;
    int attempt = 1;
    QString environment;               // its name
    QString sha;                       // the commit the job checked out
    QString workspace;                 // the checkout, with what the script made in it
    QHash<QString, QString> variables; // the job's: CI_* and the project's, for ${NAME} in manifests
    QStringList maskedValues;          // masked variables' values: never in what is stored or shown
};

struct KubernetesDeployOutcome
{
    bool ok = false;
    QString reason; // why not, in words: the object and what the API or the rollout said
};

// The last step of a deploy job whose environment deploys to Kubernetes: implemented by
// kubernetes/, called by runner/ in the job's own thread; its log lines go to the job's log.
class KubernetesDeployer
{
public:
    using Log = std::function<void(const QString &line)>;
    using KeepGoing = std::function<bool()>; // false: the job was canceled
    virtual ~KubernetesDeployer() = default;
    // nullopt when the environment has no Kubernetes target (the job ends as its script did).
    virtual std::optional<KubernetesDeployOutcome> deploy(const KubernetesDeploy &deploy, const Log &log,
                                                          const KeepGoing &keepGoing) = 0;

    // Before the script: a KUBECONFIG for the job's own kubectl or helm, holding a token of the
    // target's service account that expires with the job (TokenRequest) and its namespace; never
    // the stored credentials. `wanted` false: the environment has no target naming a service account.
    struct JobKubeconfig
    {
        bool wanted = false;
        QByteArray text;
        QString token; // the secret in it: never in the job's log
        QString error; // wanted but not made: why (the job fails with it)
    };
    virtual JobKubeconfig jobKubeconfig(const KubernetesDeploy &deploy, qint64 lifetimeSeconds) = 0;
};

} // namespace adp::server::ports
