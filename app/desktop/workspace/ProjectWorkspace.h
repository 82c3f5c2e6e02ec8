#pragma once

#include "shared/client/EventsClient.h"
#include "shared/client/ProjectsApi.h"
#include "shell/Location.h"

#include <QWidget>
#include <functional>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace adp::app {

class EnvironmentsView;
class PipelineNotifier;
class PipelinesView;
class ProjectOverview;
class ProjectSettings;

// One project's workspace inside the main window: a header (name, role, favourite) over pages
// (Overview, Pipelines, Environments, Settings; later modules add theirs with addPage). Each page
// is made the first time it is shown; the workspace goes where a Location says and tells where
// the person went.
class ProjectWorkspace : public QWidget
{
    Q_OBJECT

public:
    using PageFactory = std::function<QWidget *(ProjectWorkspace *workspace, const shared::Project &project)>;

    ProjectWorkspace(shared::ApiClient &api, shared::EventsClient *events, PipelineNotifier *notifier,
                     const QString &slug, QWidget *parent = nullptr);

    // Pages after the built-in ones (Costs...), in the order added; before the project loads.
    void addPage(const QString &key, const QString &title, const QString &icon, PageFactory factory);

    // Shows what `location` names once the project is loaded (at once when it is).
    void navigate(const Location &location);
    Location location() const;
    QString slug() const { return m_slug; }
    bool isLoaded() const { return m_loaded.has_value(); }
    const std::optional<shared::Project> &project() const { return m_loaded; }

    QTabWidget *pages() const { return m_pages; }
    QToolButton *favouriteButton() const { return m_favourite; }
    // The page's widget, made now if need be (nullptr before the project loads).
    ProjectOverview *overview();
    PipelinesView *pipelines();
    EnvironmentsView *environments();
    ProjectSettings *settings();
    QWidget *currentPage(); // the shown page's widget; the shown settings tab's panel on Settings
    void setFavourite(bool favourite);

Q_SIGNALS:
    void loaded(const adp::shared::Project &project);
    void loadFailed(const QString &message);
    // The person moved to another page or tab; the main window records it for Back.
    void locationChanged(const adp::app::Location &location);
    void openRequested(const adp::app::Location &location);
    void favouriteToggled(const QString &slug, bool favourite);
    void deleted(const QString &slug);
    void pageMade(const QString &key, QWidget *page);

private:
    struct Page
    {
        QString key;
        QString title;
        QString icon;
        PageFactory factory;
        QWidget *made = nullptr;
    };

    void load();
    void build(const shared::Project &project);
    void addTabFor(const Page &spec);
    QWidget *page(int index);
    void apply(const Location &location);

    shared::ApiClient &m_api;
    shared::ProjectsApi m_projects;
    shared::EventsClient *m_events;
    PipelineNotifier *m_notifier;
    QString m_slug;
    std::optional<shared::Project> m_loaded;
    std::optional<Location> m_pending;
    QList<Page> m_pageSpecs;
    QLabel *m_title;
    QLabel *m_subtitle;
    QToolButton *m_favourite;
    QStackedWidget *m_body; // 0: loading or failed, 1: the pages
    QLabel *m_status;
    QTabWidget *m_pages;
    bool m_applying = false;
};

} // namespace adp::app
