#include "Location.h"

#include <QRegularExpression>

namespace adp::app {

namespace {

struct AreaName
{
    Location::Area area;
    const char *name;
};
constexpr AreaName kAreas[] = {{Location::Area::Home, "home"},
                               {Location::Area::Projects, "projects"},
                               {Location::Area::Organisations, "organisations"},
                               {Location::Area::Costs, "costs"},
                               {Location::Area::Audit, "audit"},
                               {Location::Area::Providers, "providers"},
                               {Location::Area::Profile, "profile"}};

std::optional<qint64> positiveId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

bool isSlug(const QString &text)
{
    static const QRegularExpression slug(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    return slug.match(text).hasMatch();
}

} // namespace

QStringList Location::settingsTabs()
{
    return {QStringLiteral("general"),    QStringLiteral("members"),    QStringLiteral("tokens"),
            QStringLiteral("variables"),  QStringLiteral("protection"), QStringLiteral("clusters"),
            QStringLiteral("repository"), QStringLiteral("schedules"),  QStringLiteral("notifications")};
}

std::optional<Location> Location::fromLink(const QUrl &link, QString *host)
{
    if (!link.isValid() || link.scheme() != u"adp" || link.host().isEmpty())
        return std::nullopt;
    if (host)
        *host = link.port() > 0 ? QStringLiteral("%1:%2").arg(link.host()).arg(link.port()) : link.host();
    const QStringList parts = link.path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return home();
    if (parts.size() == 1) {
        for (const AreaName &area : kAreas) {
            if (parts.first() == QLatin1String(area.name))
                return of(area.area);
        }
        return std::nullopt;
    }
    if (parts.first() != u"project" || !isSlug(parts.at(1)))
        return std::nullopt;
    const QString slug = parts.at(1);
    const QStringList rest = parts.mid(2);
    if (rest.isEmpty() || (rest.size() == 1 && rest.first() == u"overview"))
        return inProject(slug);
    const QString page = rest.first();
    if (page == u"pipelines") {
        if (rest.size() == 1)
            return inProject(slug, Page::Pipelines);
        const auto pipeline = positiveId(rest.at(1));
        if (!pipeline)
            return std::nullopt;
        if (rest.size() == 2)
            return inProject(slug, Page::Pipelines, *pipeline);
        const auto job = rest.size() == 4 && rest.at(2) == u"jobs" ? positiveId(rest.at(3)) : std::nullopt;
        if (!job)
            return std::nullopt;
        return inProject(slug, Page::Pipelines, *pipeline, *job);
    }
    if (page == u"environments") {
        if (rest.size() == 1)
            return inProject(slug, Page::Environments);
        const auto iid = rest.size() == 3 && rest.at(1) == u"deployments" ? positiveId(rest.at(2)) : std::nullopt;
        if (!iid)
            return std::nullopt;
        return inProject(slug, Page::Environments, *iid);
    }
    if (page == u"settings") {
        if (rest.size() == 1)
            return settings(slug, QStringLiteral("general"));
        if (rest.size() == 2 && settingsTabs().contains(rest.at(1)))
            return settings(slug, rest.at(1));
    }
    return std::nullopt;
}

QUrl Location::toLink(const QString &host) const
{
    QString path;
    if (area != Area::Project) {
        for (const AreaName &named : kAreas) {
            if (named.area == area)
                path = u'/' + QLatin1String(named.name);
        }
    } else {
        path = QStringLiteral("/project/") + project;
        switch (page) {
        case Page::Overview:
            break;
        case Page::Pipelines:
            path += QStringLiteral("/pipelines");
            if (item > 0)
                path += u'/' + QString::number(item);
            if (item > 0 && detail > 0)
                path += QStringLiteral("/jobs/") + QString::number(detail);
            break;
        case Page::Environments:
            path += QStringLiteral("/environments");
            if (item > 0)
                path += QStringLiteral("/deployments/") + QString::number(item);
            break;
        case Page::Settings:
            path += QStringLiteral("/settings/") + (tab.isEmpty() ? QStringLiteral("general") : tab);
            break;
        }
    }
    return QUrl(QStringLiteral("adp://") + host + path);
}

} // namespace adp::app
