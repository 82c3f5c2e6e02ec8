#include "MainWindow.h"

#include "GuidedTour.h"
#include "Locator.h"
#include "NavigationHistory.h"
#include "Theme.h"
#include "WindowState.h"
#include "audit/AuditView.h"
#include "costs/BudgetNotifier.h"
#include "costs/CostsView.h"
#include "environments/ApprovalNotifier.h"
#include "home/HomeView.h"
#include "organisations/OrganisationsView.h"
#include "pipelines/PipelineNotifier.h"
#include "profile/ProfileView.h"
#include "projects/ProjectsModel.h"
#include "projects/ProjectsView.h"
#include "providers/ProvidersView.h"
#include "settings/SettingsDialog.h"
#include "shared/core/Version.h"
#include "widgets/Icons.h"
#include "widgets/StatusStyle.h"
#include "workspace/ProjectWorkspace.h"
#include "workspace/RecentProjects.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QTreeWidget>

namespace adp::app {

namespace {
constexpr int kSlugRole = Qt::UserRole; // on an open project's navigation row
}

MainWindow::MainWindow(shared::ApiClient &api, shared::EventsClient &events, const shared::CurrentUser &user,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_events(events)
    , m_scope(api.baseUrl().authority() + u'/' + user.username)
    , m_pipelinesApi(api)
    , m_history(new NavigationHistory(this))
    , m_recent(std::make_unique<RecentProjects>(m_scope))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ADP — %1").arg(api.baseUrl().toString()));
    resize(1280, 800);
    m_notifier = new PipelineNotifier(events, user.username, this);
    buildNavigation(api, events, user);
    buildTray();
    buildMenus();
    buildStatusBar(api, events, user);
    windowState::restore(this);
    go(Location::home());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation(shared::ApiClient &api, shared::EventsClient &events, const shared::CurrentUser &user)
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setMinimumWidth(150);
    m_navigation->setMaximumWidth(280);
    m_navigation->setSpacing(1);
    m_stack = new QStackedWidget(this);

    m_home = new HomeView(api, &events, this);
    connect(m_home, &HomeView::openRequested, this, &MainWindow::go);
    connect(m_home, &HomeView::browseProjectsRequested, this, [this]() { go(Location::of(Location::Area::Projects)); });
    addArea(Location::Area::Home, tr("Home"), QStringLiteral("home"), m_home);
    m_projects = new ProjectsView(api, &events, this);
    connect(m_projects, &ProjectsView::openRequested, this,
            [this](const QString &slug) { go(Location::inProject(slug)); });
    addArea(Location::Area::Projects, tr("Projects"), QStringLiteral("projects"), m_projects);
    m_organisations = new OrganisationsView(api, &events, this);
    addArea(Location::Area::Organisations, tr("Organisations"), QStringLiteral("organisations"), m_organisations);
    m_costs = new CostsView(api, &events, this);
    addArea(Location::Area::Costs, tr("Costs"), QStringLiteral("costs"), m_costs);
    if (user.mayReadAudit()) {
        m_audit = new AuditView(api, &events, this);
        addArea(Location::Area::Audit, tr("Audit"), QStringLiteral("audit"), m_audit);
    }
    if (user.isAdmin) {
        m_providers = new ProvidersView(api, this);
        addArea(Location::Area::Providers, tr("Sign-in providers"), QStringLiteral("providers"), m_providers);
    }
    m_profile = new ProfileView(api, user, this);
    addArea(Location::Area::Profile, tr("Profile"), QStringLiteral("profile"), m_profile);
    m_workspaces = new QStackedWidget(this);
    m_workspaces->setObjectName(QStringLiteral("workspaces"));
    m_stack->addWidget(m_workspaces);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (row < m_areas.size()) {
            if (m_areas.at(row) != currentLocation().area || currentLocation().area == Location::Area::Project)
                go(Location::of(m_areas.at(row)));
            return;
        }
        const QString slug = m_navigation->item(row)->data(kSlugRole).toString();
        if (ProjectWorkspace *workspace = this->workspace(slug); workspace && workspace != currentWorkspace())
            go(workspace->location());
        else if (currentLocation().area != Location::Area::Project)
            go(Location::inProject(slug));
    });

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 1090});
    windowState::remember(splitter, QStringLiteral("main"));
    setCentralWidget(splitter);
}

void MainWindow::buildTray()
{
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
    const auto announce = [this](const QString &title, const QString &message, const QString &status,
                                 const Location &where) {
        m_openAnnounced = [this, where]() {
            go(where);
            showNormal();
            raise();
            activateWindow();
        };
        if (m_tray)
            m_tray->showMessage(title, message, status::icon(status), 10000);
        Q_EMIT pipelineAnnounced(title, message);
    };
    connect(m_notifier, &PipelineNotifier::announce, this,
            [announce](const QString &title, const QString &message, qint64 pipelineId, const QString &project,
                       const QString &status) {
                announce(title, message, status, Location::inProject(project, Location::Page::Pipelines, pipelineId));
            });
    m_approvals = new ApprovalNotifier(m_api, m_events, this);
    connect(m_approvals, &ApprovalNotifier::announce, this,
            [announce](const QString &title, const QString &message, const QString &project, qint64 iid) {
                announce(title, message, QStringLiteral("manual"),
                         Location::inProject(project, Location::Page::Environments, iid));
            });
    m_approvals->check();
    auto *budgets = new BudgetNotifier(m_events, this);
    connect(budgets, &BudgetNotifier::announce, this,
            [announce](const QString &title, const QString &message, const QString &) {
                announce(title, message, QStringLiteral("failed"), Location::of(Location::Area::Costs));
            });
    // Watches outlive the window: those that ended meanwhile are announced now.
    m_notifier->keepWatchesIn(QStringLiteral("pipelineWatches/%1")
                                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_scope.section(u'/', 0, 0)) + '/' +
                                                           QUrl::toPercentEncoding(m_scope.section(u'/', 1)))));
    m_notifier->catchUpWith(m_pipelinesApi);
}

void MainWindow::addArea(Location::Area area, const QString &title, const QString &icon, QWidget *widget)
{
    auto *item = new QListWidgetItem(icons::named(icon), title);
    m_navigation->insertItem(int(m_areas.size()), item);
    m_areas.append(area);
    m_stack->addWidget(widget);
}

void MainWindow::buildMenus()
{
    QToolBar *bar = addToolBar(tr("Navigation"));
    bar->setObjectName(QStringLiteral("navigationBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(18, 18));
    m_back = bar->addAction(icons::named(QStringLiteral("back")), tr("Back"), this, &MainWindow::goBack);
    m_back->setShortcuts(QKeySequence::Back);
    m_forward = bar->addAction(icons::named(QStringLiteral("forward")), tr("Forward"), this, &MainWindow::goForward);
    m_forward->setShortcuts(QKeySequence::Forward);
    QAction *refresh =
        bar->addAction(icons::named(QStringLiteral("refresh")), tr("Refresh"), this, &MainWindow::refresh);
    refresh->setShortcuts(QKeySequence::Refresh);
    QAction *locate = bar->addAction(icons::named(QStringLiteral("search")), tr("Go to…"));
    locate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    locate->setToolTip(
        tr("Go to a project, a pipeline or an action (%1)").arg(locate->shortcut().toString(QKeySequence::NativeText)));
    connect(m_history, &NavigationHistory::changed, this, [this]() {
        m_back->setEnabled(m_history->canGoBack());
        m_forward->setEnabled(m_history->canGoForward());
    });
    m_back->setEnabled(false);
    m_forward->setEnabled(false);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newProject = file->addAction(icons::named(QStringLiteral("add")), tr("&New project…"), QKeySequence::New,
                                          m_projects, &ProjectsView::createProject);
    QAction *closeProject = file->addAction(icons::named(QStringLiteral("close")), tr("&Close project"),
                                            QKeySequence::Close, this, &MainWindow::closeCurrentProject);
    file->addSeparator();
    QAction *signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_back);
    go->addAction(m_forward);
    go->addAction(locate);
    // Favourites first (starred), then the projects opened lately.
    QMenu *recent = go->addMenu(icons::named(QStringLiteral("projects")), tr("&Recent projects"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent]() {
        recent->clear();
        const QStringList favourites = m_recent->favourites();
        for (const QString &slug : favourites)
            recent->addAction(icons::named(QStringLiteral("star-filled")), slug, this,
                              [this, slug]() { this->go(Location::inProject(slug)); });
        for (const QString &slug : m_recent->recent()) {
            if (!favourites.contains(slug))
                recent->addAction(slug, this, [this, slug]() { this->go(Location::inProject(slug)); });
        }
        if (recent->isEmpty())
            recent->addAction(tr("No project opened yet"))->setEnabled(false);
    });
    go->addSeparator();
    QList<QAction *> areaActions;
    for (int row = 0; row < m_areas.size(); ++row) {
        const Location::Area area = m_areas.at(row);
        QAction *action = go->addAction(m_navigation->item(row)->icon(), m_navigation->item(row)->text(), this,
                                        [this, area]() { this->go(Location::of(area)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        areaActions.append(action);
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(refresh);
    QMenu *themes = view->addMenu(icons::named(QStringLiteral("theme")), tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    QList<QAction *> themeActions;
    for (const auto &[mode, label] :
         {std::pair{Theme::Mode::System, tr("Same as the system")}, std::pair{Theme::Mode::Light, tr("Light")},
          std::pair{Theme::Mode::Dark, tr("Dark")}}) {
        QAction *action = themes->addAction(label);
        action->setCheckable(true);
        action->setChecked(Theme::saved() == mode);
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [mode]() {
            Theme::save(mode);
            Theme::apply(mode);
        });
        themeActions.append(action);
    }
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *language = settings->addAction(tr("&Language…"), this, [this]() { SettingsDialog(this).exec(); });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(icons::named(QStringLiteral("help")), tr("&Guided tour"), this, [this]() { m_tour->start(); });
    help->addAction(icons::named(QStringLiteral("help")), tr("&About ADP"), this, [this]() {
        QMessageBox::about(
            this, tr("About ADP"),
            tr("ADP %1 — the AI DevOps Platform for small teams.").arg(QString::fromLatin1(shared::kVersion)));
    });

    m_locator = new Locator(m_api, *m_recent,
                            QList<QAction *>{newProject, closeProject, refresh, m_back, m_forward, language, signOut} +
                                areaActions + themeActions,
                            this);
    connect(locate, &QAction::triggered, m_locator, &Locator::popUp);
    connect(m_locator, &Locator::chosen, this, &MainWindow::go);

    QWidget *locateButton = bar->widgetForAction(locate);
    m_tour = new GuidedTour(
        this, {{[this]() -> QWidget * { return m_navigation; }, tr("Find your way"),
                tr("Home shows what needs you and what runs now. Every project you open gets its own row here, "
                   "with its overview, pipelines, environments and settings.")},
               {[this]() -> QWidget * { return m_home->runningNow(); }, tr("Your first pipeline is running"),
                tr("The demo project ran its pipeline when ADP started. Double-click a job to watch its log live; "
                   "the jobs, their stages and their needs are drawn as a graph.")},
               {[locateButton]() -> QWidget * { return locateButton; }, tr("Go anywhere with Ctrl+K"),
                tr("Type part of a project's name, a pipeline's number (#42) or an action. Alt+Left and Alt+Right "
                   "go back and forward, F5 refreshes, Ctrl+W closes a project.")},
               {[this]() -> QWidget * { return menuBar(); }, tr("Make it yours"),
                tr("View ▸ Theme switches between light and dark; the window remembers its size and panes. "
                   "Help ▸ Guided tour shows this again.")}});
}

bool MainWindow::startTourIfFirstRun()
{
    go(Location::home());
    return m_tour->startIfFirstRun();
}

void MainWindow::buildStatusBar(shared::ApiClient &api, shared::EventsClient &events, const shared::CurrentUser &user)
{
    auto *who = new QLabel(
        user.isAdmin ? tr("Signed in as %1 (administrator) on %2").arg(user.username, api.baseUrl().toString())
                     : tr("Signed in as %1 on %2").arg(user.username, api.baseUrl().toString()),
        this);
    m_version = new QLabel(this);
    m_version->setObjectName(QStringLiteral("serverVersion"));
    m_live = new QLabel(events.isConnected() ? tr("● Live") : tr("Connecting live updates…"), this);
    m_live->setObjectName(QStringLiteral("liveStatus"));
    auto *busy = new QProgressBar(this);
    busy->setRange(0, 0);
    busy->setMaximumWidth(100);
    busy->setAccessibleName(tr("Loading"));
    busy->hide();
    statusBar()->addWidget(who, 1);
    statusBar()->addPermanentWidget(busy);
    statusBar()->addPermanentWidget(m_version);
    statusBar()->addPermanentWidget(m_live);
    connect(m_projects, &ProjectsView::busyChanged, busy, &QWidget::setVisible);
    connect(&events, &shared::EventsClient::connectedChanged, this, [this](bool connected) {
        m_live->setText(connected ? tr("● Live") : tr("○ Reconnecting…"));
        m_live->setToolTip(connected ? tr("Changes on the server show at once") : tr("Live updates are paused"));
    });
    api.send("GET", QStringLiteral("/healthz"), {}, {}, this, [this](const shared::ApiResult<QJsonDocument> &result) {
        m_version->setText(
            result.ok() ? tr("Server %1").arg(result.value().object().value(QStringLiteral("version")).toString())
                        : tr("Server version unknown"));
    });
}

ProjectWorkspace *MainWindow::workspace(const QString &slug) const
{
    for (int index = 0; index < m_workspaces->count(); ++index) {
        auto *workspace = static_cast<ProjectWorkspace *>(m_workspaces->widget(index));
        if (workspace->slug() == slug)
            return workspace;
    }
    return nullptr;
}

ProjectWorkspace *MainWindow::currentWorkspace() const
{
    if (m_stack->currentWidget() != m_workspaces)
        return nullptr;
    return static_cast<ProjectWorkspace *>(m_workspaces->currentWidget());
}

QStringList MainWindow::openProjects() const
{
    QStringList slugs;
    for (int row = int(m_areas.size()); row < m_navigation->count(); ++row)
        slugs.append(m_navigation->item(row)->data(kSlugRole).toString());
    return slugs;
}

Location MainWindow::currentLocation() const
{
    return m_history->current().value_or(Location::home());
}

ProjectWorkspace *MainWindow::openWorkspace(const QString &slug)
{
    if (ProjectWorkspace *open = workspace(slug))
        return open;
    if (m_usedWorkspaces.size() >= kOpenProjectsKept)
        closeWorkspace(m_usedWorkspaces.constLast());
    auto *made = new ProjectWorkspace(m_api, &m_events, m_notifier, slug, m_workspaces);
    made->setFavourite(m_recent->isFavourite(slug));
    m_workspaces->addWidget(made);
    auto *row = new QListWidgetItem(icons::named(QStringLiteral("projects")), slug);
    row->setData(kSlugRole, slug);
    row->setToolTip(tr("Project %1 (Ctrl+W closes it)").arg(slug));
    m_navigation->addItem(row);
    connect(made, &ProjectWorkspace::loaded, this,
            [row](const shared::Project &project) { row->setText(project.name); });
    connect(made, &ProjectWorkspace::locationChanged, this, &MainWindow::record);
    connect(made, &ProjectWorkspace::openRequested, this, &MainWindow::go);
    connect(made, &ProjectWorkspace::favouriteToggled, this,
            [this](const QString &project, bool favourite) { m_recent->setFavourite(project, favourite); });
    connect(made, &ProjectWorkspace::deleted, this, [this](const QString &project) {
        m_recent->forget(project);
        closeWorkspace(project);
        go(Location::of(Location::Area::Projects));
    });
    Q_EMIT workspaceOpened(made);
    return made;
}

void MainWindow::closeWorkspace(const QString &slug)
{
    ProjectWorkspace *closing = workspace(slug);
    if (!closing)
        return;
    const bool wasShown = closing == currentWorkspace();
    m_usedWorkspaces.removeAll(slug);
    for (int row = int(m_areas.size()); row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(kSlugRole).toString() == slug) {
            const QSignalBlocker quiet(m_navigation);
            delete m_navigation->takeItem(row);
            break;
        }
    }
    m_workspaces->removeWidget(closing);
    closing->deleteLater();
    if (wasShown)
        go(m_usedWorkspaces.isEmpty() ? Location::of(Location::Area::Projects)
                                      : workspace(m_usedWorkspaces.first())->location());
}

void MainWindow::closeCurrentProject()
{
    if (ProjectWorkspace *shown = currentWorkspace())
        closeWorkspace(shown->slug());
}

void MainWindow::go(const Location &location)
{
    display(location);
    record(location);
}

void MainWindow::display(const Location &location)
{
    if (location.area == Location::Area::Project) {
        ProjectWorkspace *workspace = openWorkspace(location.project);
        m_usedWorkspaces.removeAll(location.project);
        m_usedWorkspaces.prepend(location.project);
        m_recent->opened(location.project);
        m_workspaces->setCurrentWidget(workspace);
        m_stack->setCurrentWidget(m_workspaces);
        const QSignalBlocker quiet(workspace);
        workspace->navigate(location);
        setWindowTitle(tr("%1 — ADP").arg(workspace->project() ? workspace->project()->name : location.project));
    } else {
        const int row = int(m_areas.indexOf(location.area));
        m_stack->setCurrentIndex(std::max(0, row));
        setWindowTitle(tr("ADP — %1").arg(m_api.baseUrl().toString()));
    }
    selectNavigationRow(location);
}

void MainWindow::selectNavigationRow(const Location &location)
{
    int row = int(m_areas.indexOf(location.area));
    if (location.area == Location::Area::Project) {
        for (int index = int(m_areas.size()); index < m_navigation->count(); ++index) {
            if (m_navigation->item(index)->data(kSlugRole).toString() == location.project)
                row = index;
        }
    }
    const QSignalBlocker quiet(m_navigation);
    m_navigation->setCurrentRow(std::max(0, row));
}

void MainWindow::record(const Location &location)
{
    if (!m_travelling)
        m_history->visit(location);
}

void MainWindow::goBack()
{
    if (const auto location = m_history->back()) {
        m_travelling = true;
        display(*location);
        m_travelling = false;
    }
}

void MainWindow::goForward()
{
    if (const auto location = m_history->forward()) {
        m_travelling = true;
        display(*location);
        m_travelling = false;
    }
}

void MainWindow::refresh()
{
    // Every page that loads from the server has a reload(); a workspace asks its current page.
    QWidget *shown = m_stack->currentWidget();
    if (ProjectWorkspace *workspace = currentWorkspace())
        shown = workspace->currentPage();
    if (shown)
        QMetaObject::invokeMethod(shown, "reload");
}

void MainWindow::mousePressEvent(QMouseEvent *event)
{
    // The mouse's back and forward buttons, as in a browser.
    if (event->button() == Qt::BackButton)
        return goBack();
    if (event->button() == Qt::ForwardButton)
        return goForward();
    QMainWindow::mousePressEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    windowState::save(this);
    QMainWindow::closeEvent(event);
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
