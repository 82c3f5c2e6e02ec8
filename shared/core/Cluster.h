#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace adp::shared {

// A Kubernetes cluster a project (or every project of an organisation) deploys to: the API server, namespace and
// identity from a kubeconfig the server keeps sealed. What the API shows of it never includes a credential.
struct Cluster
{
    qint64 id = 0;
    QString name;
    QString server;        // the API server's URL
    QString namespaceName; // where deployments go unless a target says otherwise
    QString context;       // the kubeconfig context it was made from
    QString credential;    // "token" or "client_certificate"
    bool insecureSkipTlsVerify = false;
    bool customCertificateAuthority = false; // a CA bundle came with it (else the system's)
    // "project", or "organisation": every project of the organisation may use it, only the
    // organisation's admins change it.
    QString scope = QStringLiteral("project");
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;

    // The last connection test's outcome, kept so lists can say whether a cluster works.
    struct LastCheck
    {
        QDateTime checkedAt;
        bool connected = false;
        QString version;
        QString message;
    };
    std::optional<LastCheck> lastCheck;

    QJsonObject toJson() const;
    static std::optional<Cluster> fromJson(const QJsonObject &object);
};

struct ClusterFields
{
    std::optional<QString> name;
    std::optional<QString> kubeconfig; // the YAML text
    std::optional<QString> context;    // default: the kubeconfig's current-context

    static constexpr int kNameMax = 63;

    static ClusterFields fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
};

} // namespace adp::shared
