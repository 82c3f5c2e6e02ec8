#pragma once

#include "Plumbing.h"
#include "auth/ApiTokensController.h"
#include "auth/AuthController.h"
#include "auth/AuthService.h"
#include "auth/LoginThrottle.h"
#include "auth/OAuthProviderService.h"
#include "auth/ProvidersController.h"
#include "auth/UserRepository.h"

namespace adp::server {

// Accounts and signing in: users, sessions (on the store the server chose), the sign-in throttle,
// API tokens, sign-in providers as the administrator sets them up, and their routes.
struct AuthModule
{
    AuthModule(const Plumbing &plumbing, auth::SessionStore &sessions);
    void registerRoutes(http::Router &router);

    auth::UserRepository users;
    auth::LoginThrottle throttle;
    auth::AuthService service;
    auth::ApiTokenRepository tokenRepository;
    auth::ApiTokenService tokens;
    auth::OAuthProviderRepository providerRepository;
    auth::OAuthProviderService providers;

    auth::AuthController authController;
    auth::ApiTokensController tokensController;
    auth::ProvidersController providersController;
};

} // namespace adp::server
