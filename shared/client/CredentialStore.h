#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace adp::shared {

// Where a client keeps its session: the token in the OS keychain (QtKeychain)
// when one answers, else in a file only the user can read (mode 0600). The
// non-secret part (server URL, username) always lives in the same small file.
class CredentialStore
{
public:
    struct Credentials
    {
        QUrl server;
        QString username;
        QString token;
    };
    enum class Backend { Keychain, File };

    // `directory` defaults to the user's config dir for ADP; tests pass their own.
    explicit CredentialStore(QString directory = {});

    // Saves; returns false with `error` set when neither backend could.
    bool save(const Credentials &credentials, QString *error = nullptr);
    std::optional<Credentials> load();
    void clear();

    // Which backend the last save or load used.
    Backend backend() const { return m_backend; }
    QString filePath() const;

private:
    bool keychainWrite(const QString &key, const QString &secret, QString *error);
    std::optional<QString> keychainRead(const QString &key);
    void keychainDelete(const QString &key);
    bool keychainDisabled() const;

    QString m_directory;
    Backend m_backend = Backend::File;
};

} // namespace adp::shared
