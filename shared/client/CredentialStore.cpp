#include "CredentialStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace adp::shared {

namespace {
const QString kService = QStringLiteral("adp");
constexpr int kKeychainTimeoutMs = 5000;

// QtKeychain jobs are asynchronous; the CLI and the login path need an answer now.
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&]() {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    return finished && job.error() == QKeychain::NoError;
}
} // namespace

CredentialStore::CredentialStore(QString directory)
    : m_directory(std::move(directory))
{
    if (m_directory.isEmpty()) {
        m_directory = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/adp");
    }
}

QString CredentialStore::filePath() const
{
    return m_directory + QStringLiteral("/session.json");
}

bool CredentialStore::keychainDisabled() const
{
    // ADP_CREDENTIAL_STORE=file skips the keychain, for machines without a session bus.
    return qEnvironmentVariable("ADP_CREDENTIAL_STORE") == u"file";
}

bool CredentialStore::keychainWrite(const QString &key, const QString &secret, QString *error)
{
    if (keychainDisabled())
        return false;
    QKeychain::WritePasswordJob job(kService);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setTextData(secret);
    if (runJob(job))
        return true;
    if (error)
        *error = job.errorString();
    return false;
}

std::optional<QString> CredentialStore::keychainRead(const QString &key)
{
    if (keychainDisabled())
        return std::nullopt;
    QKeychain::ReadPasswordJob job(kService);
    job.setInsecureFallback(false);
    job.setKey(key);
    if (!runJob(job))
        return std::nullopt;
    return job.textData();
}

void CredentialStore::keychainDelete(const QString &key)
{
    if (keychainDisabled())
        return;
    QKeychain::DeletePasswordJob job(kService);
    job.setInsecureFallback(false);
    job.setKey(key);
    runJob(job);
}

bool CredentialStore::save(const Credentials &credentials, QString *error)
{
    const QString key = credentials.server.toString() + u'|' + credentials.username;
    QJsonObject object{{QStringLiteral("server"), credentials.server.toString()},
                       {QStringLiteral("username"), credentials.username}};
    QString keychainError;
    if (keychainWrite(key, credentials.token, &keychainError)) {
        m_backend = Backend::Keychain;
        object.insert(QStringLiteral("token_in_keychain"), true);
    } else {
        m_backend = Backend::File;
        object.insert(QStringLiteral("token"), credentials.token);
    }

    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(m_directory);
        return false;
    }
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(filePath());
    // Restrict before writing so the token is never readable by others, not even briefly.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(object).toJson());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<CredentialStore::Credentials> CredentialStore::load()
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    Credentials credentials;
    credentials.server = QUrl(object.value(QStringLiteral("server")).toString());
    credentials.username = object.value(QStringLiteral("username")).toString();
    if (object.value(QStringLiteral("token_in_keychain")).toBool()) {
        m_backend = Backend::Keychain;
        const auto token = keychainRead(credentials.server.toString() + u'|' + credentials.username);
        if (!token)
            return std::nullopt;
        credentials.token = *token;
    } else {
        m_backend = Backend::File;
        credentials.token = object.value(QStringLiteral("token")).toString();
    }
    if (!credentials.server.isValid() || credentials.token.isEmpty())
        return std::nullopt;
    return credentials;
}

void CredentialStore::clear()
{
    QFile file(filePath());
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        if (object.value(QStringLiteral("token_in_keychain")).toBool())
            keychainDelete(object.value(QStringLiteral("server")).toString() + u'|' +
                           object.value(QStringLiteral("username")).toString());
    }
    QFile::remove(filePath());
}

} // namespace adp::shared
