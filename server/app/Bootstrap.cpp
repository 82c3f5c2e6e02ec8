#include "Bootstrap.h"

#include "auth/AuthService.h"
#include "auth/OAuthProviderService.h"
#include "auth/UserRepository.h"
#include "crypto/PasswordHasher.h"
#include "pipelines/PipelineService.h"
#include "projects/ProjectService.h"
#include "storage/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <spdlog/spdlog.h>

// Outside any namespace, as Qt requires; the demo files are in adp_server_core.
static void initDemoResources()
{
    Q_INIT_RESOURCE(demo);
}

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
    const QString password = crypto::Secrets::randomToken(15);
    const auto created = m_app.auth().createUser(QStringLiteral("admin"), password, true, systemContext());
    if (!created.ok())
        return std::nullopt; // another replica won the race
    spdlog::info("created the first administrator 'admin'");
    return password;
}

QString Bootstrap::makeDemoRepository(QString *error)
{
    const QString path = QDir(m_app.config().dataDir).filePath(QStringLiteral("demo-repository"));
    QDir(path).removeRecursively(); // a half-made one from an interrupted start
    const auto git = [&path](const QStringList &arguments) {
        QProcess process;
        process.setWorkingDirectory(path);
        process.start(QStringLiteral("git"),
                      QStringList{QStringLiteral("-c"), QStringLiteral("user.name=ADP"), QStringLiteral("-c"),
                                  QStringLiteral("user.email=adp@localhost")} +
                          arguments);
        return process.waitForFinished(60000) && process.exitCode() == 0;
    };
    QDirIterator files(QStringLiteral(":/demo"), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString resource = files.next();
        const QString target = path + resource.mid(QStringLiteral(":/demo").size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(resource, target);
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                          QFileDevice::ReadOther);
    }
    if (!git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}) ||
        !git({QStringLiteral("add"), QStringLiteral(".")}) ||
        !git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
              QStringLiteral("The demo project")})) {
        *error = QStringLiteral("git could not make the demo repository in %1").arg(path);
        return {};
    }
    return path;
}

void Bootstrap::seedDemoProject()
{
    if (m_app.projects().get(systemContext(), QStringLiteral("demo")).ok())
        return;
    initDemoResources();
    QString error;
    const QString repository = makeDemoRepository(&error);
    if (repository.isEmpty())
        spdlog::warn("demo project without a repository: {}", error.toStdString());
    shared::ProjectFields fields;
    fields.name = QStringLiteral("Demo");
    fields.slug = QStringLiteral("demo");
    fields.description = QStringLiteral("A project to look around with. Edit or delete it at will.");
    fields.repositoryUrl = repository;
    fields.defaultBranch = QStringLiteral("main");
    fields.visibility = shared::Visibility::Private;
    if (!m_app.projects().create(systemContext(), fields).ok() || repository.isEmpty())
        return;
    shared::PipelineRunRequest request;
    request.ref = QStringLiteral("main");
    const auto pipeline =
        m_app.pipelines().run(systemContext(), QStringLiteral("demo"), request, QStringLiteral("web"));
    if (pipeline.ok())
        spdlog::info("demo project created with its first pipeline ({})", pipeline.value().id);
    else
        spdlog::warn("the demo pipeline could not be made: {}", pipeline.error().message.toStdString());
}

bool Bootstrap::addConfiguredProviders(QString *error)
{
    for (const ServerConfig::ConfiguredProvider &configured : m_app.config().providers) {
        if (m_app.providers().find(configured.name)) {
            spdlog::info(
                "sign-in provider '{}' from the config file already exists; change it with adp-server providers",
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
        const auto added = m_app.providers().add(
            MutationContext::system(QStringLiteral("config file"), QStringLiteral("config")),
            {configured.name, configured.type, configured.clientId, secret, configured.issuer, configured.linkByEmail});
        if (!added.ok()) {
            const auto &fields = added.error().fields;
            *error =
                QStringLiteral("providers: '%1': %2")
                    .arg(configured.name, fields.isEmpty() ? added.error().message : shared::fieldErrorsText(fields));
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
    const auto rows = m_app.database().query(
        QStringLiteral("SELECT username FROM users WHERE is_admin = ? ORDER BY id LIMIT 1"), {true});
    if (rows.isEmpty())
        return false;
    const auto user = m_app.users().findByUsername(rows.value(0, 0).toString());
    if (!user)
        return false;
    m_app.auth().createSessionWithToken(
        *user, token, {QStringLiteral("bootstrap"), QStringLiteral("local"), QStringLiteral("adp-desktop")});
    return true;
}

} // namespace adp::server
