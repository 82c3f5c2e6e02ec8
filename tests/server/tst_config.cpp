#include "app/ServerConfig.h"

#include <QTemporaryFile>
#include <QtTest>

using adp::server::ServerConfig;

// Where adp-server's settings come from: flags over environment over file.
class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void precedence()
    {
        const ServerConfig::Values file{{QStringLiteral("listen"), QStringLiteral("0.0.0.0:9000")},
                                        {QStringLiteral("log_format"), QStringLiteral("json")},
                                        {QStringLiteral("database"), QStringLiteral("postgres://file")}};
        const ServerConfig::Values environment{{QStringLiteral("listen"), QStringLiteral("127.0.0.1:9001")},
                                               {QStringLiteral("database"), QStringLiteral("postgres://env")}};
        const ServerConfig::Values flags{{QStringLiteral("database"), QStringLiteral("postgres://flag")}};
        QString error;
        const auto config = ServerConfig::resolve(file, environment, flags, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->databaseUrl, QStringLiteral("postgres://flag"));
        QCOMPARE(config->listenHost, QStringLiteral("127.0.0.1"));
        QCOMPARE(config->listenPort, quint16(9001));
        QCOMPARE(config->logFormat, QStringLiteral("json"));
        QVERIFY(!config->isTeamMode());
    }

    void defaultsToSqliteInDataDir()
    {
        QString error;
        const auto config =
            ServerConfig::resolve({}, {}, {{QStringLiteral("data_dir"), QStringLiteral("/tmp/adp-x")}}, &error);
        QVERIFY(config);
        QCOMPARE(config->effectiveDatabaseUrl(), QStringLiteral("sqlite:///tmp/adp-x/adp.db"));
        QCOMPARE(config->listenPort, quint16(8470));
    }

    void badValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("listen no port") << "listen"
                                        << "localhost";
        QTest::newRow("listen big port") << "listen"
                                         << "127.0.0.1:70000";
        QTest::newRow("log format") << "log_format"
                                    << "xml";
        QTest::newRow("log level") << "log_level"
                                   << "loud";
        QTest::newRow("threads zero") << "http_threads"
                                      << "0";
        QTest::newRow("ttl text") << "session_ttl"
                                  << "forever";
        QTest::newRow("role") << "role"
                              << "boss";
        QTest::newRow("lease too short") << "job_lease"
                                         << "1";
        QTest::newRow("log size zero") << "max_log_mib"
                                       << "0";
        QTest::newRow("concurrency negative") << "project_concurrency"
                                              << "-1";
        QTest::newRow("sandbox kind") << "sandbox"
                                      << "docker";
        QTest::newRow("artifact size zero") << "max_artifact_mib"
                                            << "0";
    }

    void badValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QString error;
        QVERIFY(!ServerConfig::resolve({}, {}, {{key, value}}, &error));
        QVERIFY(error.contains(key.section(u'_', 0, 0)));
    }

    void readsYamlFile()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(
            "listen: 127.0.0.1:0\nredis: redis://127.0.0.1:6390\nsession_ttl: 60\nworker_tags: [linux, "
            "docker]\nrole: api\n"
            "job_lease: 10\nproject_concurrency: 3\nmax_log_mib: 64\nmax_artifact_mib: 250\nsandbox: bubblewrap\n");
        file.close();
        QString error;
        const auto values = ServerConfig::readFile(file.fileName(), &error);
        QVERIFY2(values, qPrintable(error));
        const auto config = ServerConfig::resolve(*values, {}, {}, &error);
        QVERIFY(config);
        QVERIFY(config->isTeamMode());
        QCOMPARE(config->sessionTtlSeconds, qint64(60));
        QCOMPARE(config->listenPort, quint16(0));
        QCOMPARE(config->workerTags, (QStringList{QStringLiteral("linux"), QStringLiteral("docker")}));
        QCOMPARE(config->role, QStringLiteral("api"));
        QCOMPARE(config->workers, 0); // an API replica runs no jobs
        QCOMPARE(config->jobLeaseSeconds, qint64(10));
        QCOMPARE(config->projectConcurrency, 3);
        QCOMPARE(config->maxLogMib, 64);
        QCOMPARE(config->maxArtifactMib, 250);
        QVERIFY(config->isolation == adp::server::ServerConfig::Isolation::Bubblewrap);
    }

    void yamlErrorsNameTheLine()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("listen: 127.0.0.1:0\npasword: oops\n");
        file.close();
        QString error;
        QVERIFY(!ServerConfig::readFile(file.fileName(), &error));
        QVERIFY2(error.contains(QStringLiteral(":2: unknown setting 'pasword'")), qPrintable(error));

        QTemporaryFile broken;
        QVERIFY(broken.open());
        broken.write("listen: [unclosed\n");
        broken.close();
        QVERIFY(!ServerConfig::readFile(broken.fileName(), &error));
        QVERIFY(!error.isEmpty());
    }

    void environmentNames()
    {
        QCOMPARE(ServerConfig::environmentName(QStringLiteral("data_dir")), QStringLiteral("ADP_DATA_DIR"));
        qputenv("ADP_REDIS", "redis://127.0.0.1:1");
        QCOMPARE(ServerConfig::readEnvironment().value(QStringLiteral("redis")), QStringLiteral("redis://127.0.0.1:1"));
        qunsetenv("ADP_REDIS");
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
