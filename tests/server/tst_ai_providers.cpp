#include "CommandRun.h"
#include "HttpTestClient.h"
#include "TestServer.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QtTest>

using namespace adp::test;

// An organisation's AI providers on both backends: admins add, change and remove them; members
// see them without the key (a hint of it); the key is stored sealed; bad input is 422 naming the
// field and changes nothing; another organisation's provider is not found; every change audited.
class TestAiProviders : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;
    const QString m_key = QStringLiteral("sk-proj-4fQ9zT2mX7wLp0Rk8vNc");

    bool start()
    {
        QFETCH(QString, backend);
        if (backend == u"postgres")
            TestBackends::flushRedis();
        m_server = std::make_unique<TestServer>(TestBackends::create(backend));
        if (!m_server->ok())
            return false;
        m_admin = std::make_unique<HttpTestClient>(m_server->url());
        return !m_admin->login(TestServer::kAdmin, TestServer::kPassword).isEmpty();
    }

private Q_SLOTS:
    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void adminsManageMembersSeeNobodyReadsTheKey_data() { addBackendRows(); }
    void adminsManageMembersSeeNobodyReadsTheKey()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QString path = QStringLiteral("/api/v1/organisations/default/ai-providers");
        const HttpResult created = m_admin->post(path, {{"name", "OpenAI"},
                                                        {"base_url", "https://api.openai.example.test/v1"},
                                                        {"model", "gpt-4o-mini"},
                                                        {"api_key", m_key},
                                                        {"max_tokens", 2048},
                                                        {"prompt_price_per_million", 15},
                                                        {"completion_price_per_million", 60}});
        QCOMPARE(created.status, 201);
        const QJsonObject provider = created.json();
        QCOMPARE(provider.value("key_hint").toString(), QStringLiteral("sk-…Nc"));
        QCOMPARE(provider.value("organisation").toString(), QStringLiteral("default"));
        QCOMPARE(provider.value("timeout_seconds").toInt(), 60);
        QCOMPARE(provider.value("currency").toString(), QStringLiteral("USD"));
        QVERIFY(!created.body.contains(m_key.toUtf8()));
        const qint64 id = provider.value("id").toInteger();

        // Stored sealed: the key is nowhere in the row, nor in the audit trail.
        const auto row = m_server->app().database().query(
            QStringLiteral("SELECT key_sealed, key_hint FROM ai_providers WHERE id = ?"), {id});
        QVERIFY(!row.value(0, 0).toString().isEmpty());
        QVERIFY(!row.value(0, 0).toString().contains(m_key));
        const HttpResult trail = m_admin->get("/api/v1/audit?action=ai_provider.&limit=200");
        QCOMPARE(trail.json().value("items").toArray().size(), 1);
        QVERIFY(!trail.body.contains(m_key.toUtf8()));
        QCOMPARE(trail.json()
                     .value("items")
                     .toArray()
                     .first()
                     .toObject()
                     .value("scope")
                     .toObject()
                     .value("organisation_id")
                     .toInteger(),
                 1);

        // A member reads, without the key; may not change.
        QVERIFY(m_server->addUser(QStringLiteral("mia"), QStringLiteral("member-password")));
        HttpTestClient member(m_server->url());
        QVERIFY(!member.login(QStringLiteral("mia"), QStringLiteral("member-password")).isEmpty());
        const HttpResult listed = member.get(path);
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json().value("items").toArray().size(), 1);
        QVERIFY(!listed.body.contains(m_key.toUtf8()));
        QCOMPARE(
            member.post(path, {{"name", "Mine"}, {"base_url", "http://127.0.0.1:11434/v1"}, {"model", "qwen"}}).status,
            403);
        QCOMPARE(member.del(path + QStringLiteral("/%1").arg(id)).status, 403);

        // Changes: the key replaced or removed; a name taken; the others untouched.
        HttpResult changed =
            m_admin->patch(path + QStringLiteral("/%1").arg(id), {{"model", "gpt-4o"}, {"api_key", ""}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value("model").toString(), QStringLiteral("gpt-4o"));
        QCOMPARE(changed.json().value("key_hint").toString(), QString());
        QCOMPARE(changed.json().value("max_tokens").toInt(), 2048);
        QCOMPARE(
            m_admin->post(path, {{"name", "Local"}, {"base_url", "http://127.0.0.1:11434/v1"}, {"model", "qwen2.5"}})
                .status,
            201);
        const HttpResult taken = m_admin->patch(path + QStringLiteral("/%1").arg(id), {{"name", "Local"}});
        QCOMPARE(taken.status, 422);
        QCOMPARE(taken.errorFields(), QStringList{"name"});

        // Bad input: 422 naming the fields, nothing stored.
        const QList<QPair<QJsonObject, QStringList>> cases{
            {{}, {"name", "base_url", "model"}},
            {{{"name", "x"}, {"base_url", "ftp://models.example.test"}, {"model", "m"}}, {"base_url"}},
            {{{"name", "x"}, {"base_url", "https://user:pw@models.example.test/v1"}, {"model", "m"}}, {"base_url"}},
            {{{"name", "x"}, {"base_url", "https://models.example.test/v1"}, {"model", "m"}, {"timeout_seconds", 0}},
             {"timeout_seconds"}},
            {{{"name", "x"}, {"base_url", "https://models.example.test/v1"}, {"model", "m"}, {"max_tokens", "many"}},
             {"max_tokens"}},
            {{{"name", "x"}, {"base_url", "https://models.example.test/v1"}, {"model", "m"}, {"currency", "dollars"}},
             {"currency"}},
            {{{"name", "x"}, {"base_url", "https://models.example.test/v1"}, {"model", "m"}, {"temperature", 1}},
             {"temperature"}},
        };
        for (const auto &[body, fields] : cases) {
            const HttpResult refused = m_admin->post(path, body);
            QCOMPARE(refused.status, 422);
            QCOMPARE(refused.errorFields(), fields);
        }
        QCOMPARE(m_admin->get(path).json().value("items").toArray().size(), 2);

        // Another organisation's provider is not found through this one.
        QCOMPARE(m_admin->post("/api/v1/organisations", {{"name", "Acme"}, {"slug", "acme"}}).status, 201);
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/organisations/acme/ai-providers/%1").arg(id)).status, 404);
        QCOMPARE(m_admin->del(QStringLiteral("/api/v1/organisations/acme/ai-providers/%1").arg(id)).status, 404);

        QCOMPARE(m_admin->del(path + QStringLiteral("/%1").arg(id)).status, 204);
        QCOMPARE(m_admin->get(path + QStringLiteral("/%1").arg(id)).status, 404);
        QCOMPARE(m_admin->get("/api/v1/audit?action=ai_provider.&limit=200").json().value("items").toArray().size(), 4);

        // The CLI: the key from standard input, never an argument; shown back only as a hint.
        CliSession adp;
        QVERIFY(adp.login(m_server->url(), TestServer::kAdmin, TestServer::kPassword));
        const CommandResult made = adp({"ai", "providers", "--org", "acme", "create", "--name", "DeepSeek",
                                        "--base-url", "https://api.deepseek.example.test/v1", "--model",
                                        "deepseek-chat", "--api-key-stdin", "--max-tokens", "4096"},
                                       m_key.toUtf8() + '\n');
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QVERIFY2(
            made.out.contains(QStringLiteral("'DeepSeek': deepseek-chat at https://api.deepseek.example.test/v1, key "
                                             "sk-…Nc, 60 s, at most 4096 tokens.")),
            qPrintable(made.out));
        const CommandResult inAcme = adp({"ai", "providers", "--org", "acme", "list", "--output", "json"});
        QCOMPARE(inAcme.code, 0);
        QCOMPARE(inAcme.json().value("items").toArray().size(), 1);
        QVERIFY(!inAcme.out.contains(m_key));
        QCOMPARE(
            adp({"ai", "providers", "--org", "acme", "create", "--name", "x", "--base-url", "ftp://x", "--model", "m"})
                .code,
            1);
        QCOMPARE(adp({"ai", "providers", "list"}).code, 2);
        QCOMPARE(adp({"ai", "providers", "--org", "acme", "create", "--timeout", "soon"}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestAiProviders)
#include "tst_ai_providers.moc"
