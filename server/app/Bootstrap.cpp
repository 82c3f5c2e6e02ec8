#include "Bootstrap.h"

#include <QFile>

#include "auth/AuthService.h"
#include "auth/OAuthProviderService.h"
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

bool Bootstrap::addConfiguredProviders(QString *error)
{
    for (const ServerConfig::ConfiguredProvider &configured : m_app.config().providers) {
        if (m_app.providers().find(configured.name)) {
            spdlog::info("sign-in provider '{}' from the config file already exists; change it with adp-server providers",
                         configured.name.toStdString());
            continue;
        }
        QFile secretFile(configured.clientSecretFile);
        if (!secretFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("providers: cannot read the client secret of '%1' from %2")
                         .arg(configured.name, configured.clientSecretFile);
            return false;
        }
        const QString secret = QString::fromUtf8(secretFile.readAll()).trimmed();
        const auto added = m_app.providers().add(MutationContext::system(QStringLiteral("config file"), QStringLiteral("config")),
                                                 {configured.name, configured.type, configured.clientId, secret,
                                                  configured.issuer, configured.linkByEmail});
        if (!added.ok()) {
            QStringList problems;
            for (const auto &field : added.error().fields)
                problems.append(field.field + QStringLiteral(" ") + field.message);
            *error = QStringLiteral("providers: '%1': %2").arg(configured.name, problems.isEmpty() ? added.error().message
                                                                                                    : problems.join(QStringLiteral("; ")));
            return false;
        }
        spdlog::info("added sign-in provider '{}' from the config file", configured.name.toStdString());
    }
    return true;
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
