#pragma once

#include <QProcess>
#include <QUrl>

namespace adp::test {

// A real OpenID Connect provider (npm oidc-provider, tests/oauth/provider.mjs)
// on a free loopback port, with one client whose only redirect URI is ADP's
// callback, and a browser stand-in (tests/oauth/browse.mjs) that signs in on
// its development login page.
class OidcProvider
{
public:
    static constexpr const char *kClientId = "adp-test";
    static constexpr const char *kClientSecret = "adp-test-secret";

    ~OidcProvider();
    // False with the reason in `why` when Node or the npm package is missing.
    static bool available(QString *why);
    bool start(const QUrl &redirectUri);
    QString issuer() const { return m_issuer; }
    QString output() const { return m_output; }

    struct Visit
    {
        bool ok = false;
        QUrl final;      // the first address on `stopOrigin`
        QString details; // what went wrong
    };
    // Follows `start` through sign-in as `login` until the next address is on
    // `stopOrigin`; with `deliver`, requests that address too, as a browser would.
    static Visit browse(const QUrl &start, const QString &login, const QString &stopOrigin, bool deliver = false);

private:
    QProcess m_process;
    QString m_issuer;
    QString m_output;
};

} // namespace adp::test

// Skips (or, under tests/run.sh, fails) when the provider cannot run here.
#define ADP_REQUIRE_OIDC_PROVIDER()                                                                                    \
    do {                                                                                                               \
        QString why_;                                                                                                  \
        if (!adp::test::OidcProvider::available(&why_)) {                                                              \
            if (qEnvironmentVariable("ADP_TEST_REQUIRE_BACKENDS") == QStringLiteral("1"))                              \
                QFAIL(qPrintable(why_));                                                                               \
            QSKIP(qPrintable(why_));                                                                                   \
        }                                                                                                              \
    } while (false)
