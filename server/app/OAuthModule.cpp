#include "OAuthModule.h"

namespace adp::server {

OAuthModule::OAuthModule(const Plumbing &p, AuthModule &auth, VerifiedEmail onVerifiedEmail)
    : store(p.database)
    , logins({auth.providers, client, store, auth.users, auth.service, p.database, p.audit, p.clock, p.publicUrl,
              std::move(onVerifiedEmail)})
    , controller(logins)
{
}

void OAuthModule::registerRoutes(http::Router &router)
{
    controller.registerRoutes(router);
}

} // namespace adp::server
