#include "shared/client/CredentialStore.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using adp::shared::CredentialStore;

// Where the clients keep a session: the Secret Service keychain through
// QtKeychain when there is one (tests/run.sh provides gnome-keyring under a
// private D-Bus session), else a file only the user can read.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileFallbackIsPrivate()
    {
        qputenv("ADP_CREDENTIAL_STORE", "file");
        QTemporaryDir dir;
        CredentialStore store(dir.path() + QStringLiteral("/adp"));
        QVERIFY(store.save(
            {QUrl(QStringLiteral("http://127.0.0.1:8470")), QStringLiteral("alice"), QStringLiteral("secret-token")}));
        QCOMPARE(store.backend(), CredentialStore::Backend::File);
        const QFileInfo info(store.filePath());
        QCOMPARE(info.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        const auto loaded = CredentialStore(dir.path() + QStringLiteral("/adp")).load();
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->token, QStringLiteral("secret-token"));
        QCOMPARE(loaded->username, QStringLiteral("alice"));
        store.clear();
        QVERIFY(!QFileInfo::exists(store.filePath()));
        QVERIFY(!store.load().has_value());
        qunsetenv("ADP_CREDENTIAL_STORE");
    }

    void keychainHoldsTheToken()
    {
        if (qEnvironmentVariable("ADP_TEST_KEYCHAIN") != u"1")
            QSKIP("no Secret Service here; tests/run.sh starts gnome-keyring under dbus-run-session");
        QTemporaryDir dir;
        CredentialStore store(dir.path());
        QVERIFY(store.save(
            {QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("bob"), QStringLiteral("kc-token-123")}));
        QCOMPARE(store.backend(), CredentialStore::Backend::Keychain);
        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("kc-token-123")); // the token is not on disk
        file.close();
        const auto loaded = CredentialStore(dir.path()).load();
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->token, QStringLiteral("kc-token-123"));
        store.clear();
        QVERIFY(!CredentialStore(dir.path()).load().has_value());
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credential_store.moc"
