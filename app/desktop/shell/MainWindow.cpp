#include "MainWindow.h"

#include "audit/AuditView.h"
#include "environments/ApprovalNotifier.h"
#include "organisations/OrganisationsView.h"
#include "pipelines/PipelineNotifier.h"
#include "profile/ProfileView.h"
#include "projects/ProjectsView.h"
#include "providers/ProvidersView.h"
#include "settings/SettingsDialog.h"
#include "shared/core/Version.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace adp::app {

MainWindow::MainWindow(shared::ApiClient &api, shared::EventsClient &events, const shared::CurrentUser &user,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_pipelinesApi(api)
{
    setWindowTitle(tr("ADP — %1").arg(api.baseUrl().toString()));
    resize(1100, 700);
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMaximumWidth(240);
    m_stack = new QStackedWidget(this);
    m_projects = new ProjectsView(api, &events, this);
    m_notifier = new PipelineNotifier(events, user.username, this);
    m_projects->setNotifier(m_notifier);
    // Pipelines the person started or watches: a desktop notification when they end, opening the run.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon().isNull() ? QApplication::windowIcon() : windowIcon(), this);
        m_tray->setToolTip(tr("ADP"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this]() {
            if (m_openAnnounced)
                m_openAnnounced();
        });
    }
    const auto announce = [this](const QString &title, const QString &message, std::function<void()> open) {
        m_openAnnounced = std::move(open);
        if (m_tray)
            m_tray->showMessage(title, message, QSystemTrayIcon::Information, 10000);
        Q_EMIT pipelineAnnounced(title, message);
    };
    connect(m_notifier, &PipelineNotifier::announce, this,
            [this, announce](const QString &title, const QString &message, qint64 pipelineId, const QString &project) {
                announce(title, message,
                         [this, project, pipelineId]() { m_projects->openPipelines(project, pipelineId); });
            });
    m_approvals = new ApprovalNotifier(api, events, this);
    connect(m_approvals, &ApprovalNotifier::announce, this,
            [this, announce](const QString &title, const QString &message, const QString &project, qint64 iid) {
                announce(title, message, [this, project, iid]() { m_projects->openEnvironments(project, iid); });
            });
    m_approvals->check();
    // Watches outlive the window: those that ended meanwhile are announced now.
    m_notifier->keepWatchesIn(QStringLiteral("pipelineWatches/%1/%2")
                                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(api.baseUrl().authority())),
                                       QString::fromLatin1(QUrl::toPercentEncoding(user.username))));
    m_notifier->catchUpWith(m_pipelinesApi);
    addArea(tr("Projects"), m_projects);
    m_organisations = new OrganisationsView(api, &events, this);
    addArea(tr("Organisations"), m_organisations);
    if (user.mayReadAudit()) {
        m_audit = new AuditView(api, &events, this);
        addArea(tr("Audit"), m_audit);
    }
    if (user.isAdmin) {
        m_providers = new ProvidersView(api, this);
        addArea(tr("Sign-in providers"), m_providers);
    }
    m_profile = new ProfileView(api, user, this);
    addArea(tr("Profile"), m_profile);
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 920});
    setCentralWidget(splitter);

    auto *who = new QLabel(
        user.isAdmin ? tr("Signed in as %1 (administrator) on %2").arg(user.username, api.baseUrl().toString())
                     : tr("Signed in as %1 on %2").arg(user.username, api.baseUrl().toString()),
        this);
    m_live = new QLabel(tr("Connecting live updates…"), this);
    m_live->setObjectName(QStringLiteral("liveStatus"));
    auto *busy = new QProgressBar(this);
    busy->setRange(0, 0);
    busy->setMaximumWidth(100);
    busy->hide();
    statusBar()->addWidget(who, 1);
    statusBar()->addPermanentWidget(busy);
    statusBar()->addPermanentWidget(m_live);
    connect(m_projects, &ProjectsView::busyChanged, busy, &QWidget::setVisible);
    connect(&events, &shared::EventsClient::connectedChanged, this,
            [this](bool connected) { m_live->setText(connected ? tr("● Live") : tr("○ Reconnecting…")); });
    buildMenus();
}

void MainWindow::addArea(const QString &title, QWidget *area)
{
    m_navigation->addItem(title);
    m_stack->addWidget(area);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New project…"), QKeySequence::New, m_projects, &ProjectsView::createProject);
    file->addSeparator();
    file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Language…"), this, [this]() { SettingsDialog(this).exec(); });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ADP"), this, [this]() {
        QMessageBox::about(
            this, tr("About ADP"),
            tr("ADP %1 — the AI DevOps Platform for small teams.").arg(QString::fromLatin1(shared::kVersion)));
    });
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        Q_EMIT firstPainted();
    }
}

} // namespace adp::app
