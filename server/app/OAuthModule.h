#pragma once

#include "AuthModule.h"
#include "auth/oauth/OAuthController.h"
#include "auth/oauth/OAuthLoginService.h"
#include "auth/oauth/OAuthLoginStore.h"
#include "auth/oauth/ProviderClient.h"

namespace adp::server {

// Signing in through providers (GitHub, GitLab, OpenID Connect) and its routes.
struct OAuthModule
{
    using VerifiedEmail = std::function<void(const MutationContext &, const QString &email)>;
    OAuthModule(const Plumbing &plumbing, AuthModule &auth, VerifiedEmail onVerifiedEmail);
    void registerRoutes(http::Router &router);

    oauth::ProviderClient client;
    oauth::OAuthLoginStore store;
    oauth::OAuthLoginService logins;
    oauth::OAuthController controller;
};

} // namespace adp::server
