#include "auth/LoginThrottle.h"

#include <QtTest>

using adp::server::ManualClock;
using adp::server::auth::LoginThrottle;

// Sign-in throttling as a stranger would try to abuse it: five wrong passwords
// from one address lock the account from that address only; the owner signing
// in from elsewhere is not locked out, an address spraying accounts is, and so
// is an account guessed at from very many addresses.
class TestLoginThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStrangerCannotLockTheAdministratorOut()
    {
        ManualClock clock(1'000'000);
        LoginThrottle throttle(clock, nullptr);
        for (int i = 0; i < LoginThrottle::kAccountLimit; ++i) {
            QVERIFY(!throttle.retryAfter(QStringLiteral("admin"), QStringLiteral("203.0.113.9")));
            throttle.recordFailure(QStringLiteral("admin"), QStringLiteral("203.0.113.9"));
        }
        QVERIFY(throttle.retryAfter(QStringLiteral("Admin"), QStringLiteral("203.0.113.9")).has_value());
        QVERIFY(!throttle.retryAfter(QStringLiteral("admin"), QStringLiteral("198.51.100.7"))); // the owner, elsewhere
        clock.advanceMs(LoginThrottle::kWindowMs + 1);
        QVERIFY(!throttle.retryAfter(QStringLiteral("admin"), QStringLiteral("203.0.113.9")));
    }

    void anAddressSprayingAccountsIsStopped()
    {
        ManualClock clock(1'000'000);
        LoginThrottle throttle(clock, nullptr);
        for (int i = 0; i < LoginThrottle::kAddressLimit; ++i)
            throttle.recordFailure(QStringLiteral("user%1").arg(i), QStringLiteral("203.0.113.9"));
        QVERIFY(throttle.retryAfter(QStringLiteral("someone-else"), QStringLiteral("203.0.113.9")).has_value());
        QVERIFY(!throttle.retryAfter(QStringLiteral("someone-else"), QStringLiteral("198.51.100.7")));
    }

    void aDistributedGuessingRunLocksTheAccountEverywhere()
    {
        ManualClock clock(1'000'000);
        LoginThrottle throttle(clock, nullptr);
        for (int i = 0; i < LoginThrottle::kAccountEverywhereLimit; ++i)
            throttle.recordFailure(QStringLiteral("admin"), QStringLiteral("10.0.%1.%2").arg(i / 200).arg(i % 200));
        QVERIFY(throttle.retryAfter(QStringLiteral("admin"), QStringLiteral("198.51.100.7")).has_value());
        throttle.recordSuccess(QStringLiteral("admin"), QStringLiteral("10.0.0.1")); // clears that pair only
        QVERIFY(throttle.retryAfter(QStringLiteral("admin"), QStringLiteral("198.51.100.7")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_login_throttle.moc"
