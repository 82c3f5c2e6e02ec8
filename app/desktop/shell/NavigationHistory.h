#pragma once

#include "Location.h"

#include <QList>
#include <QObject>

namespace adp::app {

// Back and forward through the places the main window showed, as a browser does: a new visit
// clears what was ahead; at most kLimit places are kept behind.
class NavigationHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int kLimit = 100;

    using QObject::QObject;

    void visit(const Location &location);
    // The place to show, or nullopt when there is nothing that way.
    std::optional<Location> back();
    std::optional<Location> forward();
    bool canGoBack() const { return !m_behind.isEmpty(); }
    bool canGoForward() const { return !m_ahead.isEmpty(); }
    std::optional<Location> current() const { return m_current; }

Q_SIGNALS:
    void changed();

private:
    QList<Location> m_behind;
    QList<Location> m_ahead;
    std::optional<Location> m_current;
};

} // namespace adp::app
