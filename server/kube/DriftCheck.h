#pragma once

#include "KubeDiscovery.h"
#include "ManifestApplier.h"

namespace adp::server::kube {

// Whether the live objects are still what ADP applied: an object that is gone, or fields of it
// another manager changed since (server-side apply moves a field's ownership to whoever writes it
// by update: kubectl edit, scale, patch). Controllers' writes to status are not drift.
class DriftCheck
{
public:
    struct Field
    {
        QString path;    // ".spec.replicas"
        QString manager; // "kubectl-edit"
    };
    struct Object
    {
        AppliedObject object;
        bool missing = false;
        QList<Field> fields;
        QString error; // the object could not be read
        bool drifted() const { return missing || !fields.isEmpty(); }
    };

    DriftCheck(KubeApiClient &client, KubeDiscovery &discovery, QString fieldManager)
        : m_client(client)
        , m_discovery(discovery)
        , m_fieldManager(std::move(fieldManager))
    {
    }
    QList<Object> check(const QList<AppliedObject> &applied);

    // The fields a FieldsV1 tree names, as paths: ".spec.replicas",
    // ".spec.template.spec.containers[name=\"web\"].image".
    static QStringList pathsOf(const QJsonObject &fieldsV1);

private:
    KubeApiClient &m_client;
    KubeDiscovery &m_discovery;
    QString m_fieldManager;
};

} // namespace adp::server::kube
