#pragma once

#include <QString>
#include <QStringList>

namespace adp::test {

// The two ways ADP runs. Integration suites loop over both via _data() rows.
struct Backend
{
    QString name;        // "sqlite" or "postgres"
    QString databaseUrl; // a fresh, empty database
    QString redisUrl;    // empty on the embedded backend
};

class TestBackends
{
public:
    static QStringList names() { return {QStringLiteral("sqlite"), QStringLiteral("postgres")}; }
    // Creates a new empty database for `name`. On PostgreSQL without
    // ADP_TEST_PG_URL the test is skipped, or failed when
    // ADP_TEST_REQUIRE_BACKENDS=1 (as tests/run.sh sets).
    static Backend create(const QString &name);
    // True when the caller must skip because the backend is not configured.
    static bool unavailable(const QString &name, QString *why);
    // Empties the Redis database used by tests.
    static void flushRedis();
};

// A "backend" column with one row per backend, for a test's _data() function.
void addBackendRows();

// QFAIL/QSKIP when `name` cannot run here; use at the top of a test function.
#define ADP_REQUIRE_BACKEND(name)                                                                                      \
    do {                                                                                                               \
        QString why_;                                                                                                  \
        if (adp::test::TestBackends::unavailable(name, &why_)) {                                                       \
            if (qEnvironmentVariable("ADP_TEST_REQUIRE_BACKENDS") == QStringLiteral("1"))                              \
                QFAIL(qPrintable(why_));                                                                               \
            QSKIP(qPrintable(why_));                                                                                   \
        }                                                                                                              \
    } while (false)

} // namespace adp::test
