#pragma once

#include "KubeDiscovery.h"
#include "Manifests.h"

#include <functional>

namespace adp::server::kube {

// One object ADP applied: what a later revision compares with to prune, and what is watched.
struct AppliedObject
{
    QString apiVersion;
    QString kind;
    QString namespaceName; // empty for cluster-scoped kinds
    QString name;

    QString describe() const; // "deployment.apps/web", as kubectl names it
    QJsonObject toJson() const;
    static AppliedObject fromJson(const QJsonObject &object);
    bool operator==(const AppliedObject &other) const = default;
};

// Applies manifests with server-side apply as one field manager, in the order that lets each
// object find what it needs (namespaces, then RBAC and configuration, then services, then
// workloads), and prunes what an earlier revision applied and this one does not. Each step is
// written to the log as kubectl would say it; a refusal names the object and gives the API's words.
class ManifestApplier
{
public:
    using Log = std::function<void(const QString &line)>;
    struct Result
    {
        QList<AppliedObject> applied; // what the cluster now has from this revision, even after a failure
        QStringList problems;         // one per object refused: "deployment.apps/web: conflict with ..."
        bool ok() const { return problems.isEmpty(); }
    };

    ManifestApplier(KubeApiClient &client, KubeDiscovery &discovery, QString fieldManager, Log log);

    // Objects without a namespace go to `ns` (a cluster-scoped kind keeps none); an object naming
    // another namespace is refused. `force` takes fields other managers own.
    Result apply(QList<Manifest> manifests, const QString &ns, bool force);
    // Deletes each object of `previous` missing from `current` whose live copy still carries
    // `label`=`value` (what ADP put there); anything else is left alone and said so.
    QStringList prune(const QList<AppliedObject> &previous, const QList<AppliedObject> &current, const QString &label,
                      const QString &value);

    static int applyOrder(const QString &kind);

private:
    KubeApiClient &m_client;
    KubeDiscovery &m_discovery;
    QString m_fieldManager;
    Log m_log;
};

} // namespace adp::server::kube
