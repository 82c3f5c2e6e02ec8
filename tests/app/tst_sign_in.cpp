#include "HttpTestClient.h"
#include "OidcProvider.h"
#include "ServerProcess.h"
#include "connection/LoginDialog.h"

#include <QPushButton>
#include <QUrlQuery>
#include <QtTest>
#include <thread>

using namespace adp;
using namespace adp::test;

// The desktop sign-in screen offers every provider the server has and
// completes a real OpenID Connect sign-in through the loopback redirect
// (the browser played by a script, driven from another thread).
class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void providerButtonSignsIn()
    {
        ADP_REQUIRE_OIDC_PROVIDER();
        // A real adp-server process: the desktop's suites link nothing of the server.
        ServerProcess server(TestBackends::create(QStringLiteral("sqlite")));
        QVERIFY2(server.start(), qPrintable(server.output()));
        QUrl callback = server.url();
        callback.setPath(QStringLiteral("/api/v1/auth/oauth/corp/callback"));
        OidcProvider provider;
        QVERIFY2(provider.start(callback), qPrintable(provider.output()));
        HttpTestClient admin(server.url());
        QVERIFY(!admin.login(QStringLiteral("admin"), server.adminPassword()).isEmpty());
        const HttpResult added = admin.post(QStringLiteral("/api/v1/auth/providers"),
                                            {{"name", "corp"},
                                             {"type", "oidc"},
                                             {"client_id", QString::fromLatin1(OidcProvider::kClientId)},
                                             {"client_secret", QString::fromLatin1(OidcProvider::kClientSecret)},
                                             {"issuer", provider.issuer()}});
        QVERIFY2(added.status == 201, added.body.constData());

        shared::ApiClient api;
        api.setBaseUrl(server.url());
        app::LoginDialog dialog(api, {});
        QSignalSpy loaded(&dialog, &app::LoginDialog::providersLoaded);
        dialog.show();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(dialog.providerButtons().size(), 1);
        QCOMPARE(dialog.providerButtons().first()->text(), QStringLiteral("Sign in with corp"));

        std::thread browser;
        OidcProvider::Visit visit;
        dialog.setOpenBrowser([&](const QUrl &address) {
            const QUrl loopback(QUrlQuery(address).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
            browser = std::thread([&visit, address, loopback]() {
                visit = OidcProvider::browse(address, QStringLiteral("gus"),
                                             QStringLiteral("http://127.0.0.1:%1/").arg(loopback.port()), true);
            });
        });
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.providerButtons().first()->click();
        const bool signedIn = accepted.wait(30000);
        if (browser.joinable())
            browser.join();
        QVERIFY2(signedIn, qPrintable(visit.details));
        QCOMPARE(dialog.username(), QStringLiteral("gus"));
        QVERIFY(!dialog.loginResult().token.isEmpty());
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_sign_in.moc"
