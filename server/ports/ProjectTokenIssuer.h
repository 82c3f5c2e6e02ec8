#pragma once

#include "core/RequestContext.h"
#include "core/ServiceError.h"
#include "shared/core/ApiToken.h"
#include "shared/core/Roles.h"

#include <QJsonObject>

namespace adp::server::ports {

// A token just made, with its secret: the only time the secret is shown.
struct IssuedToken
{
    shared::ApiToken token;
    QString secret;

    QJsonObject toJson() const
    {
        QJsonObject json = token.toJson();
        json.insert(QStringLiteral("token"), secret);
        return json;
    }
};

// The project a token is confined to.
struct TokenProject
{
    qint64 id = 0;
    QString slug;
};

// Issues API tokens confined to one project, for projects/ (which has checked that the actor
// maintains it); implemented by auth/ (ApiTokenService), which keeps every token.
class ProjectTokenIssuer
{
public:
    virtual ~ProjectTokenIssuer() = default;
    virtual Outcome<IssuedToken> createForProject(const MutationContext &context, const TokenProject &project,
                                                  const shared::ApiTokenRequest &request, shared::ProjectRole role) = 0;
    virtual QList<shared::ApiToken> listForProject(const TokenProject &project) = 0;
    virtual Outcome<Unit> revokeInProject(const MutationContext &context, const TokenProject &project, qint64 id) = 0;
};

} // namespace adp::server::ports
