#include "ProviderRequest.h"

#include "JsonFields.h"

namespace adp::shared {

ProviderRequest ProviderRequest::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    ProviderRequest request;
    request.name = reader.string(QStringLiteral("name")).value_or(QString());
    request.type = reader.string(QStringLiteral("type")).value_or(QString());
    request.clientId = reader.string(QStringLiteral("client_id")).value_or(QString());
    request.clientSecret = reader.string(QStringLiteral("client_secret")).value_or(QString());
    request.issuer = reader.string(QStringLiteral("issuer")).value_or(QString());
    request.linkByEmail = reader.boolean(QStringLiteral("link_by_email")).value_or(false);
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    return request;
}

QJsonObject ProviderRequest::toJson() const
{
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("client_id"), clientId},
                       {QStringLiteral("client_secret"), clientSecret},
                       {QStringLiteral("link_by_email"), linkByEmail}};
    if (!issuer.isEmpty())
        object.insert(QStringLiteral("issuer"), issuer);
    return object;
}

} // namespace adp::shared
