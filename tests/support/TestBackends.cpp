#include "TestBackends.h"

#include "kv/RedisClient.h"
#include "storage/Database.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace adp::test {

bool TestBackends::unavailable(const QString &name, QString *why)
{
    if (name == u"postgres" &&
        (qEnvironmentVariableIsEmpty("ADP_TEST_PG_URL") || qEnvironmentVariableIsEmpty("ADP_TEST_REDIS_URL"))) {
        *why = QStringLiteral("ADP_TEST_PG_URL and ADP_TEST_REDIS_URL are not set; run tests/run.sh");
        return true;
    }
    return false;
}

Backend TestBackends::create(const QString &name)
{
    if (name == u"sqlite") {
        // Lives until the process ends: suites are short-lived processes.
        static QTemporaryDir *root = new QTemporaryDir();
        const QString file =
            root->filePath(QStringLiteral("db-%1.sqlite").arg(QRandomGenerator::global()->generate64(), 0, 16));
        return {name, QStringLiteral("sqlite://") + file, {}};
    }
    const QString adminUrl = qEnvironmentVariable("ADP_TEST_PG_URL");
    const QString database = QStringLiteral("adp_t_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    {
        auto admin = server::storage::Database::open(adminUrl, 1);
        admin->query(QStringLiteral("CREATE DATABASE ") + database); // name is generated, never user input
    }
    QUrl url(adminUrl);
    url.setPath(u'/' + database);
    return {name, url.toString(), qEnvironmentVariable("ADP_TEST_REDIS_URL")};
}

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    for (const QString &name : TestBackends::names())
        QTest::newRow(qPrintable(name)) << name;
}

void TestBackends::flushRedis()
{
    const auto endpoint = server::kv::RedisEndpoint::parse(qEnvironmentVariable("ADP_TEST_REDIS_URL"));
    if (!endpoint)
        return;
    server::kv::RedisClient redis(*endpoint, 1);
    redis.command({QByteArrayLiteral("FLUSHDB")});
}

} // namespace adp::test
