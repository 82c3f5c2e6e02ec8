#pragma once

#include "KubeApiClient.h"

#include <QHash>
#include <optional>

namespace adp::server::kube {

// Where a kind lives in one cluster's API (its plural and whether it is namespaced), asked of the
// API's discovery documents once per group-version and kept for the client's life.
class KubeDiscovery
{
public:
    struct Resource
    {
        QString group;
        QString version;
        QString plural;
        QString kind;
        bool namespaced = true;

        QString apiVersion() const { return group.isEmpty() ? version : group + u'/' + version; }
        QString describe() const { return group.isEmpty() ? plural : plural + u'.' + group; } // "deployments.apps"
        // The collection's path, or the item's when `name` is given.
        QString path(const QString &ns, const QString &name = {}) const;
    };

    explicit KubeDiscovery(KubeApiClient &client)
        : m_client(client)
    {
    }

    // nullopt with `error` set when the API serves no such kind (or could not be asked).
    std::optional<Resource> find(const QString &apiVersion, const QString &kind, QString &error);

private:
    KubeApiClient &m_client;
    QHash<QString, QList<Resource>> m_byGroupVersion;
};

} // namespace adp::server::kube
