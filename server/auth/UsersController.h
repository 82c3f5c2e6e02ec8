#pragma once

#include "UserRepository.h"
#include "http/Router.h"

namespace adp::server::auth {

// GET /api/v1/users?search=&limit=: find someone to add to a team or project.
// Only ids and usernames: nothing about an account that is not already public.
class UsersController
{
public:
    explicit UsersController(UserRepository &users)
        : m_users(users)
    {
    }
    void registerRoutes(http::Router &router);

private:
    UserRepository &m_users;
};

} // namespace adp::server::auth
