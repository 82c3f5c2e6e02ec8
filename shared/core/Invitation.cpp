#include "Invitation.h"

#include "ApiTime.h"
#include "JsonFields.h"
#include "Roles.h"

#include <QRegularExpression>

namespace adp::shared {

QJsonObject Invitation::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("organisation"), organisation},
            {QStringLiteral("email"), email},
            {QStringLiteral("role"), role},
            {QStringLiteral("invited_by"), invitedBy},
            {QStringLiteral("created_at"), toApiTime(createdAt)},
            {QStringLiteral("expires_at"), toApiTime(expiresAt)}};
}

std::optional<Invitation> Invitation::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble())
        return std::nullopt;
    Invitation invitation;
    invitation.id = object.value(QStringLiteral("id")).toInteger();
    invitation.organisation = object.value(QStringLiteral("organisation")).toString();
    invitation.email = object.value(QStringLiteral("email")).toString();
    invitation.role = object.value(QStringLiteral("role")).toString();
    invitation.invitedBy = object.value(QStringLiteral("invited_by")).toString();
    invitation.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    invitation.expiresAt = fromApiTime(object.value(QStringLiteral("expires_at")).toString());
    return invitation;
}

InvitationRequest InvitationRequest::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    InvitationRequest request{reader.string(QStringLiteral("email")), reader.string(QStringLiteral("role"))};
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    return request;
}

QJsonObject InvitationRequest::toJson() const
{
    QJsonObject object;
    if (email)
        object.insert(QStringLiteral("email"), *email);
    if (role)
        object.insert(QStringLiteral("role"), *role);
    return object;
}

bool InvitationRequest::looksLikeEmail(const QString &text)
{
    // What a mail system needs to deliver it, no more: local@domain, no spaces.
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return text.size() <= 254 && shape.match(text).hasMatch();
}

FieldErrors InvitationRequest::validate() const
{
    FieldErrors errors;
    const QString address = email.value_or(QString()).trimmed();
    if (address.isEmpty())
        errors.append(
            {QStringLiteral("email"), QString::fromLatin1(fieldcodes::Required), QStringLiteral("is required")});
    else if (!looksLikeEmail(address))
        errors.append({QStringLiteral("email"), QString::fromLatin1(fieldcodes::InvalidValue),
                       QStringLiteral("is not an email address")});
    if (role && (!organisationRoleFromString(*role) || *role == u"none"))
        errors.append({QStringLiteral("role"), QString::fromLatin1(fieldcodes::InvalidValue),
                       QStringLiteral("must be one of %1").arg(organisationRoleNames().join(QStringLiteral(", ")))});
    return errors;
}

InvitationAcceptance InvitationAcceptance::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    InvitationAcceptance acceptance{reader.string(QStringLiteral("code"))};
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    if (!acceptance.code || acceptance.code->trimmed().isEmpty())
        errors.append(
            {QStringLiteral("code"), QString::fromLatin1(fieldcodes::Required), QStringLiteral("is required")});
    return acceptance;
}

} // namespace adp::shared
