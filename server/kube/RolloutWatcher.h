#pragma once

#include "KubeDiscovery.h"
#include "ManifestApplier.h"
#include "ResourceHealth.h"

#include <functional>

namespace adp::server::kube {

struct ObjectHealth
{
    AppliedObject object;
    ResourceHealth health;
    bool operator==(const ObjectHealth &other) const = default;
};

// Follows what a deployment applied until every object is Healthy (or Suspended), one turns
// Degraded (a Deployment past its progress deadline, or a pod of it failing - image pull,
// crash loop - for longer than a grace period), or time runs out. Reads each object every
// `pollMs`; every change of health is logged and reported (the desktop shows it live). An API
// server that stops answering for `lostAfterMs` ends the rollout as lost, not as a success.
class RolloutWatcher
{
public:
    struct Options
    {
        qint64 timeoutMs = 10 * 60 * 1000;
        qint64 pollMs = 500;
        qint64 podFailureGraceMs = 30 * 1000;
        qint64 lostAfterMs = 30 * 1000;
    };
    struct Outcome
    {
        bool healthy = false;
        QString reason; // why not, in words: the object and its health's message
        QList<ObjectHealth> health;
    };
    using Log = std::function<void(const QString &line)>;
    using Report = std::function<void(const QList<ObjectHealth> &health)>;
    using Stopped = std::function<bool()>; // cancelled: stop watching now

    RolloutWatcher(KubeApiClient &client, KubeDiscovery &discovery, Options options, Log log);

    Outcome watch(const QList<AppliedObject> &objects, const Report &report, const Stopped &stopped);
    // The health of each object now, pods of a Deployment included, without waiting.
    QList<ObjectHealth> assess(const QList<AppliedObject> &objects, bool &answered);

private:
    ResourceHealth assessOne(const AppliedObject &object, bool &answered);
    ResourceHealth failingPod(const QJsonObject &deployment, const QString &ns, bool &answered);
    QString newestTemplateHash(const QJsonObject &deployment, const QString &ns, bool &answered);

    KubeApiClient &m_client;
    KubeDiscovery &m_discovery;
    Options m_options;
    Log m_log;
    QHash<QString, qint64> m_failingSince; // a pod's name -> when it was first seen failing
    qint64 m_now = 0;
};

} // namespace adp::server::kube
