#pragma once

#include "pipelines/PipelineLink.h"

#include <QMetaType>
#include <QString>
#include <QUrl>
#include <optional>

namespace adp::app {

// Where the main window shows something: an area (home, projects, ...) or a page of one project's
// workspace with what is open there. Back/forward history, deep links and the locator all speak it.
struct Location
{
    enum class Area { Home, Projects, Project, Organisations, Costs, Audit, Providers, Profile };
    enum class Page { Overview, Pipelines, Environments, Settings };

    Area area = Area::Home;
    QString project; // slug, for Area::Project
    Page page = Page::Overview;
    qint64 item = 0;   // a pipeline id (Pipelines) or a deployment iid (Environments); 0: none
    qint64 detail = 0; // a job id of that pipeline; 0: none
    QString tab;       // a Settings tab: one of settingsTabs()

    static Location home() { return {}; }
    static Location of(Area area) { return Location{area, {}, Page::Overview, 0, 0, {}}; }
    static Location inProject(const QString &slug, Page page = Page::Overview, qint64 item = 0, qint64 detail = 0)
    {
        return Location{Area::Project, slug, page, item, detail, {}};
    }
    static Location settings(const QString &slug, const QString &tab)
    {
        return Location{Area::Project, slug, Page::Settings, 0, 0, tab};
    }
    static Location ofPipeline(const PipelineLink &link)
    {
        return inProject(link.project, Page::Pipelines, link.pipeline, link.job);
    }

    // adp://HOST[:PORT]/project/SLUG[/pipelines[/ID[/jobs/JOB]] | /environments[/deployments/IID] |
    // /settings[/TAB] | /overview], or adp://HOST/home|projects|organisations|audit|providers|profile.
    // `host` receives HOST[:PORT]. nullopt for anything else.
    static std::optional<Location> fromLink(const QUrl &link, QString *host = nullptr);
    QUrl toLink(const QString &host) const;

    static QStringList settingsTabs();

    friend bool operator==(const Location &, const Location &) = default;
};

} // namespace adp::app

Q_DECLARE_METATYPE(adp::app::Location)
