#include "GitRepository.h"
#include "HttpTestClient.h"
#include "PipelineCalls.h"
#include "ServerProcess.h"
#include "SignedInServer.h"
#include "ai/DeploymentRiskPanel.h"
#include "ai/ModelAnswerView.h"
#include "clusters/ClusterDialog.h"
#include "clusters/ClustersPanel.h"
#include "clusters/ConnectionReportView.h"
#include "environments/ApprovalNotifier.h"
#include "environments/EnvironmentsView.h"
#include "environments/KubernetesPanel.h"
#include "environments/KubernetesTargetDialog.h"
#include "environments/ProtectionPanel.h"
#include "kube/FakeKubeApi.h"
#include "kube/TestPki.h"
#include "projects/ProjectsModel.h"
#include "projects/ProjectsView.h"
#include "shared/client/ApiClient.h"
#include "shared/client/EventsClient.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "workspace/ProjectOverview.h"
#include "workspace/ProjectWorkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace adp;
using namespace adp::test;

// The desktop's Environments area against a real server (SQLite) and real pipelines: environments
// by folder with what runs there, an environment's history filtered and paged, what a waiting
// deployment brings (commits and files) with Approve and a comment, Rollback after a confirmation,
// Stop, and a refusal from the server shown in words.
class TestEnvironmentsDesktop : public QObject
{
    Q_OBJECT

private:
    GitRepository m_repository;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<shared::ApiClient> m_api;

    static QByteArray definition()
    {
        return "stages: [review, staging, production]\n"
               "review:\n  stage: review\n  script: echo review\n"
               "  environment:\n    name: review/$CI_COMMIT_REF_SLUG\n    url: https://$CI_COMMIT_REF_SLUG.example.com\n"
               "staging:\n  stage: staging\n  script: echo staging\n  environment: staging\n"
               "production:\n  stage: production\n  script: echo production\n  environment: production\n";
    }

    qint64 runAndWait(const QString &ref)
    {
        const qint64 id =
            m_http->post("/api/v1/projects/shop/pipelines", {{"ref", ref}}).json().value("id").toInteger();
        waitUntilFinished(*m_http, id, 30000);
        return id;
    }

    QTreeWidgetItem *itemNamed(QTreeWidget *tree, const QString &name)
    {
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->text(0) == name)
                return *it;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        QVERIFY(m_repository.commitFiles("main", {{".gitlab-ci.yml", definition()}}, "first"));
        QVERIFY(m_repository.commitFiles("main", {{".gitlab-ci.yml", definition()}, {"app.txt", "v2\n"}},
                                         "Ship version two"));
        QVERIFY(m_repository.git({"checkout", "-q", "-b", "feature", "main"}));
    }

    void init()
    {
        QString error;
        QVERIFY2(startSignedIn(m_server, m_http, m_api, &error), qPrintable(error));
        QCOMPARE(m_http
                     ->post("/api/v1/projects",
                            {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", m_repository.path()}})
                     .status,
                 201);
    }

    void cleanup()
    {
        m_api.reset();
        m_http.reset();
        m_server.reset();
    }

    void environmentsHistoryApprovalAndRollback()
    {
        // Two pipelines on main deploy everywhere; then production needs a maintainer's approval.
        const QString older = m_repository.shaOf(QStringLiteral("main~1"));
        QVERIFY(m_repository.git({"branch", "-f", "previous", older}));
        runAndWait(QStringLiteral("previous"));
        runAndWait(QStringLiteral("main"));
        QCOMPARE(m_http
                     ->post("/api/v1/projects/shop/environment-rules",
                            {{"environment", "production"}, {"action", "approve"}, {"min_role", "maintainer"}})
                     .status,
                 201);
        QVERIFY(m_server->addUser(QStringLiteral("mona"), QStringLiteral("mona-password-1")));
        QCOMPARE(m_http->put("/api/v1/projects/shop/members/users/mona", {{"role", "maintainer"}}).status, 200);
        const qint64 waiting =
            m_http->post("/api/v1/projects/shop/pipelines", {{"ref", "feature"}}).json().value("id").toInteger();

        // mona's desktop: the project as she sees it.
        HttpTestClient mona(m_server->url());
        const QString monaToken = mona.login(QStringLiteral("mona"), QStringLiteral("mona-password-1"));
        shared::ApiClient monaApi;
        monaApi.setBaseUrl(m_server->url());
        monaApi.setToken(monaToken);
        const auto project = shared::Project::fromJson(mona.get("/api/v1/projects/shop").json());
        QVERIFY(project);
        shared::EventsClient events(monaApi);
        QSignalSpy live(&events, &shared::EventsClient::connectedChanged);
        events.start({QStringLiteral("pipelines")});
        QVERIFY(live.wait(10000));
        // mona is told once that a deployment waits for her.
        app::ApprovalNotifier notifier(monaApi, events);
        QSignalSpy announced(&notifier, &app::ApprovalNotifier::announce);
        QSignalSpy checked(&notifier, &app::ApprovalNotifier::checked);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                notifier.check();
                return checked.wait(5000) && announced.size() == 1;
            }(),
            20000);
        QCOMPARE(announced.first().at(2).toString(), QStringLiteral("shop"));
        QVERIFY(announced.first().at(1).toString().contains(QStringLiteral("production")));
        notifier.check();
        QVERIFY(checked.wait(5000));
        QCOMPARE(announced.size(), 1); // not twice
        app::EnvironmentsView view(monaApi, &events, *project);
        QStringList confirmations;
        view.setConfirm([&confirmations](QWidget *, const QString &question) {
            confirmations.append(question);
            return true;
        });
        view.resize(1100, 700);
        view.show();
        QSignalSpy loaded(&view, &app::EnvironmentsView::environmentsLoaded);
        QVERIFY(loaded.wait(10000));

        // By folder: review/ holds the branch's review app; staging runs version two.
        QTRY_VERIFY_WITH_TIMEOUT(itemNamed(view.environments(), QStringLiteral("review/main")) != nullptr, 10000);
        QVERIFY(itemNamed(view.environments(), QStringLiteral("review/"))); // the folder
        QTreeWidgetItem *staging = itemNamed(view.environments(), QStringLiteral("staging"));
        QVERIFY(staging);
        QCOMPARE(staging->text(1), QStringLiteral("staging"));
        QVERIFY2(staging->text(3).contains(m_repository.shaOf(QStringLiteral("main")).left(8)),
                 qPrintable(staging->text(3)));
        QCOMPARE(itemNamed(view.environments(), QStringLiteral("review/main"))->text(4),
                 QStringLiteral("https://main.example.com"));

        // production's history: the waiting deployment first; what it brings since the last one.
        QTRY_VERIFY_WITH_TIMEOUT(
            mona.get("/api/v1/projects/shop/deployments?status=blocked").json().value("items").toArray().size() == 1,
            20000);
        QSignalSpy history(&view, &app::EnvironmentsView::historyLoaded);
        view.selectEnvironment(QStringLiteral("production"));
        QTRY_COMPARE_WITH_TIMEOUT(view.history()->rowCount(), 3, 10000);
        QVERIFY2(view.history()->item(0, 1)->text().contains(app::EnvironmentsView::tr("Waiting for approval")),
                 qPrintable(view.history()->item(0, 1)->text()));
        QVERIFY(!view.approveButton()->isEnabled());
        QSignalSpy details(&view, &app::EnvironmentsView::detailsLoaded);
        view.history()->selectRow(0);
        QVERIFY(view.approveButton()->isEnabled() && view.rejectButton()->isEnabled());
        QVERIFY(!view.rollbackButton()->isEnabled());
        QVERIFY(details.wait(10000));
        QVERIFY2(view.details()->toPlainText().contains(QStringLiteral("same commit")) ||
                     view.details()->toPlainText().contains(QStringLiteral("0 commit")),
                 qPrintable(view.details()->toPlainText())); // feature is main: nothing new
        QVERIFY2(view.details()->toPlainText().contains(QStringLiteral("Pipeline #")),
                 qPrintable(view.details()->toPlainText())); // and how its pipeline stands

        // The status filter asks the server.
        view.statusFilter()->setCurrentIndex(view.statusFilter()->findData(QStringLiteral("success")));
        QTRY_COMPARE_WITH_TIMEOUT(view.history()->rowCount(), 2, 10000);
        view.statusFilter()->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(view.history()->rowCount(), 3, 10000);

        // Approve with a comment: the deploy job runs and the history follows by itself.
        view.history()->selectRow(0);
        view.commentField()->setText(QStringLiteral("ship it"));
        view.approveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(waitUntilFinished(*m_http, waiting, 30000).value("status").toString(),
                                  QStringLiteral("success"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(view.history()->item(0, 1)->text().contains(app::EnvironmentsView::tr("Passed")),
                                 10000);
        QCOMPARE(m_http->get("/api/v1/audit?action=deployment.approved").json().value("items").toArray().size(), 1);
        notifier.check();
        QVERIFY(checked.wait(5000));
        QCOMPARE(notifier.waitingCount(), 0);

        // Rollback to the oldest: asked first, then a new deployment redeploying it, the environment pinned.
        view.history()->selectRow(2);
        QVERIFY(view.rollbackButton()->isEnabled());
        view.rollbackButton()->click();
        QCOMPARE(confirmations.size(), 1);
        QVERIFY(confirmations.first().contains(older.left(8)));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_http->get("/api/v1/projects/shop/environments/production").json().value("pinned").isObject(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(view.unpinButton()->isEnabled(), 10000);
        view.unpinButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_http->get("/api/v1/projects/shop/environments/production").json().value("pinned").isNull(), 10000);

        // Stop the review app (it has no stop job: stopped at once).
        const qint64 reviewId = itemNamed(view.environments(), QStringLiteral("review/main")) ? [&]() {
            for (const QJsonValue &item : m_http->get("/api/v1/projects/shop/environments").json().value("items").toArray())
                if (item.toObject().value("name").toString() == u"review/main")
                    return item.toObject().value("id").toInteger();
            return qint64(0);
        }() : 0;
        QVERIFY(reviewId > 0);
        view.selectEnvironment(QStringLiteral("review/main"));
        QTRY_VERIFY_WITH_TIMEOUT(view.stopButton()->isEnabled(), 10000);
        view.stopButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_http->get(QStringLiteral("/api/v1/projects/shop/environments/%1").arg(reviewId))
                                      .json()
                                      .value("state")
                                      .toString(),
                                  QStringLiteral("stopped"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!view.stopButton()->isEnabled(), 10000);
    }

    // Beside the approval: the deployment's risk, by the rules (no model here: they say so).
    void aDeploymentsRiskIsWeighed()
    {
        const QString older = m_repository.shaOf(QStringLiteral("main~1"));
        QVERIFY(m_repository.git({"branch", "-f", "previous", older}));
        runAndWait(QStringLiteral("previous"));
        runAndWait(QStringLiteral("main"));
        const auto project = shared::Project::fromJson(m_http->get("/api/v1/projects/shop").json());
        QVERIFY(project);
        app::EnvironmentsView view(*m_api, nullptr, *project);
        view.resize(1100, 700);
        view.show();
        QSignalSpy loaded(&view, &app::EnvironmentsView::environmentsLoaded);
        QVERIFY(loaded.wait(10000));
        view.selectEnvironment(QStringLiteral("production"));
        QTRY_COMPARE_WITH_TIMEOUT(view.history()->rowCount(), 2, 10000);
        app::DeploymentRiskPanel *risk = view.riskPanel();
        QVERIFY(risk->isEnabled());

        // The newer: version two over the older, nothing that stands out.
        view.history()->selectRow(0);
        QTRY_VERIFY(risk->weighButton()->isEnabled());
        QSignalSpy weighed(risk, &app::DeploymentRiskPanel::weighed);
        risk->weighButton()->click();
        QVERIFY(weighed.wait(15000));
        QCOMPARE(risk->risk()->level, QStringLiteral("low"));
        QVERIFY(risk->levelLabel()->text().contains(QStringLiteral("Low risk")));
        QCOMPARE(risk->reasonList()->count(), 1);
        QVERIFY(risk->risk()->change.has_value());
        QCOMPARE(risk->risk()->change->commits.size(), 1);
        QVERIFY(risk->modelAnswer()->statusText().contains(QStringLiteral("No model")));

        // The older: the first to production, nothing to roll back to.
        view.history()->selectRow(1);
        QTRY_VERIFY(!risk->risk().has_value());
        risk->weigh();
        QVERIFY(weighed.wait(15000));
        QCOMPARE(risk->risk()->level, QStringLiteral("medium"));
        QVERIFY(risk->reasonList()->item(0)->text().contains(QStringLiteral("Nothing was deployed successfully")));
    }

    void theWorkspaceOpensIt()
    {
        runAndWait(QStringLiteral("main"));
        app::ProjectWorkspace workspace(*m_api, nullptr, nullptr, QStringLiteral("shop"));
        workspace.show();
        QSignalSpy made(&workspace, &app::ProjectWorkspace::pageMade);
        workspace.navigate(app::Location::inProject(QStringLiteral("shop"), app::Location::Page::Environments));
        QTRY_VERIFY_WITH_TIMEOUT(workspace.isLoaded(), 10000);
        QCOMPARE(workspace.location().page, app::Location::Page::Environments);
        app::EnvironmentsView *view = workspace.environments();
        QVERIFY(view && view->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(itemNamed(view->environments(), QStringLiteral("staging")) != nullptr, 10000);
        // The overview says what runs in each environment and opens its deployment.
        app::ProjectOverview *overview = workspace.overview();
        QTRY_VERIFY_WITH_TIMEOUT(overview->environments()->rowCount() > 0, 10000);
        QSignalSpy open(overview, &app::ProjectOverview::openRequested);
        overview->environments()->setCurrentCell(0, 0);
        Q_EMIT overview->environments()->cellActivated(0, 0);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().value<app::Location>().page, app::Location::Page::Environments);
        QVERIFY(open.first().first().value<app::Location>().item > 0);
    }

    void protectionAndFreezesAreEdited()
    {
        runAndWait(QStringLiteral("main"));
        const auto project = shared::Project::fromJson(m_http->get("/api/v1/projects/shop").json());
        QVERIFY(project && project->myRole == shared::ProjectRole::Maintainer);
        app::EnvironmentsView view(*m_api, nullptr, *project);
        QVERIFY(view.protectionButton()->isEnabled());
        // The button leads to the project's protection settings, where the panel lives.
        QSignalSpy opened(&view, &app::EnvironmentsView::openRequested);
        view.openProtection();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().value<app::Location>(),
                 app::Location::settings(QStringLiteral("shop"), QStringLiteral("protection")));
        auto holder = std::make_unique<app::ProtectionPanel>(*m_api, QStringLiteral("shop"));
        app::ProtectionPanel *panel = holder.get();
        QSignalSpy loaded(panel, &app::ProtectionPanel::loaded);
        QVERIFY(loaded.wait(10000));
        QSignalSpy changed(panel, &app::ProtectionPanel::changed);

        // A rule: without an environment it is refused under the field; then two maintainers approve production.
        panel->ruleAction()->setCurrentIndex(panel->ruleAction()->findData(QStringLiteral("approve")));
        panel->ruleName()->setText(QStringLiteral("maintainer"));
        panel->addRule();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->fieldError(QStringLiteral("environment")).isEmpty(), 10000);
        panel->ruleEnvironment()->setText(QStringLiteral("production"));
        panel->ruleApprovals()->setValue(2);
        panel->addRule();
        QVERIFY(changed.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(panel->rules()->rowCount(), 1, 10000);
        const QJsonObject rule =
            m_http->get("/api/v1/projects/shop/environment-rules").json().value("items").toArray().at(0).toObject();
        QCOMPARE(rule.value("required_approvals").toInt(), 2);
        QCOMPARE(rule.value("min_role").toString(), QStringLiteral("maintainer"));

        // A hard freeze on staging.
        panel->settingEnvironment()->setText(QStringLiteral("staging"));
        panel->hardFreeze()->setChecked(true);
        panel->saveSetting();
        QVERIFY(changed.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(panel->settings()->rowCount(), 1, 10000);
        QVERIFY(m_http->get("/api/v1/projects/shop/environment-settings")
                    .json()
                    .value("items")
                    .toArray()
                    .at(0)
                    .toObject()
                    .value("hard_freeze")
                    .toBool());

        // A freeze window: a wrong cron is said under its field; a right one shows whether it holds.
        panel->freezeStart()->setText(QStringLiteral("0 25 * * *"));
        panel->freezeEnd()->setText(QStringLiteral("0 7 * * 1"));
        panel->addWindow();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->fieldError(QStringLiteral("freeze_start")).isEmpty(), 10000);
        panel->freezeStart()->setText(QStringLiteral("* * * * *"));
        panel->freezeEnd()->setText(QStringLiteral("0 0 1 1 *"));
        panel->freezeZone()->setText(QStringLiteral("Europe/Berlin"));
        panel->addWindow();
        QVERIFY(changed.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(panel->windows()->rowCount(), 1, 10000);
        QVERIFY2(panel->windows()->item(0, 3)->text().contains(app::ProtectionPanel::tr("active until %1").left(6)),
                 qPrintable(panel->windows()->item(0, 3)->text()));
        panel->windows()->selectRow(0);
        panel->removeSelectedWindow();
        QTRY_COMPARE_WITH_TIMEOUT(panel->windows()->rowCount(), 0, 10000);
        panel->rules()->selectRow(0);
        panel->removeSelectedRule();
        QTRY_COMPARE_WITH_TIMEOUT(panel->rules()->rowCount(), 0, 10000);
        QVERIFY(m_http->get("/api/v1/projects/shop/environment-rules").json().value("items").toArray().isEmpty());
        panel->close();
    }

    // Settings > Clusters: one added from a kubeconfig (refused first where the file says exec), then removed.
    void clustersAreAddedFromAKubeconfigAndRemoved()
    {
        app::ClustersPanel panel(*m_api, QStringLiteral("shop"));
        panel.show();
        QSignalSpy loaded(&panel, &app::ClustersPanel::loaded);
        QVERIFY(loaded.wait(10000));
        QVERIFY(panel.findChild<app::EmptyState *>()->isEmpty());
        QVERIFY(panel.addButton()->isEnabled());

        const QString kubeconfig =
            QStringLiteral("apiVersion: v1\nkind: Config\ncurrent-context: prod\n"
                           "clusters:\n- name: k3s\n  cluster:\n    server: https://k3s.example:6443\n"
                           "contexts:\n- name: prod\n  context:\n    cluster: k3s\n    user: ci\n    namespace: shop\n"
                           "users:\n- name: ci\n  user:\n%1");
        app::ClusterDialog dialog(*m_api, QStringLiteral("shop"));
        dialog.nameField()->setText(QStringLiteral("production"));
        dialog.kubeconfigField()->setPlainText(kubeconfig.arg(QStringLiteral("    exec:\n      command: aws\n")));
        dialog.submit();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.fieldError(QStringLiteral("kubeconfig")).contains(u"users[0].user.exec"),
                                 10000);
        QSignalSpy saved(&dialog, &app::ClusterDialog::saved);
        dialog.kubeconfigField()->setPlainText(kubeconfig.arg(QStringLiteral("    token: service-account-token\n")));
        dialog.submit();
        QVERIFY(saved.wait(10000));

        panel.reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(panel.table()->rowCount(), 1);
        QCOMPARE(panel.table()->item(0, 1)->text(), QStringLiteral("https://k3s.example:6443"));
        QCOMPARE(panel.table()->item(0, 3)->text(), app::ClustersPanel::tr("Bearer token"));
        QVERIFY(!panel.findChild<app::EmptyState *>()->isEmpty());
        panel.setConfirm([](QWidget *, const QString &) { return true; });
        panel.table()->selectRow(0);
        panel.removeSelected();
        QTRY_COMPARE_WITH_TIMEOUT(panel.table()->rowCount(), 0, 10000);
        QVERIFY(m_http->get("/api/v1/projects/shop/clusters").json().value("items").toArray().isEmpty());
    }

    void clustersAreTestedBeforeAndAfterTheyAreAdded()
    {
        kube::TestPki pki;
        QVERIFY2(pki.ok(), qPrintable(pki.error()));
        kube::FakeKubeApi api(kube::FakeKubeApi::Tls{pki.serverCertificate(), pki.serverKey(), pki.caCertificate()});
        QVERIFY(api.ok());
        api.addToken(QStringLiteral("ci-token"), QStringLiteral("ci"),
                     {kube::FakeKubeApi::everything({QStringLiteral("shop")})});
        const auto kubeconfig = [&](const QByteArray &ca) {
            return api.kubeconfig(ca, QStringLiteral("ci-token"), QStringLiteral("shop"));
        };
        app::ClusterDialog dialog(*m_api, QStringLiteral("shop"));
        dialog.show();
        dialog.nameField()->setText(QStringLiteral("k3s"));
        dialog.kubeconfigField()->setPlainText(kubeconfig(pki.otherCaCertificate()));
        dialog.testButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.report()->summary().contains(u"TLS handshake failed"), 20000);
        QVERIFY(!dialog.report()->permissions()->isVisible());
        dialog.kubeconfigField()->setPlainText(kubeconfig(pki.caCertificate()));
        dialog.testButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.report()->summary().contains(u"v1.28.4+k3s1"), 20000);
        QVERIFY(dialog.report()->permissions()->isVisible());
        QCOMPARE(dialog.report()->permissions()->rowCount(), 10);
        QCOMPARE(dialog.report()->permissions()->item(0, 2)->text(), app::ConnectionReportView::tr("Yes"));
        QVERIFY(m_http->get("/api/v1/projects/shop/clusters").json().value("items").toArray().isEmpty());
        QSignalSpy saved(&dialog, &app::ClusterDialog::saved);
        dialog.submit();
        QVERIFY(saved.wait(10000));

        app::ClustersPanel panel(*m_api, QStringLiteral("shop"));
        panel.show();
        QSignalSpy loaded(&panel, &app::ClustersPanel::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(panel.table()->item(0, 4)->text(), app::ClustersPanel::tr("Not tested"));
        QVERIFY(!panel.testButton()->isEnabled());
        panel.table()->selectRow(0);
        QVERIFY(panel.testButton()->isEnabled());
        panel.testButton()->click();
        QVERIFY(loaded.wait(20000));
        QVERIFY(panel.report()->summary().contains(u"v1.28.4+k3s1"));
        QVERIFY2(panel.table()->item(0, 4)->text().contains(u"v1.28.4+k3s1"),
                 qPrintable(panel.table()->item(0, 4)->text()));
        QVERIFY(panel.table()->item(0, 4)->toolTip().contains(u"may deploy and run jobs"));
    }

    void anEnvironmentShowsItsKubernetesRolloutLive()
    {
        kube::TestPki pki;
        QVERIFY2(pki.ok(), qPrintable(pki.error()));
        kube::FakeKubeApi api(kube::FakeKubeApi::Tls{pki.serverCertificate(), pki.serverKey(), pki.caCertificate()});
        QVERIFY(api.ok());
        api.addToken(QStringLiteral("ci-token"), QStringLiteral("ci"),
                     {kube::FakeKubeApi::everything({QStringLiteral("shop")})});
        api.addNamespace(QStringLiteral("shop"));
        api.startControllers(20);
        const QString kubeconfig =
            api.kubeconfig(pki.caCertificate(), QStringLiteral("ci-token"), QStringLiteral("shop"));
        QCOMPARE(m_http->post("/api/v1/projects/shop/clusters", {{"name", "k3s"}, {"kubeconfig", kubeconfig}}).status,
                 201);
        QVERIFY(m_repository.commitFiles(
            "k8s",
            {{".gitlab-ci.yml", definition()},
             {"deploy/web.yaml",
              "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 2\n"
              "  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n"
              "    spec:\n      containers: [{name: web, image: nginx:1.25}]\n"}},
            "manifests"));

        // A maintainer chooses where production deploys.
        app::KubernetesTargetDialog dialog(*m_api, QStringLiteral("shop"), QStringLiteral("production"), std::nullopt);
        QSignalSpy clusters(&dialog, &app::KubernetesTargetDialog::clustersLoaded);
        QVERIFY(clusters.wait(10000));
        QCOMPARE(dialog.clusterField()->count(), 1);
        QVERIFY(dialog.autoRollbackField()->isChecked()); // production
        dialog.manifestsField()->setText(QStringLiteral("../outside"));
        dialog.submit();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.fieldError(QStringLiteral("manifest_path")).isEmpty(), 10000);
        QSignalSpy saved(&dialog, &app::KubernetesTargetDialog::saved);
        dialog.manifestsField()->setText(QStringLiteral("deploy"));
        dialog.submit();
        QVERIFY(saved.wait(10000));

        const auto project = shared::Project::fromJson(m_http->get("/api/v1/projects/shop").json());
        QVERIFY(project);
        shared::EventsClient events(*m_api);
        QSignalSpy live(&events, &shared::EventsClient::connectedChanged);
        events.start({QStringLiteral("pipelines")});
        QVERIFY(live.wait(10000));
        app::EnvironmentsView view(*m_api, &events, *project);
        view.show();
        m_http->post("/api/v1/projects/shop/pipelines", {{"ref", "k8s"}});
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                view.reload();
                QTest::qWait(200);
                return itemNamed(view.environments(), QStringLiteral("production")) != nullptr;
            }(),
            20000);
        view.selectEnvironment(QStringLiteral("production"));
        app::KubernetesPanel *panel = view.kubernetes();
        QTRY_VERIFY_WITH_TIMEOUT(panel->targetLine()->text().contains(u"cluster k3s, namespace shop, manifests deploy"),
                                 10000);
        QVERIFY(panel->editButton()->isEnabled());
        // Live: the rollout's objects arrive and turn Healthy without anyone reloading.
        QTRY_VERIFY_WITH_TIMEOUT(panel->objects()->rowCount() == 1 &&
                                     panel->objects()->item(0, 1)->text() == app::KubernetesPanel::tr("Healthy"),
                                 60000);
        QCOMPARE(panel->objects()->item(0, 0)->text(), QStringLiteral("deployment/web"));
        QTRY_VERIFY_WITH_TIMEOUT(panel->rolloutLine()->text().contains(app::KubernetesPanel::tr("healthy")), 10000);

        // Someone scales it by hand: Check drift names the field and who changed it.
        QTRY_VERIFY_WITH_TIMEOUT(panel->driftButton()->isEnabled(), 10000);
        panel->driftButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel->driftLine()->text().startsWith(u"No drift"), 10000);
        api.withStore([](kube::KubeStore &store) {
            store.mergePatch(*store.type(QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("deployments")),
                             QStringLiteral("shop"), QStringLiteral("web"),
                             {{QStringLiteral("spec"), QJsonObject{{QStringLiteral("replicas"), 4}}}},
                             QStringLiteral("kubectl-edit"));
        });
        QTRY_VERIFY_WITH_TIMEOUT(panel->driftButton()->isEnabled(), 10000);
        panel->driftButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            panel->driftLine()->text().contains(u"deployment/web .spec.replicas changed by kubectl-edit"), 10000);
    }

    void refusalsAreShownInWords()
    {
        QCOMPARE(m_http
                     ->post("/api/v1/projects/shop/environment-rules",
                            {{"environment", "staging"}, {"action", "approve"}, {"min_role", "maintainer"}})
                     .status,
                 201);
        QVERIFY(m_http->post("/api/v1/projects/shop/pipelines", {{"ref", "main"}}).status == 201);
        QVERIFY(m_server->addUser(QStringLiteral("rita"), QStringLiteral("rita-password-1")));
        QCOMPARE(m_http->put("/api/v1/projects/shop/members/users/rita", {{"role", "reporter"}}).status, 200);
        HttpTestClient rita(m_server->url());
        shared::ApiClient ritaApi;
        ritaApi.setBaseUrl(m_server->url());
        ritaApi.setToken(rita.login(QStringLiteral("rita"), QStringLiteral("rita-password-1")));
        const auto project = shared::Project::fromJson(rita.get("/api/v1/projects/shop").json());
        QVERIFY(project);
        QTRY_VERIFY_WITH_TIMEOUT(
            rita.get("/api/v1/projects/shop/deployments?status=blocked").json().value("items").toArray().size() == 1,
            20000);
        app::EnvironmentsView view(ritaApi, nullptr, *project);
        view.show();
        QSignalSpy loaded(&view, &app::EnvironmentsView::environmentsLoaded);
        QVERIFY(loaded.wait(10000));
        view.selectEnvironment(QStringLiteral("staging"));
        QTRY_COMPARE_WITH_TIMEOUT(view.history()->rowCount(), 1, 10000);
        view.history()->selectRow(0);
        // A reporter is offered neither Stop nor Rollback; an approval the rules do not allow is refused in words.
        QVERIFY(!view.stopButton()->isEnabled());
        QVERIFY(!view.rollbackButton()->isEnabled());
        QVERIFY(!view.protectionButton()->isEnabled());
        QVERIFY(view.approveButton()->isEnabled());
        view.approveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(view.banner()->isVisible(), 10000);
        QVERIFY2(view.banner()->message().contains(QStringLiteral("Approving")), qPrintable(view.banner()->message()));
        QCOMPARE(m_http->get("/api/v1/projects/shop/deployments?status=blocked").json().value("items").toArray().size(),
                 1); // nothing changed
    }
};

QTEST_MAIN(TestEnvironmentsDesktop)
#include "tst_environments_desktop.moc"
