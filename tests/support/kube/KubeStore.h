#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>
#include <functional>

namespace adp::test::kube {

// A kind the fake serves: where it lives in the API and what may be done with it.
struct ResourceType
{
    QString group; // "" for the core group
    QString version;
    QString resource; // plural, as in URLs
    QString kind;
    bool namespaced = true;
    QStringList verbs;
    QStringList shortNames;
    QStringList subresources; // "status", "log", "scale"

    QString apiVersion() const { return group.isEmpty() ? version : group + u'/' + version; }
    QString groupResource() const { return group.isEmpty() ? resource : resource + u'.' + group; }
};

// The API's objects with what a real API server keeps for them: uid, resourceVersion (one counter
// for all), generation, managedFields, and the change log a watch reads. Every answer is the
// status code and body the API would send: the object, a list, or a Status.
class KubeStore
{
public:
    struct Answer
    {
        int status = 200;
        QJsonObject body;
    };
    struct Event
    {
        qint64 resourceVersion = 0;
        QString type; // ADDED, MODIFIED, DELETED
        QString groupResource;
        QString namespaceName;
        QJsonObject object;
    };
    struct Selectors
    {
        QString labels; // "app=web,tier!=db,track"
        QString fields; // "metadata.name=web"
    };

    KubeStore();

    const QList<ResourceType> &types() const { return m_types; }
    // The API stops serving a kind, as a cluster without metrics-server serves no pods.metrics.k8s.io.
    void removeType(const QString &groupResource);
    const ResourceType *type(const QString &group, const QString &version, const QString &resource) const;
    const ResourceType *typeOfKind(const QString &apiVersion, const QString &kind) const;

    Answer get(const ResourceType &type, const QString &ns, const QString &name) const;
    Answer list(const ResourceType &type, const QString &ns, const Selectors &selectors) const;
    Answer create(const ResourceType &type, const QString &ns, QJsonObject object, const QString &manager);
    Answer replace(const ResourceType &type, const QString &ns, const QString &name, QJsonObject object,
                   const QString &manager);
    // Server-side apply: `manager` owns what `applied` sets; what it set before and no longer does
    // is removed; a field another manager owns with another value is a conflict unless `force`.
    Answer apply(const ResourceType &type, const QString &ns, const QString &name, const QJsonObject &applied,
                 const QString &manager, bool force);
    Answer mergePatch(const ResourceType &type, const QString &ns, const QString &name, const QJsonObject &patch,
                      const QString &manager);
    Answer jsonPatch(const ResourceType &type, const QString &ns, const QString &name, const QJsonArray &operations,
                     const QString &manager);
    // Dependents (ownerReferences) go too, unless the policy is Orphan.
    Answer remove(const ResourceType &type, const QString &ns, const QString &name, const QString &propagation);

    // For the controllers and the tests: an object as it is, and a write the API's own parts do.
    std::optional<QJsonObject> object(const QString &groupResource, const QString &ns, const QString &name) const;
    QList<QJsonObject> objects(const QString &groupResource, const QString &ns = {}) const;
    void writeStatus(const QString &groupResource, const QString &ns, const QString &name, const QJsonObject &status);
    void writeObject(const ResourceType &type, QJsonObject object); // creates or replaces, no manager

    qint64 resourceVersion() const { return m_resourceVersion; }
    qint64 oldestWatchable() const { return m_oldestWatchable; }
    QList<Event> eventsAfter(qint64 resourceVersion) const;
    // Forgets the change log, as etcd compaction does: older watches get 410 Gone.
    void compact();
    void setOnEvent(std::function<void(const Event &)> onEvent) { m_onEvent = std::move(onEvent); }

    static bool matches(const QJsonObject &object, const Selectors &selectors);
    static QJsonObject status(int code, const QString &reason, const QString &message, const QJsonObject &details = {});

private:
    QString keyOf(const QString &groupResource, const QString &ns, const QString &name) const;
    Answer notFound(const ResourceType &type, const QString &name) const;
    std::optional<Answer> missingNamespace(const ResourceType &type, const QString &ns) const;
    Answer validated(const ResourceType &type, const QJsonObject &object) const;
    // Validates and keeps `object` with its server fields (uid, generation, resourceVersion); a
    // write that changes nothing keeps the resourceVersion, as the API does.
    Answer store(const ResourceType &type, const QString &ns, QJsonObject object, const QJsonObject *before);
    void record(const QString &type, const ResourceType &resource, const QJsonObject &object);
    void removeDependents(const QString &uid);

    QList<ResourceType> m_types;
    QMap<QString, QJsonObject> m_objects; // by "group-resource/namespace/name"
    QList<Event> m_events;
    qint64 m_resourceVersion = 1;
    qint64 m_oldestWatchable = 1;
    std::function<void(const Event &)> m_onEvent;
};

} // namespace adp::test::kube
