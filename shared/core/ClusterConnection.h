#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace adp::shared {

// What testing a cluster's connection found: whether its API server answered and took the
// credentials, its version, and what the credentials may do in the cluster's namespace, both
// the verbs ADP needs (each asked with a SelfSubjectAccessReview) and every rule the API lists
// (SelfSubjectRulesReview).
struct ClusterConnection
{
    // Why a connection did not work; what the desktop and CLI explain.
    static constexpr const char *kUnreachable = "unreachable";
    static constexpr const char *kCertificate = "certificate";
    static constexpr const char *kTimeout = "timeout";
    static constexpr const char *kUnauthorized = "unauthorized";
    static constexpr const char *kUnexpected = "unexpected";

    struct Permission
    {
        QString purpose; // "deploy" or "jobs"
        QString verb;
        QString group; // "" for the core group
        QString resource;
        QString subresource;
        bool allowed = false;
        QString reason; // the authoriser's words, when it gave any

        QString describe() const; // "patch deployments.apps", "get pods/log"
    };
    struct Rule
    {
        QStringList verbs;
        QStringList apiGroups;
        QStringList resources;
        QStringList resourceNames;
    };

    bool connected = false; // answered and accepted the credentials
    QString problem;        // one of the k* above when not connected
    QString message;        // the network's or the API's words
    QString version;        // the API server's gitVersion, e.g. v1.28.4+k3s1
    QString platform;
    QString namespaceName;
    QList<Permission> permissions;
    QList<Rule> rules;
    bool rulesIncomplete = false; // the API said other authorisers may allow more
    QDateTime checkedAt;

    bool allows(const QString &purpose) const; // every permission of that purpose granted
    QJsonObject toJson() const;
    static std::optional<ClusterConnection> fromJson(const QJsonObject &object);
};

} // namespace adp::shared
