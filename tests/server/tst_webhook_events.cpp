#include "scm/WebhookEvent.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>

using adp::server::scm::WebhookEvent;

// What rules: changes compares a webhook's commit with, read from GitHub's
// and GitLab's real payloads: a push its previous head, a pull or merge
// request its target; a new branch and a tag nothing (every change holds).
class TestWebhookEvents : public QObject
{
    Q_OBJECT

private:
    static QJsonObject payload(const QString &file)
    {
        QFile source(QStringLiteral(ADP_SOURCE_DIR "/tests/data/") + file);
        if (!source.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(source.readAll()).object();
    }

private Q_SLOTS:
    void changesCompareWithWhatTheEventSays()
    {
        // GitHub: a new branch (created, before all zeros), then the same push to an existing one.
        QJsonObject push = payload(QStringLiteral("github/push-branch.json"));
        QVERIFY(!push.isEmpty());
        QCOMPARE(WebhookEvent::fromGitHub(QStringLiteral("push"), push).changesSince, QString());
        push.insert(QStringLiteral("created"), false);
        push.insert(QStringLiteral("before"), QStringLiteral("95790bf891e76fee5e1747ab589903a6a1f80f22"));
        QCOMPARE(WebhookEvent::fromGitHub(QStringLiteral("push"), push).changesSince,
                 QStringLiteral("95790bf891e76fee5e1747ab589903a6a1f80f22"));
        QCOMPARE(
            WebhookEvent::fromGitHub(QStringLiteral("push"), payload(QStringLiteral("github/push-tag-created.json")))
                .changesSince,
            QString());
        QCOMPARE(WebhookEvent::fromGitHub(QStringLiteral("pull_request"),
                                          payload(QStringLiteral("github/pull_request-opened.json")))
                     .changesSince,
                 QStringLiteral("f95f852bd8fca8fcc58a9a2d6c842781e32a215e"));

        // GitLab: a push names its previous head; a tag push and a merge request as above.
        QCOMPARE(WebhookEvent::fromGitLab(QStringLiteral("Push Hook"), payload(QStringLiteral("gitlab/push.json")))
                     .changesSince,
                 QStringLiteral("95790bf891e76fee5e1747ab589903a6a1f80f22"));
        QCOMPARE(
            WebhookEvent::fromGitLab(QStringLiteral("Tag Push Hook"), payload(QStringLiteral("gitlab/tag_push.json")))
                .changesSince,
            QString());
        QCOMPARE(WebhookEvent::fromGitLab(QStringLiteral("Merge Request Hook"),
                                          payload(QStringLiteral("gitlab/merge_request.json")))
                     .changesSince,
                 QStringLiteral("refs/heads/master"));
    }
};

QTEST_GUILESS_MAIN(TestWebhookEvents)
#include "tst_webhook_events.moc"
