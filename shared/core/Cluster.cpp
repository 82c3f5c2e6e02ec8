#include "Cluster.h"

#include "ApiTime.h"
#include "JsonFields.h"

namespace adp::shared {

QJsonObject Cluster::toJson() const
{
    QJsonValue check;
    if (lastCheck)
        check = QJsonObject{{QStringLiteral("checked_at"), toApiTime(lastCheck->checkedAt)},
                            {QStringLiteral("connected"), lastCheck->connected},
                            {QStringLiteral("version"), lastCheck->version},
                            {QStringLiteral("message"), lastCheck->message}};
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("server"), server},
            {QStringLiteral("namespace"), namespaceName},
            {QStringLiteral("context"), context},
            {QStringLiteral("credential"), credential},
            {QStringLiteral("insecure_skip_tls_verify"), insecureSkipTlsVerify},
            {QStringLiteral("custom_certificate_authority"), customCertificateAuthority},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("created_at"), toApiTime(createdAt)},
            {QStringLiteral("updated_at"), toApiTime(updatedAt)},
            {QStringLiteral("last_check"), check}};
}

std::optional<Cluster> Cluster::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble())
        return std::nullopt;
    Cluster cluster;
    cluster.id = object.value(QStringLiteral("id")).toInteger();
    cluster.name = object.value(QStringLiteral("name")).toString();
    cluster.server = object.value(QStringLiteral("server")).toString();
    cluster.namespaceName = object.value(QStringLiteral("namespace")).toString();
    cluster.context = object.value(QStringLiteral("context")).toString();
    cluster.credential = object.value(QStringLiteral("credential")).toString();
    cluster.insecureSkipTlsVerify = object.value(QStringLiteral("insecure_skip_tls_verify")).toBool();
    cluster.customCertificateAuthority = object.value(QStringLiteral("custom_certificate_authority")).toBool();
    cluster.scope = object.value(QStringLiteral("scope")).toString(QStringLiteral("project"));
    cluster.createdBy = object.value(QStringLiteral("created_by")).toString();
    cluster.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    cluster.updatedAt = fromApiTime(object.value(QStringLiteral("updated_at")).toString());
    const QJsonObject check = object.value(QStringLiteral("last_check")).toObject();
    if (!check.isEmpty())
        cluster.lastCheck = LastCheck{fromApiTime(check.value(QStringLiteral("checked_at")).toString()),
                                      check.value(QStringLiteral("connected")).toBool(),
                                      check.value(QStringLiteral("version")).toString(),
                                      check.value(QStringLiteral("message")).toString()};
    return cluster;
}

ClusterFields ClusterFields::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    ClusterFields fields;
    fields.name = reader.string(QStringLiteral("name"));
    fields.kubeconfig = reader.string(QStringLiteral("kubeconfig"));
    fields.context = reader.string(QStringLiteral("context"));
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    return fields;
}

QJsonObject ClusterFields::toJson() const
{
    QJsonObject object;
    if (name)
        object.insert(QStringLiteral("name"), *name);
    if (kubeconfig)
        object.insert(QStringLiteral("kubeconfig"), *kubeconfig);
    if (context)
        object.insert(QStringLiteral("context"), *context);
    return object;
}

} // namespace adp::shared
