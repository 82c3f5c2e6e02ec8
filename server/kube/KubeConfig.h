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
};

} // namespace adp::server::kube
