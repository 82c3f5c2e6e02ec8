#pragma once

#include "FieldError.h"

#include <QJsonObject>

namespace adp::shared {

// A sign-in provider as an administrator adds it. The secret travels once,
// to the server, which seals it; it is never sent back.
struct ProviderRequest
{
    QString name;
    QString type; // github | gitlab | oidc
    QString clientId;
    QString clientSecret;
    QString issuer; // OIDC (discovery) or a self-hosted GitLab
    bool linkByEmail = false;

    static ProviderRequest fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
};

} // namespace adp::shared
