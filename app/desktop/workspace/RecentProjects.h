#pragma once

#include <QStringList>

namespace adp::app {

// The projects a person opened lately and the ones they starred, per server and user, kept in
// QSettings so the locator and the Projects menu offer them first.
class RecentProjects
{
public:
    static constexpr int kKept = 10;

    // `scope` tells servers and people apart (server authority and username).
    explicit RecentProjects(QString scope);

    QStringList recent() const;
    QStringList favourites() const;
    void opened(const QString &slug);
    void setFavourite(const QString &slug, bool favourite);
    bool isFavourite(const QString &slug) const;
    void forget(const QString &slug); // the project was deleted

private:
    QString key(const char *list) const;

    QString m_scope;
};

} // namespace adp::app
