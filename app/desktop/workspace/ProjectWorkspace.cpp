#include "ProjectWorkspace.h"

#include "ProjectOverview.h"
#include "ProjectSettings.h"
#include "environments/EnvironmentsView.h"
#include "members/AddMemberDialog.h"
#include "pipelines/PipelinesView.h"
#include "widgets/ApiErrorText.h"
#include "widgets/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace adp::app {

namespace {
enum BuiltIn { OverviewPage, PipelinesPage, EnvironmentsPage, SettingsPage };
}

ProjectWorkspace::ProjectWorkspace(shared::ApiClient &api, shared::EventsClient *events, PipelineNotifier *notifier,
                                   const QString &slug, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_projects(api)
    , m_events(events)
    , m_notifier(notifier)
    , m_slug(slug)
{
    setObjectName(QStringLiteral("projectWorkspace"));
    m_title = new QLabel(slug, this);
    m_title->setObjectName(QStringLiteral("workspaceTitle"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_subtitle = new QLabel(this);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_favourite = new QToolButton(this);
    m_favourite->setObjectName(QStringLiteral("favourite"));
    m_favourite->setCheckable(true);
    m_favourite->setAutoRaise(true);
    m_favourite->setIcon(icons::named(QStringLiteral("star")));
    m_favourite->setToolTip(tr("Add to favourites"));
    m_favourite->setAccessibleName(tr("Favourite"));
    connect(m_favourite, &QToolButton::toggled, this, [this](bool on) {
        setFavourite(on);
        Q_EMIT favouriteToggled(m_slug, on);
    });
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_favourite);
    header->addSpacing(12);
    header->addWidget(m_subtitle, 1);

    m_status = new QLabel(tr("Loading %1…").arg(slug), this);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("projectPages"));
    m_pages->setDocumentMode(true);
    m_body = new QStackedWidget(this);
    m_body->addWidget(m_status);
    m_body->addWidget(m_pages);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_body, 1);

    m_pageSpecs = {
        {QStringLiteral("overview"), tr("Overview"), QStringLiteral("overview"),
         [](ProjectWorkspace *self, const shared::Project &project) -> QWidget * {
             auto *overview = new ProjectOverview(self->m_api, self->m_events, project, self);
             connect(overview, &ProjectOverview::openRequested, self, &ProjectWorkspace::navigate);
             connect(overview, &ProjectOverview::runRequested, self, [self]() {
                 self->navigate(Location::inProject(self->m_slug, Location::Page::Pipelines));
                 self->pipelines()->runPipeline();
             });
             return overview;
         }},
        {QStringLiteral("pipelines"), tr("Pipelines"), QStringLiteral("pipelines"),
         [](ProjectWorkspace *self, const shared::Project &project) -> QWidget * {
             auto *view = new PipelinesView(self->m_api, self->m_events, project, self);
             view->setNotifier(self->m_notifier);
             return view;
         }},
        {QStringLiteral("environments"), tr("Environments"), QStringLiteral("environments"),
         [](ProjectWorkspace *self, const shared::Project &project) -> QWidget * {
             auto *view = new EnvironmentsView(self->m_api, self->m_events, project, self);
             connect(view, &EnvironmentsView::openRequested, self, &ProjectWorkspace::navigate);
             return view;
         }},
        {QStringLiteral("settings"), tr("Settings"), QStringLiteral("settings"),
         [](ProjectWorkspace *self, const shared::Project &project) -> QWidget * {
             auto *settings = new ProjectSettings(self->m_api, project, self);
             connect(settings, &ProjectSettings::tabShown, self, [self]() {
                 if (!self->m_applying)
                     Q_EMIT self->locationChanged(self->location());
             });
             connect(settings, &ProjectSettings::projectChanged, self,
                     [self](const shared::Project &changed) { self->m_title->setText(changed.name); });
             connect(settings, &ProjectSettings::projectDeleted, self,
                     [self]() { Q_EMIT self->deleted(self->m_slug); });
             return settings;
         }},
    };
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        page(index);
        if (!m_applying)
            Q_EMIT locationChanged(location());
    });
    load();
}

void ProjectWorkspace::addPage(const QString &key, const QString &title, const QString &icon, PageFactory factory)
{
    m_pageSpecs.append({key, title, icon, std::move(factory), nullptr});
    if (m_loaded)
        addTabFor(m_pageSpecs.constLast());
}

void ProjectWorkspace::addTabFor(const Page &spec)
{
    // An empty holder: the page itself is made the first time its tab is shown.
    auto *holder = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages->addTab(holder, icons::named(spec.icon), spec.title);
}

void ProjectWorkspace::load()
{
    m_projects.get(m_slug, this, [this](const shared::ApiResult<shared::Project> &result) {
        if (!result.ok()) {
            const QString message = ApiErrorText::forAction(tr("Opening %1").arg(m_slug), result.error());
            m_status->setText(message);
            Q_EMIT loadFailed(message);
            return;
        }
        build(result.value());
    });
}

void ProjectWorkspace::build(const shared::Project &project)
{
    m_loaded = project;
    m_title->setText(project.name);
    m_subtitle->setText(
        tr("%1 · your role: %2").arg(project.slug, roleLabel(shared::projectRoleToString(project.myRole))));
    m_applying = true;
    const QSignalBlocker quiet(m_pages); // adding the first tab must not make its page: apply() decides
    for (const Page &spec : std::as_const(m_pageSpecs))
        addTabFor(spec);
    m_body->setCurrentIndex(1);
    m_pages->setCurrentIndex(-1);
    m_applying = false;
    Q_EMIT loaded(project);
    apply(m_pending.value_or(Location::inProject(m_slug)));
    m_pending.reset();
}

QWidget *ProjectWorkspace::page(int index)
{
    if (!m_loaded || index < 0 || index >= m_pageSpecs.size())
        return nullptr;
    Page &spec = m_pageSpecs[index];
    if (!spec.made) {
        spec.made = spec.factory(this, *m_loaded);
        m_pages->widget(index)->layout()->addWidget(spec.made);
        spec.made->show(); // now, not when the layout gets round to it: callers use it at once
        Q_EMIT pageMade(spec.key, spec.made);
    }
    return spec.made;
}

ProjectOverview *ProjectWorkspace::overview()
{
    return qobject_cast<ProjectOverview *>(page(OverviewPage));
}

PipelinesView *ProjectWorkspace::pipelines()
{
    return qobject_cast<PipelinesView *>(page(PipelinesPage));
}

EnvironmentsView *ProjectWorkspace::environments()
{
    return qobject_cast<EnvironmentsView *>(page(EnvironmentsPage));
}

ProjectSettings *ProjectWorkspace::settings()
{
    return qobject_cast<ProjectSettings *>(page(SettingsPage));
}

QWidget *ProjectWorkspace::currentPage()
{
    QWidget *shown = page(m_pages->currentIndex());
    if (auto *tabs = qobject_cast<ProjectSettings *>(shown))
        return tabs->panel(tabs->currentTabName());
    return shown;
}

void ProjectWorkspace::setFavourite(bool favourite)
{
    const QSignalBlocker quiet(m_favourite);
    m_favourite->setChecked(favourite);
    m_favourite->setIcon(icons::named(favourite ? QStringLiteral("star-filled") : QStringLiteral("star")));
    m_favourite->setToolTip(favourite ? tr("Remove from favourites") : tr("Add to favourites"));
}

void ProjectWorkspace::navigate(const Location &location)
{
    if (location.area != Location::Area::Project || location.project != m_slug)
        return Q_EMIT openRequested(location); // another project: the main window's to open
    if (!m_loaded) {
        m_pending = location;
        return;
    }
    apply(location);
    Q_EMIT locationChanged(location.page == Location::Page::Settings ? this->location() : location);
}

void ProjectWorkspace::apply(const Location &location)
{
    m_applying = true;
    switch (location.page) {
    case Location::Page::Overview:
        m_pages->setCurrentIndex(OverviewPage);
        page(OverviewPage);
        break;
    case Location::Page::Pipelines:
        m_pages->setCurrentIndex(PipelinesPage);
        if (location.item > 0)
            pipelines()->selectPipeline(location.item, location.detail);
        else
            pipelines();
        break;
    case Location::Page::Environments:
        m_pages->setCurrentIndex(EnvironmentsPage);
        if (location.item > 0)
            environments()->showDeployment(location.item);
        else
            environments();
        break;
    case Location::Page::Settings:
        m_pages->setCurrentIndex(SettingsPage);
        settings()->showTab(location.tab);
        break;
    }
    m_applying = false;
}

Location ProjectWorkspace::location() const
{
    switch (m_pages->currentIndex()) {
    case PipelinesPage:
        return Location::inProject(m_slug, Location::Page::Pipelines);
    case EnvironmentsPage:
        return Location::inProject(m_slug, Location::Page::Environments);
    case SettingsPage: {
        const auto *made = qobject_cast<ProjectSettings *>(m_pageSpecs.value(SettingsPage).made);
        return Location::settings(m_slug, made ? made->currentTabName() : QStringLiteral("general"));
    }
    default:
        return Location::inProject(m_slug);
    }
}

} // namespace adp::app
