#include "FakeHttpServer.h"
#include "GitRepository.h"
#include "HttpTestClient.h"
#include "LiveEvents.h"
#include "PipelineCalls.h"
#include "ServerProcess.h"
#include "SignedInServer.h"
#include "ai/AssistantPanel.h"
#include "ai/ChangeReviewDialog.h"
#include "ai/CitedFileDialog.h"
#include "ai/ModelAnswerView.h"
#include "logs/JobLogFollower.h"
#include "logs/LogViewer.h"
#include "pipelines/PipelineLink.h"
#include "pipelines/PipelineNotifier.h"
#include "pipelines/PipelinesModel.h"
#include "pipelines/PipelinesView.h"
#include "projects/ProjectsView.h"
#include "shared/client/ApiClient.h"
#include "widgets/ErrorBanner.h"
#include "workspace/ProjectWorkspace.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QtTest>

using namespace adp;
using namespace adp::test;

// The desktop's pipelines list against a real server (SQLite): pages by cursor, filters on the
// server, and live events that insert and update rows in place, never reloading the list; and a
// job's log followed live into the log viewer's document.
class TestPipelinesDesktop : public QObject
{
    Q_OBJECT

private:
    GitRepository m_repository;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<shared::ApiClient> m_api;
    std::unique_ptr<shared::PipelinesApi> m_pipelines;
    qint64 m_projectId = 0;

    qint64 run(const QString &ref)
    {
        return m_http->post("/api/v1/projects/shop/pipelines", {{"ref", ref}}).json().value("id").toInteger();
    }

    shared::Project shopAsDeveloper() const
    {
        shared::Project project;
        project.id = m_projectId;
        project.slug = QStringLiteral("shop");
        project.myRole = shared::ProjectRole::Developer;
        return project;
    }

    // Runs the "missing" branch, whose one job fails, and lists that job in `view`.
    bool listFailedJob(app::PipelinesView &view)
    {
        const qint64 pipeline = run(QStringLiteral("missing"));
        if (waitUntilFinished(*m_http, pipeline).value("status").toString() != u"failed" ||
            !QTest::qWaitFor([&]() { return view.model()->rowOfId(pipeline) == 0; }, 5000))
            return false;
        view.table()->selectRow(0);
        return QTest::qWaitFor([&]() { return view.jobList()->count() == 1; }, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        // Manual jobs only: the pipelines wait, so the list stays as made.
        QVERIFY(m_repository.commitBranch("main", "deploy:\n  when: manual\n  script:\n    - echo deploy\n"));
        QVERIFY(m_repository.commitBranch("dev", "# dev\ndeploy:\n  when: manual\n  script:\n    - echo deploy\n"));
        QVERIFY(m_repository.commitBranch("quick", "check:\n  script:\n    - echo ok\n"));
        QVERIFY(m_repository.commitBranch("broken", "check:\n  script:\n    - exit 1\n"));
        QVERIFY(m_repository.commitBranch(
            "missing", "check:\n  script:\n    - echo building\n    - shop-bundler-not-installed --production\n"));
        QVERIFY(m_repository.commitBranch("slow", "wait:\n  script:\n    - sleep 30\n"));
        QVERIFY(m_repository.commitBranch(
            "chatty",
            "talk:\n  script:\n    - for i in 1 2 3; do printf '\\033[32mline %s\\033[0m\\n' $i; sleep 0.4; done\n"
            "    - printf 'no newline at the end'\n"));
    }

    void init()
    {
        QString error;
        QVERIFY2(startSignedIn(m_server, m_http, m_api, &error), qPrintable(error));
        m_pipelines = std::make_unique<shared::PipelinesApi>(*m_api);
        const HttpResult project = m_http->post(
            "/api/v1/projects", {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", m_repository.path()}});
        QCOMPARE(project.status, 201);
        m_projectId = project.json().value("id").toInteger();
    }

    void cleanup()
    {
        m_pipelines.reset();
        m_api.reset();
        m_http.reset();
        m_server.reset();
    }

    void pagesAndFiltersOnTheServer()
    {
        for (int i = 0; i < 55; ++i)
            QVERIFY(run(QStringLiteral("main")) > 0);
        for (int i = 0; i < 3; ++i)
            QVERIFY(run(QStringLiteral("dev")) > 0);
        app::PipelinesModel model(*m_pipelines);
        model.setProject(QStringLiteral("shop"), m_projectId);
        QTRY_COMPARE(model.rowCount(), app::PipelinesModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.pipelineAt(0).ref, QStringLiteral("dev")); // newest first
        QVERIFY(model.pipelineAt(0).id > model.pipelineAt(1).id);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 58);
        QTRY_VERIFY(model.isComplete());
        QCOMPARE(model.headerData(app::PipelinesModel::Ref, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Ref"));
        QCOMPARE(model.data(model.index(0, app::PipelinesModel::Status), Qt::DisplayRole).toString(),
                 app::PipelinesModel::statusLabel(model.pipelineAt(0).status));
        QVERIFY(!model.data(model.index(0, app::PipelinesModel::Status), Qt::DisplayRole).toString().isEmpty());
        QVERIFY(model.data(model.index(0, app::PipelinesModel::Commit), Qt::DisplayRole)
                    .toString()
                    .contains(u"CI for dev"));

        model.setFilters({{}, QStringLiteral("dev"), {}});
        QTRY_COMPARE(model.rowCount(), 3);
        QVERIFY(model.isComplete());
        model.setFilters({QStringLiteral("success"), {}, {}});
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        model.setFilters({{}, {}, QStringLiteral("api")});
        QTRY_COMPARE(model.rowCount(), app::PipelinesModel::kPageSize);
        model.setFilters({{}, {}, QStringLiteral("schedule")});
        QTRY_COMPARE(model.rowCount(), 0);
    }

    void liveEventsInsertAndUpdateRows()
    {
        shared::EventsClient events(*m_api);
        app::PipelinesModel model(*m_pipelines);
        connect(
            &events, &shared::EventsClient::eventReceived, &model,
            [&model](const QString &, const QString &type, const QJsonObject &data) { model.applyEvent(type, data); });
        QVERIFY(startSubscribed(events, {QStringLiteral("pipelines")}));
        model.setProject(QStringLiteral("shop"), m_projectId);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const qint64 quick = run(QStringLiteral("quick"));
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfId(quick) == 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(model.pipelineAt(model.rowOfId(quick)).status, QStringLiteral("success"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(model.pipelineAt(model.rowOfId(quick)).finishedAt.isValid(), 5000); // fetched alone
        QVERIFY(!model.data(model.index(model.rowOfId(quick), app::PipelinesModel::Duration), Qt::DisplayRole)
                     .toString()
                     .isEmpty());
        QCOMPARE(reset.size(), 0); // never a reload

        // Under a "failed" filter: a pipeline appears when it fails, not before.
        model.setFilters({QStringLiteral("failed"), {}, {}});
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        const qint64 broken = run(QStringLiteral("broken"));
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfId(broken) == 0, 15000);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.pipelineAt(0).status, QStringLiteral("failed"));
        // Another project's pipelines never show.
        QCOMPARE(m_http
                     ->post("/api/v1/projects",
                            {{"name", "Other"}, {"slug", "other"}, {"repository_url", m_repository.path()}})
                     .status,
                 201);
        const qint64 other =
            m_http->post("/api/v1/projects/other/pipelines", {{"ref", "broken"}}).json().value("id").toInteger();
        waitUntilFinished(*m_http, other);
        QTest::qWait(300);
        QCOMPARE(model.rowOfId(other), -1);
    }

    void aRunningPipelinesDurationCountsUp()
    {
        const qint64 slow = run(QStringLiteral("slow"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_http->get(QStringLiteral("/api/v1/pipelines/%1").arg(slow)).json().value("status").toString() ==
                u"running",
            15000);
        app::PipelinesModel model(*m_pipelines);
        model.setProject(QStringLiteral("shop"), m_projectId);
        QTRY_COMPARE(model.rowCount(), 1);
        const QModelIndex duration = model.index(0, app::PipelinesModel::Duration);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QString before = model.data(duration, Qt::DisplayRole).toString();
        QVERIFY(!before.isEmpty());
        // Without any event or request, the shown duration moves on with the clock.
        // (The signal first: the text alone moves on at the next whole second, which may come before the tick.)
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(model.data(duration, Qt::DisplayRole).toString() != before, 3000);
        QCOMPARE(changed.last().at(0).value<QModelIndex>(), duration);
        m_http->post(QStringLiteral("/api/v1/pipelines/%1/cancel").arg(slow), {});
    }

    void aJobsLogIsFollowedLive()
    {
        shared::EventsClient events(*m_api);
        app::LogDocument document;
        app::JobLogFollower follower(*m_pipelines, &events, document);
        QVERIFY(startSubscribed(events, {QStringLiteral("pipelines")}));
        const QJsonObject created = m_http->post("/api/v1/projects/shop/pipelines", {{"ref", "chatty"}}).json();
        const qint64 job = created.value("jobs").toArray().first().toObject().value("id").toInteger();
        QSignalSpy finished(&follower, &app::JobLogFollower::finished);
        QSignalSpy added(&document, &app::LogDocument::linesAdded);
        follower.follow(job);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toString(), QStringLiteral("success"));
        QVERIFY2(added.size() >= 2, "the lines arrived in several pieces, as printed");
        QStringList lines;
        for (int line = 0; line < document.lineCount(); ++line)
            lines.append(document.text(line));
        QVERIFY2(lines.contains(u"line 1") && lines.contains(u"line 3"), qPrintable(lines.join(u'|')));
        QVERIFY2(lines.contains(u"no newline at the end"),
                 qPrintable(lines.join(u"|"))); // the last piece, once the job ended
        const int first = int(lines.indexOf(u"line 1"));
        QCOMPARE(document.runs(first).size(), 1); // its colour, parsed once
        const QByteArray whole = m_http->get(QStringLiteral("/api/v1/jobs/%1/log").arg(job)).body;
        QCOMPARE(follower.bytesRead(), whole.size());

        // Without the socket: read over HTTP, to the same end.
        app::LogDocument polled;
        app::JobLogFollower poller(*m_pipelines, nullptr, polled);
        QSignalSpy polledEnd(&poller, &app::JobLogFollower::finished);
        poller.follow(job);
        QVERIFY(polledEnd.wait(10000));
        QCOMPARE(poller.bytesRead(), whole.size());
        QCOMPARE(polled.lineCount(), document.lineCount());

        // A stored log is read in pages (here of 10 bytes), then followed: the same document.
        app::LogDocument paged;
        app::JobLogFollower pager(*m_pipelines, &events, paged);
        pager.setPageBytes(10);
        QSignalSpy pagedEnd(&pager, &app::JobLogFollower::finished);
        QSignalSpy pages(&paged, &app::LogDocument::linesAdded);
        pager.follow(job);
        QVERIFY(pagedEnd.wait(10000));
        QCOMPARE(pager.bytesRead(), whole.size());
        QCOMPARE(paged.plainText(), document.plainText());
        QVERIFY(pages.size() >= 3);
    }

    void theViewFollowsTheRoleAndShowsJobsAndLogs()
    {
        shared::EventsClient events(*m_api);
        QVERIFY(startSubscribed(events, {QStringLiteral("pipelines")}));
        shared::Project project;
        project.id = m_projectId;
        project.slug = QStringLiteral("shop");
        project.name = QStringLiteral("Shop");
        project.defaultBranch = QStringLiteral("main");
        project.myRole = shared::ProjectRole::Reporter;
        app::PipelinesView view(*m_api, &events, project);
        view.resize(1000, 700);
        view.show();
        QTRY_VERIFY(!view.model()->isLoading());

        // A reporter sees, but may not run: disabled, and the tooltip says who may.
        QVERIFY(!view.runButton()->isEnabled());
        QVERIFY(view.runButton()->toolTip().contains(u"Developers and maintainers"));
        QVERIFY(!view.retryButton()->isEnabled());
        view.setRole(shared::ProjectRole::Developer);
        QVERIFY(view.runButton()->isEnabled());

        // Run, through the dialog's seam: the new pipeline arrives live.
        view.setAskRun([](QWidget *, const QString &defaultRef) -> std::optional<shared::PipelineRunRequest> {
            shared::PipelineRunRequest request;
            request.ref = defaultRef == u"main" ? QStringLiteral("broken") : QString();
            request.variables.append({QStringLiteral("GREETING"), QStringLiteral("hello")});
            return request;
        });
        view.runPipeline();
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->pipelineAt(0).status, QStringLiteral("failed"), 15000);
        view.table()->selectRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(view.jobList()->count(), 1, 5000);
        QTRY_VERIFY(view.retryButton()->isEnabled()); // failed: may be retried
        QVERIFY(!view.cancelButton()->isEnabled());
        view.jobList()->setCurrentRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(view.logViewer()->document().lineCount() > 0, 10000);
        QVERIFY(view.retryJobButton()->isEnabled()); // a failed job
        QVERIFY(!view.playJobButton()->isEnabled()); // not a manual one
        const qint64 pipelineId = view.model()->pipelineAt(0).id;
        view.retryJobButton()->click();
        // The job runs again (and fails again): its attempt counts up.
        QTRY_VERIFY2_WITH_TIMEOUT(m_http->get(QStringLiteral("/api/v1/pipelines/%1").arg(pipelineId))
                                          .json()
                                          .value("jobs")
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value("attempt")
                                          .toInt() == 2,
                                  qPrintable(view.banner()->message()), 10000);
        // The whole run again, from the toolbar: a failed run may be retried.
        QCOMPARE(waitUntilFinished(*m_http, pipelineId).value("status").toString(), QStringLiteral("failed"));
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->pipelineAt(0).status, QStringLiteral("failed"), 15000);
        view.table()->clearSelection();
        view.table()->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(view.retryButton()->isEnabled(), 5000);
        view.retryButton()->click();
        QTRY_VERIFY2_WITH_TIMEOUT(m_http->get(QStringLiteral("/api/v1/pipelines/%1").arg(pipelineId))
                                          .json()
                                          .value("jobs")
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value("attempt")
                                          .toInt() == 3,
                                  qPrintable(view.banner()->message()), 10000);

        // A manual job is played from the jobs pane.
        const qint64 manual = run(QStringLiteral("main"));
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowOfId(manual), 0, 5000);
        view.table()->selectRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(view.shownPipeline(), manual, 5000);
        view.jobList()->setCurrentRow(0);
        QTRY_VERIFY(view.playJobButton()->isEnabled());
        view.playJobButton()->click();
        QTRY_VERIFY2_WITH_TIMEOUT(m_http->get(QStringLiteral("/api/v1/pipelines/%1").arg(manual))
                                          .json()
                                          .value("jobs")
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value("status")
                                          .toString() != u"manual",
                                  qPrintable(view.banner()->message()), 10000);

        // The filters reach the server's query.
        view.statusFilter()->setCurrentIndex(view.statusFilter()->findData(QStringLiteral("success")));
        QTRY_COMPARE(view.model()->filters().status, QStringLiteral("success"));
        waitUntilFinished(*m_http, manual);
        QTRY_COMPARE(view.model()->rowCount(), 1); // the one whose manual job was played, and passed
        QCOMPARE(view.model()->pipelineAt(0).id, manual);
        view.statusFilter()->setCurrentIndex(0);
        view.refFilter()->setText(QStringLiteral("broken"));
        QTRY_COMPARE(view.model()->filters().ref, QStringLiteral("broken"));
        QTRY_COMPARE(view.model()->rowCount(), 1); // broken only, not main
        view.sourceFilter()->setCurrentIndex(view.sourceFilter()->findData(QStringLiteral("schedule")));
        QTRY_COMPARE(view.model()->rowCount(), 0);
    }

    void theAssistantExplainsAFailedJobBesideItsLog()
    {
        shared::EventsClient events(*m_api);
        QVERIFY(startSubscribed(events, {QStringLiteral("pipelines")}));
        app::PipelinesView view(*m_api, &events, shopAsDeveloper());
        view.resize(1200, 700);
        view.show();
        QVERIFY(listFailedJob(view));
        app::AssistantPanel *assistant = view.assistant();
        QSignalSpy explained(assistant, &app::AssistantPanel::explained);
        view.jobList()->setCurrentRow(0);
        // A failed job is explained on its own once its log is complete.
        QVERIFY(explained.wait(10000));
        QVERIFY(assistant->analysis());
        const auto &verdict = assistant->analysis()->verdict;
        QCOMPARE(verdict.failureClass, shared::analysis::FailureClass::MissingDependency);
        QVERIFY(assistant->summaryText().contains(QStringLiteral("missing")));
        QVERIFY(verdict.firstErrorLine > 0);
        const QString firstLine =
            view.logViewer()->document().plainText().split(u'\n').value(int(verdict.firstErrorLine - 1));
        QVERIFY2(firstLine.contains(QStringLiteral("shop-bundler-not-installed: command not found")),
                 qPrintable(firstLine));
        QVERIFY(assistant->evidenceList()->count() >= 1);
        QVERIFY(assistant->plainText().contains(QStringLiteral("missing_dependency")));

        // Its first bad line, and each piece of evidence, show the line in the log.
        view.logViewer()->view().selectLines(0, 0);
        assistant->findChild<QPushButton *>(QStringLiteral("assistantFirstLine"))->click();
        QCOMPARE(view.logViewer()->view().selection(),
                 qMakePair(int(verdict.firstErrorLine - 1), int(verdict.firstErrorLine - 1)));
        view.logViewer()->view().selectLines(0, 0);
        Q_EMIT assistant->evidenceList()->itemClicked(assistant->evidenceList()->item(0));
        QCOMPARE(view.logViewer()->view().selection().first, int(verdict.evidence.first().line - 1));
    }

    // The organisation's model, asked from the assistant: its Markdown answer streams in piece by
    // piece, a cited log line shows that line, what it cost is said, and a thumb is kept.
    void theModelsAnswerStreamsIntoTheAssistant()
    {
        // Chunks in the shape of the recorded OpenAI streams (tests/data/openai), with Markdown.
        const QStringList pieces{QStringLiteral("The job stopped at **L3**: "),
                                 QStringLiteral("`shop-bundler-not-installed` is not on the runner's PATH.\n\n"),
                                 QStringLiteral("- Install it in `before_script`, or\n"),
                                 QStringLiteral("- use an image that has it (see L2).")};
        QByteArray body;
        for (const QString &piece : pieces)
            body +=
                "data: " +
                QJsonDocument(QJsonObject{{"object", "chat.completion.chunk"},
                                          {"choices", QJsonArray{QJsonObject{{"index", 0},
                                                                             {"delta", QJsonObject{{"content", piece}}},
                                                                             {"finish_reason", QJsonValue()}}}}})
                    .toJson(QJsonDocument::Compact) +
                "\n\n";
        body +=
            R"(data: {"object":"chat.completion.chunk","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})"
            "\n\n"
            R"(data: {"object":"chat.completion.chunk","choices":[],"usage":{"prompt_tokens":412,"completion_tokens":38}})"
            "\n\ndata: [DONE]\n\n";
        FakeHttpServer provider([&](const FakeHttpServer::Request &) {
            FakeHttpServer::Response response;
            response.contentType = "text/event-stream";
            for (qsizetype at = 0; at < body.size(); at += 120)
                response.pieces.append(body.mid(at, 120));
            response.pieceDelayMs = 60;
            return response;
        });
        QCOMPARE(m_http
                     ->post("/api/v1/organisations/default/ai-providers",
                            {{"name", "Local"},
                             {"base_url", provider.url().resolved(QUrl(QStringLiteral("/v1"))).toString()},
                             {"model", "qwen2.5-coder"},
                             {"prompt_price_per_million", 100},
                             {"completion_price_per_million", 200}})
                     .status,
                 201);

        shared::EventsClient events(*m_api);
        QVERIFY(startSubscribed(events, {QStringLiteral("pipelines"), QStringLiteral("ai")}));
        app::PipelinesView view(*m_api, &events, shopAsDeveloper());
        view.resize(1200, 800);
        view.show();
        QVERIFY(listFailedJob(view));
        app::ModelAnswerView *model = view.assistant()->modelAnswer();
        QVERIFY(!model->askButton()->isEnabled()); // not before the job's log is complete
        QSignalSpy explained(view.assistant(), &app::AssistantPanel::explained);
        view.jobList()->setCurrentRow(0);
        QVERIFY(explained.wait(10000));
        QVERIFY(model->askButton()->isEnabled());

        QSignalSpy rendered(model, &app::ModelAnswerView::rendered);
        QSignalSpy ended(model, &app::ModelAnswerView::ended);
        model->askButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(model->stopButton()->isVisible(), 5000);
        QVERIFY(ended.wait(15000));
        QCOMPARE(ended.first().first().toString(), QStringLiteral("done"));
        QVERIFY2(rendered.size() >= 2, "the answer was drawn as it came, not only at its end");
        QVERIFY(model->firstPieceDrawnMs().has_value());
        QCOMPARE(model->text(), pieces.join(QString()));
        QVERIFY(!model->stopButton()->isVisible());
        // Markdown, drawn: bold, code, a list; each cited line a link to the log.
        const QString html = model->browser()->toHtml();
        QVERIFY(html.contains(QStringLiteral("href=\"log:3\"")));
        QVERIFY(html.contains(QStringLiteral("href=\"log:2\"")));
        QVERIFY(!model->browser()->toPlainText().contains(QStringLiteral("**")));
        QVERIFY(model->statusText().contains(QStringLiteral("412 + 38")));
        QVERIFY(model->statusText().contains(QStringLiteral("qwen2.5-coder")));
        view.logViewer()->view().selectLines(0, 0);
        Q_EMIT model->browser()->anchorClicked(QUrl(QStringLiteral("log:3")));
        QCOMPARE(view.logViewer()->view().selection().first, 2);
        QVERIFY(view.assistant()->plainText().contains(QStringLiteral("is not on the runner's PATH")));

        // A thumb up is kept, and shown back.
        QVERIFY(model->thumbsUpButton()->isVisible());
        model->thumbsUpButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->answer()->myRating, 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(model->thumbsUpButton()->isChecked(), 5000);
        const QJsonObject kept = m_http->get(QStringLiteral("/api/v1/ai/answers/%1").arg(model->answerId())).json();
        QCOMPARE(kept.value("feedback").toObject().value("up").toInt(), 1);
        QCOMPARE(kept.value("cost").toString(), QStringLiteral("0.000488")); // 412 x 1 + 38 x 2 millionths
        // A word on why goes with the thumb, and the team reads it under the answer.
        QVERIFY(model->commentEdit()->isVisible());
        QTest::keyClicks(model->commentEdit(), QStringLiteral("Spot on: the PATH"));
        QTest::keyClick(model->commentEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(model->teamCommentsText().contains(QStringLiteral("(helpful): Spot on: the PATH")),
                                 5000);
        const QJsonArray comments = m_http->get(QStringLiteral("/api/v1/ai/answers/%1").arg(model->answerId()))
                                        .json()
                                        .value("feedback")
                                        .toObject()
                                        .value("comments")
                                        .toArray();
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.first().toObject().value("comment").toString(), QStringLiteral("Spot on: the PATH"));
        QCOMPARE(comments.first().toObject().value("rating").toString(), QStringLiteral("up"));
    }

    // A change reviewed from the desktop: the rules' summary by the refs; without a model, said so.
    void aChangeIsReviewed()
    {
        shared::Project project = shopAsDeveloper();
        app::PipelinesView view(*m_api, nullptr, project);
        view.show();
        QVERIFY(view.reviewButton()->isEnabled());
        app::ChangeReviewDialog dialog(*m_api, nullptr, QStringLiteral("shop"), QStringLiteral("main"));
        QCOMPARE(dialog.fromEdit()->text(), QStringLiteral("main"));
        dialog.toEdit()->setText(QStringLiteral("no-such-branch"));
        QSignalSpy reviewed(&dialog, &app::ChangeReviewDialog::reviewed);
        dialog.review();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.summaryLabel()->text().contains(QStringLiteral("no-such-branch")), 10000);
        QVERIFY(reviewed.isEmpty());
        dialog.toEdit()->setText(QStringLiteral("missing"));
        dialog.review();
        QVERIFY(reviewed.wait(15000));
        QVERIFY(dialog.result().has_value());
        QVERIFY(!dialog.result()->commits.isEmpty());
        QVERIFY2(
            dialog.summaryLabel()->text().contains(QStringLiteral("%1 commit(s)").arg(dialog.result()->commits.size())),
            qPrintable(dialog.summaryLabel()->text()));
        QCOMPARE(dialog.findingsTable()->rowCount(), 0);
        QVERIFY(dialog.modelAnswer()->statusText().contains(QStringLiteral("No model")));
        // A cited path:line opens the file as the change's end has it, at that line.
        QSignalSpy opened(dialog.citedFile(), &app::CitedFileDialog::shown);
        Q_EMIT dialog.modelAnswer()->browser()->anchorClicked(QUrl(QStringLiteral("repo:.gitlab-ci.yml#4")));
        QVERIFY(opened.wait(15000));
        QVERIFY(dialog.citedFile()->isVisible());
        QCOMPARE(dialog.citedFile()->currentLine(), 4);
        QVERIFY2(dialog.citedFile()->statusText().contains(QStringLiteral("line 4 of 4")),
                 qPrintable(dialog.citedFile()->statusText()));
        QVERIFY(dialog.citedFile()->text()->textCursor().block().text().contains(
            QStringLiteral("shop-bundler-not-installed")));
        Q_EMIT dialog.modelAnswer()->browser()->anchorClicked(QUrl(QStringLiteral("repo:nowhere.c#1")));
        QVERIFY(opened.wait(15000));
        QVERIFY2(dialog.citedFile()->statusText().contains(QStringLiteral("not found"), Qt::CaseInsensitive),
                 qPrintable(dialog.citedFile()->statusText()));
    }

    void linkedMarkdownLeavesCodeAlone()
    {
        QCOMPARE(app::ModelAnswerView::linkedMarkdown(QStringLiteral("see L12 and `L13`\n```\nL14\n```\nL15")),
                 QStringLiteral("see [L12](log:12) and `L13`\n```\nL14\n```\n[L15](log:15)"));
        QCOMPARE(app::ModelAnswerView::linkedMarkdown(QStringLiteral("HTML5 and L2norm stay")),
                 QStringLiteral("HTML5 and L2norm stay"));
        // Files cited as path:line, in code or not, become links to the file; what only looks alike stays.
        QCOMPARE(app::ModelAnswerView::linkedMarkdown(
                     QStringLiteral("in `src/app.c:42` and config/app.env:2, not `make:1`, 1.2:3 or http://x.io:80; "
                                    ".gitlab-ci.yml:4")),
                 QStringLiteral("in [`src/app.c:42`](repo:src/app.c#42) and [config/app.env:2](repo:config/app.env#2), "
                                "not `make:1`, 1.2:3 or http://x.io:80; [.gitlab-ci.yml:4](repo:.gitlab-ci.yml#4)"));
    }

    void finishedPipelinesOfMineOrWatchedAreAnnounced()
    {
        shared::EventsClient events(*m_api);
        QVERIFY(startSubscribed(events, {QStringLiteral("pipelines")}));
        app::PipelineNotifier mine(events, QStringLiteral("admin"));
        app::PipelineNotifier someoneElse(events, QStringLiteral("somebody"));
        QSignalSpy announced(&mine, &app::PipelineNotifier::announce);
        QSignalSpy notForThem(&someoneElse, &app::PipelineNotifier::announce);

        const qint64 broken = run(QStringLiteral("broken"));
        QVERIFY(announced.wait(15000));
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.first().at(0).toString(), QStringLiteral("Pipeline #%1 failed").arg(broken));
        QVERIFY(announced.first().at(1).toString().contains(u"shop"));
        QCOMPARE(announced.first().at(2).toLongLong(), broken);
        QCOMPARE(announced.first().at(3).toString(), QStringLiteral("shop"));
        QCOMPARE(notForThem.size(), 0); // not theirs, not watched

        // Watching: the other person hears about the next one too; once.
        const qint64 quick = run(QStringLiteral("quick"));
        someoneElse.watch(quick, QStringLiteral("shop"));
        QVERIFY(notForThem.wait(15000));
        QCOMPARE(notForThem.first().at(0).toString(), QStringLiteral("Pipeline #%1 passed").arg(quick));
        QTRY_COMPARE(announced.size(), 2);
        QTest::qWait(300);
        QCOMPARE(notForThem.size(), 1);
        QVERIFY(!someoneElse.isWatched(quick));
    }

    void aLinkOpensThePipelineAndItsJobsLog()
    {
        using app::PipelineLink;
        QCOMPARE(PipelineLink::parse(QStringLiteral("shop/42"))->pipeline, 42);
        QCOMPARE(PipelineLink::parse(QStringLiteral("shop/42/108"))->job, 108);
        QCOMPARE(PipelineLink::parse(QStringLiteral("shop/42/108"))->project, QStringLiteral("shop"));
        for (const char *bad : {"shop", "shop/", "/42", "shop/x", "shop/42/y", "shop/-1", "shop/1/2/3", ""})
            QVERIFY2(!PipelineLink::parse(QString::fromLatin1(bad)), bad);

        const QJsonObject created = m_http->post("/api/v1/projects/shop/pipelines", {{"ref", "quick"}}).json();
        const qint64 pipeline = created.value("id").toInteger();
        const qint64 job = created.value("jobs").toArray().first().toObject().value("id").toInteger();
        waitUntilFinished(*m_http, pipeline);
        // The link lands on the project's workspace, on its Pipelines page.
        app::ProjectWorkspace workspace(*m_api, nullptr, nullptr, QStringLiteral("shop"));
        QSignalSpy made(&workspace, &app::ProjectWorkspace::pageMade);
        workspace.navigate(
            app::Location::ofPipeline(*PipelineLink::parse(QStringLiteral("shop/%1/%2").arg(pipeline).arg(job))));
        QVERIFY(made.wait(5000));
        QCOMPARE(made.first().first().toString(), QStringLiteral("pipelines"));
        auto *view = qobject_cast<app::PipelinesView *>(made.first().at(1).value<QWidget *>());
        QVERIFY(view);
        QCOMPARE(workspace.pages()->currentIndex(), 1);
        QSignalSpy complete(view, &app::PipelinesView::jobLogComplete);
        QVERIFY(complete.wait(10000));
        QCOMPARE(complete.first().at(0).toLongLong(), job);
        QCOMPARE(view->shownPipeline(), pipeline);
        QCOMPARE(view->jobList()->currentItem()->data(Qt::UserRole).toLongLong(), job);
        QVERIFY(view->logViewer()->document().plainText().contains(u"ok"));
    }

    void watchesOutliveTheDesktopAndEndingsMissedAreAnnounced()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings under a test folder
        QCoreApplication::setOrganizationName(QStringLiteral("adp-tests"));
        const QString key = QStringLiteral("pipelineWatches/test/alice");
        QSettings().remove(key);
        shared::EventsClient events(*m_api); // never started: every ending is missed
        const qint64 slow = run(QStringLiteral("slow"));
        {
            app::PipelineNotifier before(events, QStringLiteral("admin"));
            before.keepWatchesIn(key);
            before.watch(slow, QStringLiteral("shop"));
            before.watch(987654, QStringLiteral("shop")); // a pipeline that is gone by the next start
        }
        // The desktop is closed while the pipeline ends.
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/pipelines/%1/cancel").arg(slow), {}).status, 200);
        QCOMPARE(waitUntilFinished(*m_http, slow).value("status").toString(), QStringLiteral("canceled"));

        app::PipelineNotifier after(events, QStringLiteral("admin"));
        QSignalSpy announced(&after, &app::PipelineNotifier::announce);
        after.keepWatchesIn(key);
        QVERIFY(after.isWatched(slow));
        QVERIFY(after.isWatched(987654));
        after.catchUpWith(*m_pipelines);
        QVERIFY(announced.wait(5000));
        QCOMPARE(announced.first().at(0).toString(), QStringLiteral("Pipeline #%1 was canceled").arg(slow));
        QCOMPARE(announced.first().at(3).toString(), QStringLiteral("shop"));
        QTRY_VERIFY(!after.isWatched(987654)); // not found: dropped without a word
        QTest::qWait(200);
        QCOMPARE(announced.size(), 1);

        app::PipelineNotifier third(events, QStringLiteral("admin"));
        third.keepWatchesIn(key);
        QVERIFY(!third.isWatched(slow)); // announced once, then forgotten
        QVERIFY(!third.isWatched(987654));
        QSettings().remove(key);
    }
};

QTEST_MAIN(TestPipelinesDesktop)
#include "tst_pipelines_desktop.moc"
