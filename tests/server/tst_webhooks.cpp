#include "AdminSession.h"
#include "scm/WebhookService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace adp::test;
using adp::server::scm::WebhookService;

// GitHub and GitLab webhooks on both backends, driven by their real payloads
// (tests/data/github, tests/data/gitlab) with the commit ids swapped for a
// local repository's: signed deliveries make one pipeline at the pushed
// commit, repeats and the second event of a tag push make nothing, and
// unsigned, wrongly signed or malformed ones are refused with nothing stored.
class TestWebhooks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_repository;
    QHash<QString, QString> m_shas; // local branch or tag -> commit
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;
    QString m_secret;

    bool git(const QStringList &arguments, QString *out = nullptr)
    {
        QProcess process;
        process.setWorkingDirectory(m_repository.path());
        process.start(QStringLiteral("git"),
                      QStringList{"-c", "user.name=Test", "-c", "user.email=t@example.test"} + arguments);
        const bool ok = process.waitForFinished(30000) && process.exitCode() == 0;
        if (out)
            *out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        return ok;
    }

    bool commit(const QString &branch, const QByteArray &definition, const QString &message)
    {
        QFile file(m_repository.filePath(QStringLiteral(".gitlab-ci.yml")));
        if (!git({"checkout", "-q", "-B", branch}) || !file.open(QIODevice::WriteOnly))
            return false;
        file.write(definition);
        file.close();
        QString sha;
        const bool ok = git({"add", "."}) && git({"commit", "-q", "-m", message}) && git({"rev-parse", "HEAD"}, &sha);
        m_shas.insert(branch, sha);
        return ok;
    }

    // A corpus payload with its commit ids replaced by local ones, as the exact bytes to sign.
    static QByteArray payload(const QString &file, const QHash<QString, QString> &replacements = {})
    {
        QFile source(QStringLiteral(ADP_SOURCE_DIR "/tests/data/") + file);
        if (!source.open(QIODevice::ReadOnly))
            return {};
        QByteArray bytes = source.readAll();
        for (auto it = replacements.constBegin(); it != replacements.constEnd(); ++it)
            bytes.replace(it.key().toUtf8(), it.value().toUtf8());
        return bytes;
    }

    struct Answer
    {
        int status = 0;
        QJsonObject body;
    };

    Answer deliver(const QString &path, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        QNetworkAccessManager network;
        QUrl url = m_server->url();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(30000);
        Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return answer;
    }

    Answer github(const QString &event, const QByteArray &body, const QString &delivery, const QByteArray &secret = {})
    {
        const QByteArray key = secret.isNull() ? m_secret.toUtf8() : secret;
        const QByteArray signature =
            "sha256=" + QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256).toHex();
        return deliver(QStringLiteral("/api/v1/projects/shop/webhooks/github"), body,
                       {{"X-GitHub-Event", event.toUtf8()},
                        {"X-GitHub-Delivery", delivery.toUtf8()},
                        {"X-Hub-Signature-256", signature}});
    }

    Answer gitlab(const QString &event, const QByteArray &body, const QString &uuid, const QByteArray &token = {})
    {
        return deliver(QStringLiteral("/api/v1/projects/shop/webhooks/gitlab"), body,
                       {{"X-Gitlab-Event", event.toUtf8()},
                        {"X-Gitlab-Event-UUID", uuid.toUtf8()},
                        {"X-Gitlab-Token", token.isNull() ? m_secret.toUtf8() : token}});
    }

    int count(const char *table) const
    {
        return int(m_server->app()
                       .database()
                       .query(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
                       .value(0, 0)
                       .toLongLong());
    }

    QJsonObject pipeline(qint64 id) { return m_admin->get(QStringLiteral("/api/v1/pipelines/%1").arg(id)).json(); }

    bool start()
    {
        QFETCH(QString, backend);
        AdminSession session = AdminSession::start(backend);
        if (!session.ok())
            return false;
        m_server = std::move(session.server);
        m_admin = std::move(session.admin);
        if (m_admin
                ->post("/api/v1/projects",
                       {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", m_repository.path()}})
                .status != 201)
            return false;
        const HttpResult setup = m_admin->post("/api/v1/projects/shop/webhook-secret", QJsonObject{});
        m_secret = setup.json().value("secret").toString();
        return setup.status == 200 &&
               setup.json().value("github_url").toString().endsWith(QStringLiteral("/projects/shop/webhooks/github"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray definition =
            "build:\n  script: make\n"
            "review:\n  script: make review\n  rules:\n    - if: $CI_PIPELINE_SOURCE == \"merge_request_event\"\n";
        QVERIFY(git({"init", "-q", "-b", "master"}));
        QVERIFY(commit("master", definition, "Initial commit"));
        QVERIFY(git({"tag", "simple-tag"}) && git({"tag", "v1.0.0"}));
        QVERIFY(commit("changes", definition + "# changed\n", "Change something"));
        QVERIFY(commit("ms-viewport", definition + "# viewport\n", "Viewport"));
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void githubsTestVectorVerifies()
    {
        QVERIFY(WebhookService::verifyGitHubSignature(
            "It's a Secret to Everybody", "Hello, World!",
            "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"));
        QVERIFY(!WebhookService::verifyGitHubSignature(
            "It's a Secret to Everybody", "Hello, World?",
            "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"));
        QVERIFY(!WebhookService::verifyGitHubSignature("It's a Secret to Everybody", "Hello, World!",
                                                       "757107ea0eb2509fc2"));
    }

    void githubDeliveries_data() { addBackendRows(); }
    void githubDeliveries()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QHash<QString, QString> local{{"6113728f27ae82c7b1a177c8d03f9e96e0adf246", m_shas.value("master")},
                                            {"ec26c3e57ca3a959ca5aad62de7213c562f8c821", m_shas.value("changes")}};
        QCOMPARE(github("ping", payload("github/ping.json"), "d-ping").body.value("outcome").toString(),
                 QStringLiteral("pong"));

        const QByteArray push = payload("github/push-branch.json", local);
        const Answer created = github("push", push, "d-1");
        QCOMPARE(created.status, 201);
        const QJsonObject made = pipeline(created.body.value("pipeline_id").toInteger());
        QCOMPARE(made.value("ref").toString(), QStringLiteral("master"));
        QCOMPARE(made.value("sha").toString(), m_shas.value("master"));
        QCOMPARE(made.value("source").toString(), QStringLiteral("push"));
        QCOMPARE(made.value("jobs").toArray().size(), 1); // review runs for merge requests only
        // The same delivery again makes nothing new.
        QCOMPARE(github("push", push, "d-1").body.value("outcome").toString(), QStringLiteral("duplicate"));
        QCOMPARE(count("pipelines"), 1);

        // A tag push arrives as push and create: one pipeline.
        QCOMPARE(github("push", payload("github/push-tag-created.json", local), "d-2").status, 201);
        QCOMPARE(github("create", payload("github/create-tag.json"), "d-3").body.value("outcome").toString(),
                 QStringLiteral("duplicate"));
        QCOMPARE(count("pipelines"), 2);

        const Answer opened = github("pull_request", payload("github/pull_request-opened.json", local), "d-4");
        QCOMPARE(opened.status, 201);
        const QJsonObject review = pipeline(opened.body.value("pipeline_id").toInteger());
        QCOMPARE(review.value("source").toString(), QStringLiteral("merge_request_event"));
        QCOMPARE(review.value("ref").toString(), QStringLiteral("changes"));
        // As in GitLab, jobs without rules (only: branches, tags) stay out of merge request pipelines.
        QCOMPARE(review.value("jobs").toArray().size(), 1);
        QCOMPARE(review.value("jobs").toArray().first().toObject().value("name").toString(), QStringLiteral("review"));

        // Nothing to run: recorded with the reason, answered 200.
        QCOMPARE(github("pull_request", payload("github/pull_request-closed.json", local), "d-5")
                     .body.value("outcome")
                     .toString(),
                 QStringLiteral("ignored"));
        QCOMPARE(github("push", payload("github/push-tag-deleted.json", local), "d-6").body.value("outcome").toString(),
                 QStringLiteral("ignored"));
        const Answer unknownCommit =
            github("push", payload("github/push-branch.json"), "d-7"); // GitHub's own commit id
        QCOMPARE(unknownCommit.status, 200);
        QCOMPARE(unknownCommit.body.value("outcome").toString(), QStringLiteral("skipped"));
        QVERIFY(
            unknownCommit.body.value("reason").toString().contains(QStringLiteral("not in the project's repository")));
        QCOMPARE(count("pipelines"), 3);
        const int deliveries = count("webhook_deliveries");
        QCOMPARE(deliveries, 6); // push, tag, pull request, closed, deleted, unknown commit

        // Refused, and nothing stored: unsigned, wrongly signed, malformed, missing delivery id.
        QCOMPARE(deliver("/api/v1/projects/shop/webhooks/github", push,
                         {{"X-GitHub-Event", "push"}, {"X-GitHub-Delivery", "d-8"}})
                     .status,
                 401);
        QCOMPARE(github("push", push, "d-9", "not the secret").status, 401);
        QCOMPARE(github("push", "{\"ref\": ", "d-10").status, 400);
        QCOMPARE(github("push", push, QString()).status, 400);
        QCOMPARE(count("webhook_deliveries"), deliveries);
        QCOMPARE(count("pipelines"), 3);

        // Pipelines made by webhooks are audited as the webhook's.
        const QJsonArray audit = m_admin->get("/api/v1/audit?action=pipeline.created").json().value("items").toArray();
        QCOMPARE(audit.first().toObject().value("actor").toObject().value("name").toString(),
                 QStringLiteral("webhook:github"));

        // Deliveries are forgotten after a month (the scheduler's housekeeping), newer ones kept.
        const qint64 monthsAgo = QDateTime::currentMSecsSinceEpoch() - 40LL * 24 * 3600 * 1000;
        m_server->app().database().query(
            QStringLiteral("UPDATE webhook_deliveries SET received_at = ? WHERE dedupe_key = 'd-1'"), {monthsAgo});
        QCOMPARE(m_server->app().webhooks().forgetOldDeliveries(), 1);
        QCOMPARE(count("webhook_deliveries"), deliveries - 1);
        QCOMPARE(m_server->app().webhooks().forgetOldDeliveries(), 0);
    }

    void gitlabDeliveries_data() { addBackendRows(); }
    void gitlabDeliveries()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QHash<QString, QString> local{{"da1560886d4f094c3e6c9ef40349f7d38b5d27d7", m_shas.value("master")},
                                            {"82b3d5ae55f7080f1e6022629cdb57bfae7cccc7", m_shas.value("master")}};
        const Answer pushed = gitlab("Push Hook", payload("gitlab/push.json", local), "u-1");
        QCOMPARE(pushed.status, 201);
        QCOMPARE(pipeline(pushed.body.value("pipeline_id").toInteger()).value("ref").toString(),
                 QStringLiteral("master"));
        QCOMPARE(gitlab("Push Hook", payload("gitlab/push.json", local), "u-1").body.value("outcome").toString(),
                 QStringLiteral("duplicate"));
        const Answer tagged = gitlab("Tag Push Hook", payload("gitlab/tag_push.json", local), "u-2");
        QCOMPARE(tagged.status, 201);
        QCOMPARE(pipeline(tagged.body.value("pipeline_id").toInteger()).value("tag").toBool(), true);

        QHash<QString, QString> viewport{{"da1560886d4f094c3e6c9ef40349f7d38b5d27d7", m_shas.value("ms-viewport")}};
        const Answer merge = gitlab("Merge Request Hook", payload("gitlab/merge_request.json", viewport), "u-3");
        QCOMPARE(merge.status, 201);
        const QJsonObject review = pipeline(merge.body.value("pipeline_id").toInteger());
        QCOMPARE(review.value("source").toString(), QStringLiteral("merge_request_event"));
        QCOMPARE(review.value("ref").toString(), QStringLiteral("ms-viewport"));

        QCOMPARE(gitlab("Push Hook", payload("gitlab/push.json", local), "u-4", "wrong-token").status, 401);
        QCOMPARE(gitlab("Push Hook", payload("gitlab/push.json", local), "u-5", "").status, 401);
        QCOMPARE(gitlab("Pipeline Hook", payload("gitlab/pipeline.json"), "u-6").body.value("outcome").toString(),
                 QStringLiteral("ignored"));
        QCOMPARE(count("pipelines"), 3);

        // Without a secret there are no webhooks for a project.
        QCOMPARE(m_admin
                     ->post("/api/v1/projects",
                            {{"name", "Other"}, {"slug", "other"}, {"repository_url", m_repository.path()}})
                     .status,
                 201);
        const Answer unset = deliver("/api/v1/projects/other/webhooks/gitlab", payload("gitlab/push.json", local),
                                     {{"X-Gitlab-Event", "Push Hook"}, {"X-Gitlab-Token", m_secret.toUtf8()}});
        QCOMPARE(unset.status, 403);
        QCOMPARE(deliver("/api/v1/projects/none/webhooks/gitlab", "{}", {{"X-Gitlab-Event", "Push Hook"}}).status, 404);

        // Only maintainers set the secret; a chosen one must be long enough.
        QCOMPARE(m_admin->post("/api/v1/projects/shop/webhook-secret", {{"secret", "short"}}).errorFields(),
                 QStringList{"secret"});
        QCOMPARE(m_admin->post("/api/v1/projects/shop/webhook-secret", {{"secret", "a-chosen-secret-of-some-length"}})
                     .status,
                 200);
        QCOMPARE(gitlab("Push Hook", payload("gitlab/push.json", local), "u-7").status,
                 401); // the old secret no longer works
        QCOMPARE(gitlab("Push Hook", payload("gitlab/push.json", local), "u-8", "a-chosen-secret-of-some-length")
                     .body.value("outcome")
                     .toString(),
                 QStringLiteral("created"));
    }
};

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
