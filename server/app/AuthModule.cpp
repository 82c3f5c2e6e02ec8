#include "AuthModule.h"

namespace adp::server {

AuthModule::AuthModule(const Plumbing &p, auth::SessionStore &sessions)
    : users(p.database)
    , throttle(p.clock, p.redis)
    , service(p.database, users, sessions, p.audit, p.clock, p.config.sessionTtlSeconds * 1000,
              p.config.sessionMaxSeconds * 1000, throttle)
    , tokenRepository(p.database)
    , tokens(p.database, tokenRepository, p.audit, p.clock)
    , providerRepository(p.database)
    , providers(p.database, providerRepository, p.secrets, p.audit, p.clock)
    , authController(service)
    , tokensController(tokens)
    , providersController(providers)
{
}

void AuthModule::registerRoutes(http::Router &router)
{
    authController.registerRoutes(router);
    providersController.registerRoutes(router);
    tokensController.registerRoutes(router);
}

} // namespace adp::server
