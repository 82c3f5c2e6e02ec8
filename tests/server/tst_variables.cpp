#include "AdminSession.h"
#include "GitRepository.h"
#include "PipelineCalls.h"
#include "pipelines/LogPieceCodec.h"
#include "shared/core/Pipeline.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

using namespace adp::test;
using adp::server::pipelines::LogPieceCodec;

// What a project's pipelines read and receive, on both backends: CI/CD
// variables (maintainers only, sealed at rest, masked ones never shown back
// and [MASKED] in logs even when printed in pieces), the per-project CI file
// path, and a job's log read or followed live from a byte offset.
class TestVariables : public QObject
{
    Q_OBJECT

private:
    static constexpr auto kPassword = "correct horse battery";
    static constexpr auto kSecret = "s3cr3t-T0ken-value";
    GitRepository m_repository;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;

    bool start()
    {
        QFETCH(QString, backend);
        AdminSession session = AdminSession::start(backend);
        if (!session.ok())
            return false;
        m_server = std::move(session.server);
        m_admin = std::move(session.admin);
        return m_admin
                   ->post("/api/v1/projects",
                          {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", m_repository.path()}})
                   .status == 201;
    }

    QJsonObject waitUntilFinished(qint64 pipeline) { return adp::test::waitUntilFinished(*m_admin, pipeline); }

    qint64 firstJobOf(const QString &ref)
    {
        const QJsonObject created = m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", ref}}).json();
        return created.value("jobs").toArray().first().toObject().value("id").toInteger();
    }

    qint64 pipelineOfJob(qint64 jobId)
    {
        return m_server->app()
            .database()
            .query(QStringLiteral("SELECT pipeline_id FROM jobs WHERE id = ?"), {jobId})
            .value(0, 0)
            .toLongLong();
    }

    QByteArray log(qint64 jobId, qint64 offset = -1)
    {
        return m_admin
            ->get(offset < 0 ? QStringLiteral("/api/v1/jobs/%1/log").arg(jobId)
                             : QStringLiteral("/api/v1/jobs/%1/log?offset=%2").arg(jobId).arg(offset))
            .body;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        // The secret is printed whole, then in two writes a moment apart (stored as two chunks).
        QVERIFY(m_repository.writeFile(
            ".gitlab-ci.yml",
            "variables:\n  FROM_FILE: file\n  OVERRIDDEN: by-definition\n"
            "show:\n  script:\n    - echo \"token=$API_TOKEN\"\n"
            "    - printf 'split=%s' \"${API_TOKEN:0:6}\"; sleep 0.6; printf '%s\\n' \"${API_TOKEN:6}\"\n"
            "    - echo \"plain=$REGION from=$FROM_FILE overridden=$OVERRIDDEN\"\n"));
        QVERIFY(m_repository.writeFile("ci/pipeline.yml", "elsewhere:\n  script: echo from the configured path\n"));
        QVERIFY(m_repository.git({"add", "."}) && m_repository.git({"commit", "-q", "-m", "CI"}));
        QVERIFY(m_repository.git({"checkout", "-q", "-b", "chatty"}));
        QVERIFY(m_repository.writeFile(
            ".gitlab-ci.yml",
            "chatty:\n  script:\n    - for i in $(seq 1 40); do echo \"line $i ééé\"; sleep 0.05; done\n"));
        QVERIFY(m_repository.git({"commit", "-q", "-am", "chatty"}));
        // A fast, repetitive part (one piece, packed), then random base64 (a piece kept as text).
        QVERIFY(m_repository.git({"checkout", "-q", "-b", "long", "main"}));
        QVERIFY(m_repository.writeFile(
            ".gitlab-ci.yml",
            "long:\n  script:\n"
            "    - for i in $(seq 1 3000); do echo \"line $i ééé €😀 of a long and repetitive log\"; done; sleep 0.6\n"
            "    - head -c 30000 /dev/urandom | base64; sleep 0.6\n"
            "    - echo \"the end\"\n"));
        QVERIFY(m_repository.git({"commit", "-q", "-am", "long"}));
        QVERIFY(m_repository.git({"checkout", "-q", "-b", "scoped", "main"}));
        const char *show = "    - echo \"region=$REGION key=${DEPLOY_KEY:-none} protected=$CI_COMMIT_REF_PROTECTED\"\n";
        QVERIFY(m_repository.writeFile(".gitlab-ci.yml",
                                       QByteArray("plain:\n  script:\n") + show +
                                           "    - echo \"path=$CONFIG\"; cat \"$CONFIG\"\n"
                                           "review:\n  environment: review/$CI_COMMIT_REF_SLUG\n  script:\n" +
                                           show + "prod:\n  environment:\n    name: production\n  script:\n" + show));
        QVERIFY(m_repository.git({"commit", "-q", "-am", "scoped"}));
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void maintainersManageVariables_data() { addBackendRows(); }
    void maintainersManageVariables()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const auto masked =
            m_admin->put("/api/v1/projects/shop/variables/API_TOKEN", {{"value", kSecret}, {"masked", true}});
        QCOMPARE(masked.status, 200);
        QVERIFY(!masked.json().contains("value")); // never shown back
        QCOMPARE(m_admin->put("/api/v1/projects/shop/variables/REGION", {{"value", "eu-west"}}).status, 200);
        const QJsonArray items = m_admin->get("/api/v1/projects/shop/variables").json().value("items").toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value("key").toString(), QStringLiteral("API_TOKEN"));
        QVERIFY(items.at(0).toObject().value("masked").toBool());
        QVERIFY(!items.at(0).toObject().contains("value"));
        QCOMPARE(items.at(1).toObject().value("value").toString(), QStringLiteral("eu-west"));

        // Sealed at rest: neither value is in the database as written.
        const auto stored =
            m_server->app().database().query(QStringLiteral("SELECT value_sealed FROM project_variables"));
        for (int row = 0; row < stored.size(); ++row) {
            QVERIFY(!stored.value(row, 0).toString().contains(QString::fromLatin1(kSecret)));
            QVERIFY(!stored.value(row, 0).toString().contains(QStringLiteral("eu-west")));
        }
        // The audit trail names keys, never values.
        const QByteArray audit = m_admin->get("/api/v1/audit?action=project.variable_created").body;
        QVERIFY(audit.contains("API_TOKEN"));
        QVERIFY(!audit.contains(kSecret));
        QVERIFY(!audit.contains("eu-west"));

        // Replacing keeps one variable; deleting removes it; an unknown key is 404.
        QCOMPARE(m_admin->put("/api/v1/projects/shop/variables/REGION", {{"value", "us-east"}}).status, 200);
        QCOMPARE(m_admin->get("/api/v1/projects/shop/variables").json().value("items").toArray().size(), 2);
        QCOMPARE(m_admin->del("/api/v1/projects/shop/variables/REGION").status, 204);
        QCOMPARE(m_admin->del("/api/v1/projects/shop/variables/REGION").status, 404);
        QCOMPARE(m_admin->get("/api/v1/projects/shop/variables").json().value("items").toArray().size(), 1);
    }

    void badVariablesAreRefused_data() { addBackendRows(); }
    void badVariablesAreRefused()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QCOMPARE(m_admin->put("/api/v1/projects/shop/variables/1BAD", {{"value", "x"}}).errorFields(),
                 QStringList{"key"});
        QCOMPARE(
            m_admin->put("/api/v1/projects/shop/variables/SHORT", {{"value", "abc"}, {"masked", true}}).errorFields(),
            QStringList{"value"});
        QCOMPARE(m_admin->put("/api/v1/projects/shop/variables/LINES", {{"value", "abcdefgh\nijkl"}, {"masked", true}})
                     .errorFields(),
                 QStringList{"value"});
        QCOMPARE(m_admin->put("/api/v1/projects/shop/variables/NOVALUE", {{"masked", false}}).errorFields(),
                 QStringList{"value"});
        QCOMPARE(m_admin->put("/api/v1/projects/shop/variables/TYPED", {{"value", 3}}).errorFields(),
                 QStringList{"value"});
        QCOMPARE(m_admin->put("/api/v1/projects/shop/variables/EXTRA", {{"value", "x"}, {"scope", "*"}}).errorFields(),
                 QStringList{"scope"});
        QCOMPARE(m_admin->request("PUT", "/api/v1/projects/shop/variables/BROKEN", "{\"value\":").status, 400);
        QCOMPARE(m_admin->put("/api/v1/projects/nothing/variables/KEY", {{"value", "x"}}).status, 404);
        QVERIFY(
            m_admin->get("/api/v1/projects/shop/variables").json().value("items").toArray().isEmpty()); // nothing
                                                                                                        // half-written

        // Developers neither read nor write variables.
        QVERIFY(m_server->addUser(QStringLiteral("dev"), kPassword));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/dev", {{"role", "developer"}}).status, 200);
        HttpTestClient developer(m_server->url());
        QVERIFY(!developer.login(QStringLiteral("dev"), kPassword).isEmpty());
        QCOMPARE(developer.get("/api/v1/projects/shop/variables").status, 403);
        QCOMPARE(developer.put("/api/v1/projects/shop/variables/KEY", {{"value", "x"}}).status, 403);
        QVERIFY(m_admin->get("/api/v1/projects/shop/variables").json().value("items").toArray().isEmpty());
    }

    void jobsReceiveVariablesAndLogsAreMasked_data() { addBackendRows(); }
    void jobsReceiveVariablesAndLogsAreMasked()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QCOMPARE(
            m_admin->put("/api/v1/projects/shop/variables/API_TOKEN", {{"value", kSecret}, {"masked", true}}).status,
            200);
        QCOMPARE(m_admin->put("/api/v1/projects/shop/variables/REGION", {{"value", "eu-west"}}).status, 200);
        QCOMPARE(m_admin->put("/api/v1/projects/shop/variables/OVERRIDDEN", {{"value", "by-project"}}).status, 200);
        // The pipeline's own variables win over the project's.
        const QJsonObject created =
            m_admin
                ->post(
                    "/api/v1/projects/shop/pipelines",
                    {{"ref", "main"}, {"variables", QJsonArray{QJsonObject{{"key", "REGION"}, {"value", "ap-south"}}}}})
                .json();
        const QJsonObject finished = waitUntilFinished(created.value("id").toInteger());
        QCOMPARE(finished.value("status").toString(), QStringLiteral("success"));
        const qint64 jobId = finished.value("jobs").toArray().first().toObject().value("id").toInteger();
        const QByteArray text = log(jobId);
        QVERIFY2(text.contains("token=[MASKED]"), text.constData());
        QVERIFY2(text.contains("split=[MASKED]"), text.constData());
        QVERIFY2(text.contains("plain=ap-south from=file overridden=by-project"), text.constData());
        QVERIFY(!text.contains(kSecret));
        QVERIFY(!text.contains(QByteArray(kSecret).left(6) + '\n'));
        // Nothing of the value reached storage either, in any chunk.
        const auto chunks = m_server->app().database().query(
            QStringLiteral("SELECT content, packed, byte_size FROM job_logs WHERE job_id = ?"), {jobId});
        QVERIFY(chunks.size() >= 2);
        for (int row = 0; row < chunks.size(); ++row) {
            const QByteArray stored = LogPieceCodec::read(
                chunks.value(row, 0).toString(), chunks.value(row, 1).toByteArray(), chunks.value(row, 2).toLongLong());
            QVERIFY(!stored.contains(kSecret));
        }
    }

    QString jobLogNamed(const QJsonObject &pipeline, const QString &name)
    {
        for (const QJsonValue &job : pipeline.value("jobs").toArray()) {
            if (job.toObject().value("name").toString() == name)
                return QString::fromUtf8(log(job.toObject().value("id").toInteger()));
        }
        return {};
    }

    void variablesHaveScopesProtectionAndFiles_data() { addBackendRows(); }
    void variablesHaveScopesProtectionAndFiles()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QString variables = QStringLiteral("/api/v1/projects/shop/variables/");
        QCOMPARE(m_admin->put(variables + "REGION", {{"value", "anywhere"}}).status, 200);
        QCOMPARE(m_admin->put(variables + "REGION", {{"value", "reviews"}, {"environment_scope", "review/*"}}).status,
                 200);
        QCOMPARE(m_admin->put(variables + "REGION", {{"value", "prod"}, {"environment_scope", "production"}}).status,
                 200);
        QCOMPARE(m_admin->put(variables + "REGION", {{"value", "pr"}, {"environment_scope", "prod*"}}).status, 200);
        const auto key = m_admin->put(variables + "DEPLOY_KEY", {{"value", "deploy-key-123"}, {"protected", true}});
        QCOMPARE(key.status, 200);
        QVERIFY(key.json().value("protected").toBool());
        const auto file =
            m_admin->put(variables + "CONFIG", {{"value", "first line\nsecond line\n"}, {"variable_type", "file"}});
        QCOMPARE(file.json().value("variable_type").toString(), QStringLiteral("file"));
        const QJsonArray items = m_admin->get("/api/v1/projects/shop/variables").json().value("items").toArray();
        QCOMPARE(items.size(), 6); // one row per key and scope
        QCOMPARE(items.at(2).toObject().value("environment_scope").toString(), QStringLiteral("*"));

        // A branch that is not protected: no protected variable; each job gets its environment's scope.
        QJsonObject finished = waitUntilFinished(
            m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "scoped"}}).json().value("id").toInteger());
        QCOMPARE(finished.value("status").toString(), QStringLiteral("success"));
        const QString plain = jobLogNamed(finished, "plain");
        QVERIFY2(plain.contains("region=anywhere key=none protected=false"), qPrintable(plain));
        QVERIFY2(plain.contains("first line\nsecond line"), qPrintable(plain));
        const QString path = plain.section(QStringLiteral("path=/"), 1).section(u'\n', 0, 0).prepend(u'/');
        QVERIFY2(path.endsWith(QStringLiteral("/CONFIG")), qPrintable(path));
        QVERIFY(!QFile::exists(path)); // gone with the job
        QVERIFY(jobLogNamed(finished, "review").contains("region=reviews key=none"));
        QVERIFY(jobLogNamed(finished, "prod").contains("region=prod key=none")); // the exact name beats prod*

        // Protected refs: bad ones refused with the field named, nothing stored.
        const QString refs = QStringLiteral("/api/v1/projects/shop/protected-refs");
        QCOMPARE(m_admin->post(refs, {{"kind", "branch"}, {"name", "a..b"}}).errorFields(), QStringList{"name"});
        QCOMPARE(m_admin->post(refs, {{"kind", "branch"}, {"name", "bad name"}}).errorFields(), QStringList{"name"});
        QCOMPARE(m_admin->post(refs, {{"kind", "commit"}, {"name", "main"}}).errorFields(), QStringList{"kind"});
        QCOMPARE(m_admin->post(refs, {{"kind", "branch"}}).errorFields(), QStringList{"name"});
        QCOMPARE(m_admin->post(refs, {{"kind", "branch"}, {"name", 5}}).errorFields(), QStringList{"name"});
        QVERIFY(m_admin->get(refs).json().value("items").toArray().isEmpty());
        const auto added = m_admin->post(refs, {{"kind", "branch"}, {"name", "sco*"}});
        QCOMPARE(added.status, 201);
        QCOMPARE(m_admin->post(refs, {{"kind", "branch"}, {"name", "sco*"}}).status, 409);
        QCOMPARE(m_admin->post(refs, {{"kind", "tag"}, {"name", "v*"}}).status, 201);
        QCOMPARE(m_admin->get(refs).json().value("items").toArray().size(), 2);

        // Reporters read them; developers change neither them nor variables.
        QVERIFY(m_server->addUser(QStringLiteral("dev"), kPassword));
        QCOMPARE(m_admin->put("/api/v1/projects/shop/members/users/dev", {{"role", "developer"}}).status, 200);
        HttpTestClient developer(m_server->url());
        QVERIFY(!developer.login(QStringLiteral("dev"), kPassword).isEmpty());
        QCOMPARE(developer.get(refs).json().value("items").toArray().size(), 2);
        QCOMPARE(developer.post(refs, {{"kind", "branch"}, {"name", "main"}}).status, 403);
        QCOMPARE(developer.del(refs + QStringLiteral("/%1").arg(added.json().value("id").toInteger())).status, 403);

        // Now the branch is protected: the pipeline knows it and receives the protected variable.
        finished = waitUntilFinished(
            m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "scoped"}}).json().value("id").toInteger());
        QVERIFY(jobLogNamed(finished, "plain").contains("region=anywhere key=deploy-key-123 protected=true"));
        QVERIFY(jobLogNamed(finished, "review").contains("region=reviews key=deploy-key-123"));

        // Scopes are removed one at a time; the rest stays.
        QCOMPARE(m_admin->del(variables + "REGION?environment_scope=production").status, 204);
        QCOMPARE(m_admin->del(variables + "REGION?environment_scope=production").status, 404);
        QCOMPARE(m_admin->del(variables + "REGION?environment_scope=review%2F*").status, 204);
        finished = waitUntilFinished(
            m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "scoped"}}).json().value("id").toInteger());
        QVERIFY(jobLogNamed(finished, "review").contains("region=anywhere"));
        QVERIFY(jobLogNamed(finished, "prod").contains("region=pr "));
        QCOMPARE(m_admin->del(refs + QStringLiteral("/%1").arg(added.json().value("id").toInteger())).status, 204);
        QCOMPARE(m_admin->del(refs + QStringLiteral("/%1").arg(added.json().value("id").toInteger())).status, 404);
        const QByteArray audit = m_admin->get("/api/v1/audit?action=protected_ref.").body;
        QVERIFY(audit.contains("protected_ref.created") && audit.contains("protected_ref.deleted"));

        // Bad attributes are refused by name and change nothing.
        QCOMPARE(
            m_admin->put(variables + "REGION", {{"value", "x"}, {"environment_scope", "bad scope!"}}).errorFields(),
            QStringList{"environment_scope"});
        QCOMPARE(m_admin->put(variables + "REGION", {{"value", "x"}, {"environment_scope", ""}}).errorFields(),
                 QStringList{"environment_scope"});
        QCOMPARE(m_admin->put(variables + "REGION", {{"value", "x"}, {"variable_type", "yaml"}}).errorFields(),
                 QStringList{"variable_type"});
        QCOMPARE(m_admin->put(variables + "REGION", {{"value", "x"}, {"protected", "yes"}}).errorFields(),
                 QStringList{"protected"});
        QCOMPARE(m_admin->get("/api/v1/projects/shop/variables").json().value("items").toArray().size(), 4);
    }

    void theCiFilePathIsPerProject_data() { addBackendRows(); }
    void theCiFilePathIsPerProject()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QCOMPARE(m_admin->patch("/api/v1/projects/shop", {{"ci_config_path", "../outside.yml"}}).errorFields(),
                 QStringList{"ci_config_path"});
        QCOMPARE(m_admin->patch("/api/v1/projects/shop", {{"ci_config_path", "/etc/passwd"}}).errorFields(),
                 QStringList{"ci_config_path"});
        QCOMPARE(m_admin->patch("/api/v1/projects/shop", {{"ci_config_path", "ci/pipeline.txt"}}).errorFields(),
                 QStringList{"ci_config_path"});
        QCOMPARE(m_admin->get("/api/v1/projects/shop").json().value("ci_config_path").toString(),
                 QStringLiteral(".gitlab-ci.yml"));
        QCOMPARE(m_admin->patch("/api/v1/projects/shop", {{"ci_config_path", "ci/pipeline.yml"}}).status, 200);
        const QJsonObject finished = waitUntilFinished(
            m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "main"}}).json().value("id").toInteger());
        QCOMPARE(finished.value("jobs").toArray().first().toObject().value("name").toString(),
                 QStringLiteral("elsewhere"));
        QCOMPARE(finished.value("status").toString(), QStringLiteral("success"));
        QCOMPARE(m_admin->patch("/api/v1/projects/shop", {{"ci_config_path", "ci/missing.yml"}}).status, 200);
        const auto missing = m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "main"}});
        QCOMPARE(missing.status, 422);
        QVERIFY(missing.body.contains("ci/missing.yml"));
    }

    void logsAreReadFromAByteOffset_data() { addBackendRows(); }
    void logsAreReadFromAByteOffset()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const qint64 jobId = firstJobOf(QStringLiteral("chatty"));
        QCOMPARE(waitUntilFinished(pipelineOfJob(jobId)).value("status").toString(), QStringLiteral("success"));
        const QByteArray whole = log(jobId);
        QVERIFY(whole.contains("line 40 ééé"));
        for (const qint64 offset : {qint64(0), qint64(17), whole.indexOf("line 20"), qint64(whole.size())}) {
            const auto part = m_admin->get(QStringLiteral("/api/v1/jobs/%1/log?offset=%2").arg(jobId).arg(offset));
            QCOMPARE(part.body, whole.mid(offset));
            QCOMPARE(part.headers.value("x-log-offset").toLongLong(), offset);
            QCOMPARE(part.headers.value("x-log-size").toLongLong(), qint64(whole.size()));
        }
        QCOMPARE(log(jobId, whole.size() + 100), QByteArray());
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/jobs/%1/log?offset=-1").arg(jobId)).errorFields(),
                 QStringList{"offset"});
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/jobs/%1/log?offset=abc").arg(jobId)).errorFields(),
                 QStringList{"offset"});
        // In pages: ?limit=N gives at most N bytes, and the pages make the whole log.
        QByteArray paged;
        for (qint64 offset = 0; offset < whole.size();) {
            const auto page =
                m_admin->get(QStringLiteral("/api/v1/jobs/%1/log?offset=%2&limit=100").arg(jobId).arg(offset));
            QCOMPARE(page.status, 200);
            QVERIFY(page.body.size() <= 100 && !page.body.isEmpty());
            QCOMPARE(QString::fromUtf8(page.body).toUtf8(), page.body); // never cut inside a character
            QCOMPARE(page.headers.value("x-log-offset").toLongLong(), offset);
            QCOMPARE(page.headers.value("x-log-size").toLongLong(), qint64(whole.size()));
            paged += page.body;
            offset += page.body.size();
        }
        QCOMPARE(paged, whole);
        for (const char *limit : {"0", "-5", "many"})
            QCOMPARE(m_admin->get(QStringLiteral("/api/v1/jobs/%1/log?limit=%2").arg(jobId).arg(QLatin1String(limit)))
                         .errorFields(),
                     QStringList{"limit"});
    }

    void longLogPiecesArePackedAndReadWhole_data() { addBackendRows(); }
    void longLogPiecesArePackedAndReadWhole()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const qint64 jobId = firstJobOf(QStringLiteral("long"));
        QCOMPARE(waitUntilFinished(pipelineOfJob(jobId)).value("status").toString(), QStringLiteral("success"));
        const QByteArray whole = log(jobId);
        QVERIFY(whole.contains("line 1 ééé €😀 of a long") && whole.contains("line 3000 ééé €😀 of a long"));
        QVERIFY2(whole.contains("\nthe end\n"), whole.right(200).constData());

        // Stored: pieces end to end, the repetitive one packed, the random one as text.
        auto &database = m_server->app().database();
        const auto pieces = database.query(
            QStringLiteral(
                "SELECT byte_offset, byte_size, content, packed FROM job_logs WHERE job_id = ? ORDER BY seq"),
            {jobId});
        qint64 end = 0;
        int packed = 0;
        int longText = 0;
        for (int row = 0; row < pieces.size(); ++row) {
            const qint64 offset = pieces.value(row, 0).toLongLong();
            const qint64 size = pieces.value(row, 1).toLongLong();
            const QByteArray block = pieces.value(row, 3).toByteArray();
            QCOMPARE(offset, end);
            QCOMPARE(LogPieceCodec::read(pieces.value(row, 2).toString(), block, size), whole.mid(offset, size));
            if (!block.isNull()) {
                ++packed;
                QVERIFY(pieces.value(row, 2).toString().isEmpty());
                QVERIFY2(block.size() < size / 4, QByteArray::number(block.size()) + " of " + QByteArray::number(size));
            } else if (size >= LogPieceCodec::kMinPackedBytes) {
                ++longText;
            }
            end = offset + size;
        }
        QCOMPARE(end, qint64(whole.size()));
        QVERIFY(packed >= 1);
        QVERIFY(longText >= 1);

        // Read from inside the packed piece and in pages across it, as from text.
        const qint64 middle = whole.indexOf("line 1500 ");
        QCOMPARE(log(jobId, middle), whole.mid(middle));
        QByteArray paged;
        for (qint64 offset = 0; offset < whole.size();) {
            const auto page =
                m_admin->get(QStringLiteral("/api/v1/jobs/%1/log?offset=%2&limit=7000").arg(jobId).arg(offset));
            QCOMPARE(page.status, 200);
            QCOMPARE(page.headers.value("x-log-size").toLongLong(), qint64(whole.size()));
            QVERIFY(!page.body.isEmpty());
            paged += page.body;
            offset += page.body.size();
        }
        QCOMPARE(paged, whole);

        // A damaged block is an error, never text made of it.
        database.query(QStringLiteral("UPDATE job_logs SET packed = ? WHERE job_id = ? AND packed IS NOT NULL"),
                       {QByteArray("\xff\xff\xff\xff not lz4"), jobId});
        const auto damaged = m_admin->get(QStringLiteral("/api/v1/jobs/%1/log").arg(jobId));
        QCOMPARE(damaged.status, 500);
        QVERIFY(!damaged.body.contains("line 1 "));
    }

    void logsAreFollowedLiveOverTheEventsSocket_data() { addBackendRows(); }
    void logsAreFollowedLiveOverTheEventsSocket()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QUrl url = m_server->url();
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/v1/events"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_admin->token().toUtf8());

        // Follow from the start while the job runs: the pieces join into the stored log, with no gap or repeat.
        const qint64 jobId = firstJobOf(QStringLiteral("chatty"));
        QWebSocket socket;
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QByteArray followed;
        QString endStatus;
        bool ordered = true;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &message) {
            const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
            if (object.value("type").toString() == u"log" && object.value("job").toInteger() == jobId) {
                ordered = ordered && object.value("offset").toInteger() == followed.size();
                followed += object.value("text").toString().toUtf8();
            } else if (object.value("type").toString() == u"log_end") {
                endStatus = object.value("status").toString();
            }
        });
        socket.open(request);
        QVERIFY(connected.wait(5000));
        QTest::qWait(300); // some of the log is stored by now, the rest comes live
        socket.sendTextMessage(QStringLiteral(R"({"type":"follow_log","job":%1,"offset":0})").arg(jobId));
        QTRY_COMPARE_WITH_TIMEOUT(endStatus, QStringLiteral("success"), 60000);
        QVERIFY(ordered);
        QCOMPARE(followed, log(jobId));

        // Resuming from a byte offset sends exactly the rest, then the end.
        const qint64 from = followed.indexOf("line 30");
        QWebSocket resumed;
        QSignalSpy resumedOpen(&resumed, &QWebSocket::connected);
        QSignalSpy resumedMessages(&resumed, &QWebSocket::textMessageReceived);
        resumed.open(request);
        QVERIFY(resumedOpen.wait(5000));
        resumed.sendTextMessage(QStringLiteral(R"({"type":"follow_log","job":%1,"offset":%2})").arg(jobId).arg(from));
        QTRY_COMPARE_WITH_TIMEOUT(resumedMessages.size(), 2, 5000);
        const QJsonObject rest = QJsonDocument::fromJson(resumedMessages.at(0).first().toString().toUtf8()).object();
        QCOMPARE(rest.value("offset").toInteger(), from);
        QCOMPARE(rest.value("text").toString().toUtf8(), followed.mid(from));
        QCOMPARE(QJsonDocument::fromJson(resumedMessages.at(1).first().toString().toUtf8())
                     .object()
                     .value("type")
                     .toString(),
                 QStringLiteral("log_end"));

        // A job the caller may not read, or that does not exist, is an error and nothing more.
        resumed.sendTextMessage(QStringLiteral(R"({"type":"follow_log","job":999999,"offset":0})"));
        QTRY_COMPARE_WITH_TIMEOUT(resumedMessages.size(), 3, 5000);
        const QJsonObject refused = QJsonDocument::fromJson(resumedMessages.at(2).first().toString().toUtf8()).object();
        QCOMPARE(refused.value("type").toString(), QStringLiteral("error"));
        QCOMPARE(refused.value("message").toString(), QStringLiteral("Job not found"));
    }
};

QTEST_MAIN(TestVariables)
#include "tst_variables.moc"
