#include "NavigationHistory.h"

namespace adp::app {

void NavigationHistory::visit(const Location &location)
{
    if (m_current == location)
        return;
    if (m_current)
        m_behind.append(*m_current);
    if (m_behind.size() > kLimit)
        m_behind.removeFirst();
    m_ahead.clear();
    m_current = location;
    Q_EMIT changed();
}

std::optional<Location> NavigationHistory::back()
{
    if (m_behind.isEmpty())
        return std::nullopt;
    if (m_current)
        m_ahead.prepend(*m_current);
    m_current = m_behind.takeLast();
    Q_EMIT changed();
    return m_current;
}

std::optional<Location> NavigationHistory::forward()
{
    if (m_ahead.isEmpty())
        return std::nullopt;
    if (m_current)
        m_behind.append(*m_current);
    m_current = m_ahead.takeFirst();
    Q_EMIT changed();
    return m_current;
}

} // namespace adp::app
