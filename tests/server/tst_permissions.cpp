#include "HttpTestClient.h"
#include "TestServer.h"
#include "auth/AuthService.h"
#include "http/Router.h"

#include <QFile>
#include <QJsonArray>
#include <QtTest>

using namespace adp::test;

// The permission table in docs/permissions.md is the truth: every registered
// route must be in it, and every role must be allowed, refused or shown 404
// over real HTTP exactly as it says, against the fixture the document
// describes (organisation acme, team core, private project secret).
class TestPermissions : public QObject
{
    Q_OBJECT

private:
    enum class Expect { Allowed, Refused, Hidden };
    struct Row
    {
        QString action;
        QMap<QString, Expect> expected; // role -> outcome
    };
    QHash<QString, Row> m_rows; // "METHOD route" -> row
    QStringList m_roles;

    static const inline QString kPassword = QStringLiteral("role-password");
    // Role column -> the account that plays it.
    static QString accountOf(const QString &role)
    {
        if (role == u"admin" || role == u"admin api token")
            return TestServer::kAdmin;
        if (role == u"maintainer read_api token")
            return QStringLiteral("maintainer");
        QString account = role;
        return account.remove(u' ');
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;
    QHash<QString, QString> m_tokens;   // role -> API token
    QHash<QString, QString> m_sessions; // role -> session, until a route ends it
    qint64 m_ruleId = 0;

    bool ok(const HttpResult &result) { return result.status >= 200 && result.status < 300; }
    bool okOrExists(const HttpResult &result) { return ok(result) || result.status == 409; }

    // Puts back whatever a successful call may have removed. Idempotent.
    bool ensureFixture()
    {
        HttpTestClient &admin = *m_admin;
        bool good = okOrExists(admin.post("/api/v1/organisations", {{"name", "Acme"}, {"slug", "acme"}}));
        const QList<QPair<QString, QString>> organisationRoles{{"orgowner", "owner"},
                                                               {"orgadmin", "admin"},
                                                               {"orgmember", "member"},
                                                               {"developer", "member"},
                                                               {"target", "member"}};
        for (const auto &[user, role] : organisationRoles)
            good = good && ok(admin.put("/api/v1/organisations/acme/members/" + user, {{"role", role}}));
        good = good && okOrExists(admin.post("/api/v1/organisations/acme/teams", {{"name", "Core"}, {"slug", "core"}}));
        good = good && ok(admin.put("/api/v1/organisations/acme/teams/core/members/developer", {}));
        good = good && ok(admin.put("/api/v1/organisations/acme/teams/core/members/target", {}));
        good =
            good && okOrExists(admin.post(
                        "/api/v1/projects",
                        {{"name", "Secret"}, {"slug", "secret"}, {"organisation", "acme"}, {"visibility", "private"}}));
        const QList<QPair<QString, QString>> projectRoles{{"users/viewer", "viewer"},
                                                          {"users/reporter", "reporter"},
                                                          {"users/maintainer", "maintainer"},
                                                          {"users/target", "viewer"},
                                                          {"teams/core", "developer"}};
        for (const auto &[member, role] : projectRoles)
            good = good && ok(admin.put("/api/v1/projects/secret/members/" + member, {{"role", role}}));
        const QJsonArray rules = admin.get("/api/v1/projects/secret/environment-rules").json().value("items").toArray();
        if (rules.isEmpty()) {
            const HttpResult created =
                admin.post("/api/v1/projects/secret/environment-rules",
                           {{"environment", "production"}, {"action", "deploy"}, {"min_role", "maintainer"}});
            good = good && ok(created);
            m_ruleId = created.json().value("id").toInteger();
        } else {
            m_ruleId = rules.first().toObject().value("id").toInteger();
        }
        return good;
    }

    QString concretePath(QString pattern) const
    {
        pattern.replace(QStringLiteral("{organisation}"), QStringLiteral("acme"));
        pattern.replace(QStringLiteral("{team}"), QStringLiteral("core"));
        pattern.replace(QStringLiteral("{project}"), QStringLiteral("secret"));
        pattern.replace(QStringLiteral("{user}"), QStringLiteral("target"));
        pattern.replace(QStringLiteral("{rule}"), QString::number(m_ruleId));
        pattern.replace(QStringLiteral("{token}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{invitation}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{pipeline}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{job}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{schedule}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{environment}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{deployment}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{notification_rule}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{audit_stream}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{compliance_schedule}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{ai_provider}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{ai_answer}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{cost_import}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{cost_rule}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{cost_price}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{cost_budget}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{protected_ref}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{freeze_window}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{cluster}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{kubernetes_target}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{environment_setting}"), QStringLiteral("999999"));
        pattern.replace(QStringLiteral("{key}"), QStringLiteral("NO_SUCH_VARIABLE"));
        pattern.replace(QStringLiteral("{session}"), QStringLiteral("0000000000000000"));
        pattern.replace(QStringLiteral("{provider}"), QStringLiteral("no-such-provider"));
        return pattern;
    }

    QString bearerFor(const QString &role)
    {
        if (role == u"anonymous")
            return {};
        if (!role.endsWith(QStringLiteral("token")) && !m_sessions.contains(role)) {
            HttpTestClient client(m_server->url());
            m_sessions.insert(role,
                              client.login(accountOf(role), role == u"admin" ? TestServer::kPassword : kPassword));
        }
        return role.endsWith(QStringLiteral("token")) ? m_tokens.value(role) : m_sessions.value(role);
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
            for (int i = 0; i < m_roles.size(); ++i) {
                const QString cell = cells.value(3 + i);
                QVERIFY2(cell == u"yes" || cell == u"no" || cell == u"404", qPrintable(line));
                row.expected.insert(m_roles.at(i), cell == u"yes"  ? Expect::Allowed
                                                   : cell == u"no" ? Expect::Refused
                                                                   : Expect::Hidden);
            }
            m_rows.insert(cells.at(0) + u' ' + cells.at(1), row);
        }
        QCOMPARE(m_roles, (QStringList{"anonymous", "outsider", "viewer", "reporter", "developer", "maintainer",
                                       "org member", "org admin", "org owner", "admin", "auditor",
                                       "maintainer read_api token", "admin api token"}));
        QVERIFY(m_rows.size() >= 40);

        m_server = std::make_unique<TestServer>(TestBackends::create(QStringLiteral("sqlite")));
        QVERIFY(m_server->ok());
        for (const char *user : {"outsider", "viewer", "reporter", "developer", "maintainer", "orgmember", "orgadmin",
                                 "orgowner", "target", "auditor"})
            QVERIFY(m_server->addUser(QString::fromLatin1(user), kPassword));
        QVERIFY(m_server->app()
                    .auth()
                    .setAuditor(adp::server::MutationContext::system(QStringLiteral("test"), QStringLiteral("test")),
                                QStringLiteral("auditor"), true)
                    .ok());
        const auto makeToken = [&](const QString &user, const QString &password, const char *scope) {
            HttpTestClient client(m_server->url());
            client.login(user, password);
            return client.post("/api/v1/tokens", {{"name", "perm"}, {"scopes", QJsonArray{QString::fromLatin1(scope)}}})
                .json()
                .value("token")
                .toString();
        };
        m_tokens.insert(QStringLiteral("maintainer read_api token"),
                        makeToken(QStringLiteral("maintainer"), kPassword, "read_api"));
        m_tokens.insert(QStringLiteral("admin api token"), makeToken(TestServer::kAdmin, TestServer::kPassword, "api"));
        for (const QString &token : std::as_const(m_tokens))
            QVERIFY(!token.isEmpty());
        // The fixture is kept with a token: a session would be ended by DELETE /auth/sessions.
        m_admin = std::make_unique<HttpTestClient>(m_server->url());
        m_admin->setToken(m_tokens.value(QStringLiteral("admin api token")));
        QVERIFY(ensureFixture());
    }

    void everyRouteAndRoleMatchesTheTable()
    {
        int checked = 0;
        for (const adp::server::http::Route &route : m_server->app().router().routes()) {
            const QString method = adp::server::http::Router::methodName(route.method);
            const QString key = method + u' ' + route.pattern;
            QVERIFY2(m_rows.contains(key),
                     qPrintable(QStringLiteral("%1 is missing from docs/permissions.md").arg(key)));
            const Row &row = m_rows.value(key);
            QVERIFY2(row.action == route.action, qPrintable(key + QStringLiteral(": the table says ") + row.action +
                                                            QStringLiteral(", the code ") + route.action));
            for (const QString &role : std::as_const(m_roles)) {
                HttpTestClient client(m_server->url());
                client.setToken(bearerFor(role));
                const QByteArray body =
                    route.action == u"auth.login"
                        ? QByteArray(R"({"username":"nobody","password":"wrong password"})")
                        : (method == u"GET" || method == u"DELETE" ? QByteArray() : QByteArray("{}"));
                const HttpResult result = client.request(method.toLatin1(), concretePath(route.pattern), body);
                Expect seen = Expect::Allowed;
                if (result.status == 401 || result.status == 403)
                    seen = Expect::Refused;
                else if (result.status == 404)
                    seen = Expect::Hidden;
                // auth.login answers 401 for a wrong password (an OAuth exchange 422 for a made-up
                // code, a webhook 403 while the project has no secret, a job pod's call 401 without its
                // job's token), which is not a refusal of the route.
                if (route.action == u"auth.login" || route.action == u"auth.oauth" ||
                    route.action == u"webhook.receive" || route.action.startsWith(u"job_pod."))
                    seen = result.errorCode() == u"forbidden" ? Expect::Refused : Expect::Allowed;
                // Placeholders for a session, token or invitation that does not exist (and a project's
                // Kubernetes executor, which the fixture has none of) answer 404 to those allowed; a hidden
                // project or organisation still says so.
                if (seen == Expect::Hidden &&
                    (route.pattern.contains(u"{token}") || route.pattern.contains(u"{session}") ||
                     route.pattern.contains(u"{provider}") || route.pattern.contains(u"{invitation}") ||
                     route.pattern.contains(u"{pipeline}") || route.pattern.contains(u"{job}") ||
                     route.pattern.contains(u"{schedule}") || route.pattern.contains(u"{key}") ||
                     route.pattern.contains(u"{environment}") || route.pattern.contains(u"{deployment}") ||
                     route.pattern.contains(u"{notification_rule}") || route.pattern.contains(u"{protected_ref}") ||
                     route.pattern.contains(u"{freeze_window}") || route.pattern.contains(u"{environment_setting}") ||
                     route.pattern.contains(u"{cluster}") || route.pattern.contains(u"{kubernetes_target}") ||
                     route.pattern.contains(u"{audit_stream}") || route.pattern.contains(u"{compliance_schedule}") ||
                     route.pattern.contains(u"{ai_provider}") || route.pattern.contains(u"{ai_answer}") ||
                     route.pattern.contains(u"{cost_import}") || route.pattern.contains(u"{cost_rule}") ||
                     route.pattern.contains(u"{cost_price}") || route.pattern.contains(u"{cost_budget}") ||
                     route.pattern.endsWith(u"/kubernetes-executor")) &&
                    !result.body.contains("Project not found") && !result.body.contains("Organisation not found"))
                    seen = Expect::Allowed;
                const Expect expected = row.expected.value(role);
                QVERIFY2(seen == expected, qPrintable(QStringLiteral("%1 as %2: HTTP %3 %4, the table says %5")
                                                          .arg(key, role)
                                                          .arg(result.status)
                                                          .arg(QString::fromUtf8(result.body.left(200)))
                                                          .arg(expected == Expect::Allowed   ? u"yes"
                                                               : expected == Expect::Refused ? u"no"
                                                                                             : u"404")));
                if (expected == Expect::Refused)
                    QCOMPARE(result.status, role == u"anonymous" ? 401 : 403);
                if (route.action == u"auth.logout" || route.action == u"session.revoke")
                    m_sessions.clear();
                if (ok(result) && method != u"GET")
                    QVERIFY2(ensureFixture(),
                             qPrintable(key + QStringLiteral(" as ") + role + QStringLiteral(" broke the fixture")));
                ++checked;
            }
        }
        QCOMPARE(checked, int(m_server->app().router().routes().size()) * int(m_roles.size()));
        // Every row of the table is a real route (no stale documentation).
        QCOMPARE(m_rows.size(), qsizetype(m_server->app().router().routes().size()));
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
