#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace adp::server::kube {

// What ADP needs from a kubeconfig to reach one cluster as one identity: the chosen context's
// API server, namespace, CA bundle and credentials. Only what a server may use unattended is
// accepted: a bearer token or a client certificate and key, all inline. File paths are refused
// (the server does not read the operator's files on a user's say), and so are exec plugins and
// auth providers (the server runs no commands a kubeconfig names).
struct KubeConfig
{
    static constexpr qsizetype kMaxBytes = 256 * 1024;

    QString context;
    QUrl server;
    QString namespaceName = QStringLiteral("default");
    QByteArray certificateAuthority; // PEM; empty: the system's trust store
    bool insecureSkipTlsVerify = false;
    QString token;                // bearer token; empty with a client certificate
    QByteArray clientCertificate; // PEM
    QByteArray clientKey;         // PEM

    enum class Credential { Token, ClientCertificate };
    Credential credential() const { return token.isEmpty() ? Credential::ClientCertificate : Credential::Token; }

    // The `context` given, else the file's current-context. Problems are listed with their line and
    // column ("7:5: users[0].user: exec plugins are not run by the server ..."); nullopt with any.
    static std::optional<KubeConfig> parse(const QByteArray &text, const QString &context, QStringList &errors);

    // Where a pod's service account is mounted, as every Kubernetes mounts it.
    static constexpr const char *kServiceAccountDir = "/var/run/secrets/kubernetes.io/serviceaccount";
    // The identity of the pod this server runs in (client-go's InClusterConfig): the API server at
    // KUBERNETES_SERVICE_HOST and _PORT, the account's token, CA and namespace from `accountDir`.
    // Read again on each call: the kubelet rotates the token. nullopt with `error` when not in a pod.
    static std::optional<KubeConfig> inCluster(const QString &accountDir, const QString &host, const QString &port,
                                               QString &error);
};

} // namespace adp::server::kube
