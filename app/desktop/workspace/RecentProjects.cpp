#include "RecentProjects.h"

#include <QSettings>
#include <QUrl>

namespace adp::app {

RecentProjects::RecentProjects(QString scope)
    : m_scope(QString::fromLatin1(QUrl::toPercentEncoding(scope)))
{
}

QString RecentProjects::key(const char *list) const
{
    return QStringLiteral("projects/%1/%2").arg(m_scope, QLatin1String(list));
}

QStringList RecentProjects::recent() const
{
    return QSettings().value(key("recent")).toStringList();
}

QStringList RecentProjects::favourites() const
{
    return QSettings().value(key("favourites")).toStringList();
}

void RecentProjects::opened(const QString &slug)
{
    QStringList list = recent();
    list.removeAll(slug);
    list.prepend(slug);
    QSettings().setValue(key("recent"), list.mid(0, kKept));
}

void RecentProjects::setFavourite(const QString &slug, bool favourite)
{
    QStringList list = favourites();
    list.removeAll(slug);
    if (favourite)
        list.append(slug);
    QSettings().setValue(key("favourites"), list);
}

bool RecentProjects::isFavourite(const QString &slug) const
{
    return favourites().contains(slug);
}

void RecentProjects::forget(const QString &slug)
{
    QStringList kept = recent();
    kept.removeAll(slug);
    QSettings().setValue(key("recent"), kept);
    setFavourite(slug, false);
}

} // namespace adp::app
