#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace adp::shared {

// An invitation to join an organisation, as its admins see it: never the
// secret code, which the server shows once, at creation.
struct Invitation
{
    static constexpr int kValidDays = 7;

    qint64 id = 0;
    QString organisation; // slug
    QString email;
    QString role; // member, admin or owner
    QString invitedBy;
    QDateTime createdAt;
    QDateTime expiresAt;

    QJsonObject toJson() const;
    static std::optional<Invitation> fromJson(const QJsonObject &object);
};

// POST /organisations/{o}/invitations: {"email", "role"}. fromJson checks
// types only; validate() the values, once the caller may invite at all.
struct InvitationRequest
{
    std::optional<QString> email;
    std::optional<QString> role; // default member

    static InvitationRequest fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
    FieldErrors validate() const;
    static bool looksLikeEmail(const QString &text);
};

// POST /invitations/accept: {"code"}.
struct InvitationAcceptance
{
    std::optional<QString> code;

    static InvitationAcceptance fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const { return code ? QJsonObject{{QStringLiteral("code"), *code}} : QJsonObject(); }
};

} // namespace adp::shared
