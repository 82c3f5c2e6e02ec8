#include "HttpTestClient.h"
#include "TestServer.h"
#include "http/Router.h"

#include <QFile>
#include <QJsonArray>
#include <QtTest>

using namespace adp::test;

// The permission table in docs/permissions.md is the truth: every registered
// route must be in it, and every role must be allowed or refused over real
// HTTP exactly as it says.
class TestPermissions : public QObject
{
    Q_OBJECT

private:
    struct Row
    {
        QString action;
        QMap<QString, bool> allowed; // role -> yes/no
    };
    QHash<QString, Row> m_rows; // "METHOD route" -> row
    QStringList m_roles;

    QString placeholderPath(QString pattern)
    {
        pattern.replace(QStringLiteral("{project}"), QStringLiteral("no-such-project"));
        pattern.replace(QStringLiteral("{token}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{session}"), QStringLiteral("0000000000000000"));
        return pattern;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile doc(QStringLiteral(ADP_SOURCE_DIR "/docs/permissions.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        for (const QString &line : QString::fromUtf8(doc.readAll()).split(u'\n')) {
            if (!line.startsWith(u'|') || line.startsWith(QStringLiteral("|---")))
                continue;
            QStringList cells = line.split(u'|');
            cells = cells.mid(1, cells.size() - 2);
            for (QString &cell : cells)
                cell = cell.trimmed();
            if (cells.first() == u"method") {
                m_roles = cells.mid(3);
                continue;
            }
            Row row{cells.at(2), {}};
            for (int i = 0; i < m_roles.size(); ++i)
                row.allowed.insert(m_roles.at(i), cells.value(3 + i) == u"yes");
            m_rows.insert(cells.at(0) + u' ' + cells.at(1), row);
        }
        QCOMPARE(m_roles, (QStringList{"anonymous", "user", "admin", "user read_api token", "admin api token"}));
        QVERIFY(m_rows.size() >= 20);
    }

    void everyRouteAndRoleMatchesTheTable()
    {
        TestServer server(TestBackends::create(QStringLiteral("sqlite")));
        QVERIFY(server.ok());
        QVERIFY(server.addUser(QStringLiteral("dev"), QStringLiteral("dev-password")));

        const auto signIn = [&](const QString &user, const QString &password) {
            HttpTestClient client(server.url());
            return client.login(user, password);
        };
        const auto makeToken = [&](const QString &user, const QString &password, const char *scope) {
            HttpTestClient client(server.url());
            client.login(user, password);
            return client.post("/api/v1/tokens", {{"name", "perm"}, {"scopes", QJsonArray{QString::fromLatin1(scope)}}})
                .json().value("token").toString();
        };
        const QString devReadToken = makeToken(QStringLiteral("dev"), QStringLiteral("dev-password"), "read_api");
        const QString adminApiToken = makeToken(TestServer::kAdmin, TestServer::kPassword, "api");
        QVERIFY(!devReadToken.isEmpty() && !adminApiToken.isEmpty());

        int checked = 0;
        for (const adp::server::http::Route &route : server.app().router().routes()) {
            const QString method = adp::server::http::Router::methodName(route.method);
            const QString key = method + u' ' + route.pattern;
            QVERIFY2(m_rows.contains(key), qPrintable(QStringLiteral("%1 is missing from docs/permissions.md").arg(key)));
            const Row &row = m_rows.value(key);
            QVERIFY2(row.action == route.action, qPrintable(key + QStringLiteral(": the table says ") + row.action
                                                            + QStringLiteral(", the code ") + route.action));
            for (const QString &role : std::as_const(m_roles)) {
                HttpTestClient client(server.url());
                if (role == u"user")
                    client.setToken(signIn(QStringLiteral("dev"), QStringLiteral("dev-password")));
                else if (role == u"admin")
                    client.setToken(signIn(TestServer::kAdmin, TestServer::kPassword));
                else if (role == u"user read_api token")
                    client.setToken(devReadToken);
                else if (role == u"admin api token")
                    client.setToken(adminApiToken);
                const QByteArray body = route.action == u"auth.login"
                                            ? QByteArray(R"({"username":"nobody","password":"wrong password"})")
                                            : (method == u"GET" || method == u"DELETE" ? QByteArray() : QByteArray("{}"));
                const HttpResult result = client.request(method.toLatin1(), placeholderPath(route.pattern), body);
                const bool refused = result.status == 401 || result.status == 403;
                const bool expectAllowed = row.allowed.value(role);
                // auth.login answers 401 for a wrong password, which is not a refusal of the route.
                const bool allowed = route.action == u"auth.login" ? result.errorCode() != u"forbidden" : !refused;
                QVERIFY2(allowed == expectAllowed,
                         qPrintable(QStringLiteral("%1 as %2: HTTP %3, table says %4")
                                        .arg(key, role).arg(result.status).arg(expectAllowed ? u"allowed" : u"refused")));
                if (!expectAllowed)
                    QCOMPARE(result.status, role == u"anonymous" ? 401 : 403);
                ++checked;
            }
        }
        QCOMPARE(checked, int(server.app().router().routes().size()) * int(m_roles.size()));
        // Every row of the table is a real route (no stale documentation).
        QCOMPARE(m_rows.size(), qsizetype(server.app().router().routes().size()));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
