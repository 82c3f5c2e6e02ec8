#pragma once

#include "KubeController.h"
#include "KubeStore.h"

#include <QByteArray>
#include <QMutex>
#include <QStringList>
#include <QThread>
#include <QUrl>
#include <functional>
#include <memory>

namespace adp::test::kube {

class ApiWorker;

// What an identity may do, as an RBAC Role's rule: "*" matches anything; no namespaces means
// every namespace (a ClusterRole bound cluster-wide).
struct AccessRule
{
    QStringList verbs;
    QStringList apiGroups;
    QStringList resources; // "pods", "pods/log", "*"
    QStringList namespaces;
};

// A Kubernetes API server for tests, on a free loopback port in its own thread: discovery,
// /version, GET/LIST with selectors, WATCH streams (bookmarks, 410 Gone after compaction),
// create/update, server-side apply with managedFields and conflicts, merge and JSON patches,
// DELETE with propagation, pods/log with follow, SelfSubjectAccessReview and
// SelfSubjectRulesReview, Status errors, bearer tokens and client certificates under RBAC-like
// rules, and (once started) the controllers that roll Deployments out. Plain HTTP, or TLS with
// the given certificate (client certificates then optional).
class FakeKubeApi
{
public:
    struct Tls
    {
        QByteArray certificate;
        QByteArray key;
        QByteArray clientCa; // client certificates signed by it authenticate as their CN
    };
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QByteArray contentType;
        QString user; // "" when anonymous
    };

    explicit FakeKubeApi(std::optional<Tls> tls = std::nullopt);
    ~FakeKubeApi();
    bool ok() const { return m_port != 0; }
    QUrl url() const;

    void addToken(const QString &token, const QString &user, const QList<AccessRule> &rules);
    void addNamespace(const QString &name);
    // A kubeconfig for this API: trusting `caCertificate`, as the bearer `token`, its one context
    // `context` in `namespaceName`.
    QString kubeconfig(const QByteArray &caCertificate, const QString &token, const QString &namespaceName,
                       const QString &context = QStringLiteral("prod")) const;
    void addUser(const QString &user, const QList<AccessRule> &rules); // a client certificate's CN
    // A ServiceAccount whose TokenRequests (serviceaccounts/token) give tokens with these rules,
    // valid until their expirationSeconds pass.
    void addServiceAccount(const QString &ns, const QString &name, const QList<AccessRule> &rules);
    // Runs `work` on the API's thread with its objects, as a controller would.
    void withStore(const std::function<void(KubeStore &)> &work);
    // Appends to a container's log; followers get it at once. `finished` ends their streams.
    void appendLog(const QString &ns, const QString &pod, const QString &container, const QByteArray &text,
                   bool finished = false);
    // The controllers and kubelet run every `intervalMs` from now on (Deployments roll out).
    void startControllers(int intervalMs = 50);
    void setPodFate(const QString &image, PodFate fate);
    // Bare pods (job pods) run for real on this machine (see PodProcesses) from now on; false when
    // this machine cannot (why says so).
    bool runPodProcesses(QString *why);
    void setImageCommand(const QString &image, const QStringList &command);
    void evictPod(const QString &ns, const QString &name, const QString &message);
    int podProcessCount() const;
    void loseNode();
    void dropWatches(); // every open watch connection closed mid-stream
    void compact();     // the change log forgotten: watches from before get 410 Gone
    int openWatches() const;
    QList<Request> requests() const;

    static AccessRule everything(const QStringList &namespaces = {});

private:
    std::unique_ptr<QThread> m_thread;
    ApiWorker *m_worker = nullptr;
    quint16 m_port = 0;
    bool m_tls = false;
};

} // namespace adp::test::kube
