#include "Bootstrap.h"

#include "auth/AuthService.h"
#include "auth/PasswordHasher.h"
#include "auth/UserRepository.h"
#include "projects/ProjectService.h"
#include "storage/Database.h"

#include <spdlog/spdlog.h>

namespace adp::server {

namespace {
MutationContext systemContext()
{
    return MutationContext::system(QStringLiteral("system"), QStringLiteral("bootstrap"));
}
} // namespace

std::optional<QString> Bootstrap::ensureFirstAdmin()
{
    if (m_app.users().count() > 0)
        return std::nullopt;
    const QString password = auth::Secrets::randomToken(15);
    const auto created = m_app.auth().createUser(QStringLiteral("admin"), password, true, systemContext());
    if (!created.ok())
        return std::nullopt; // another replica won the race
    spdlog::info("created the first administrator 'admin'");
    return password;
}

void Bootstrap::seedDemoProject()
{
    if (m_app.projects().get(systemContext(), QStringLiteral("demo")).ok())
        return;
    shared::ProjectFields fields;
    fields.name = QStringLiteral("Demo");
    fields.slug = QStringLiteral("demo");
    fields.description = QStringLiteral("A project to look around with. Edit or delete it at will.");
    fields.defaultBranch = QStringLiteral("main");
    fields.visibility = shared::Visibility::Private;
    m_app.projects().create(systemContext(), fields);
}

bool Bootstrap::grantOwnerSession(const QString &token)
{
    if (token.size() < 32)
        return false;
    const auto rows = m_app.database().query(QStringLiteral("SELECT username FROM users WHERE is_admin = ? ORDER BY id LIMIT 1"),
                                             {true});
    if (rows.isEmpty())
        return false;
    const auto user = m_app.users().findByUsername(rows.value(0, 0).toString());
    if (!user)
        return false;
    m_app.auth().createSessionWithToken(*user, token, {QStringLiteral("bootstrap"), QStringLiteral("local"), QStringLiteral("adp-desktop")});
    return true;
}

} // namespace adp::server
