#include "CursorPages.h"

namespace adp::app {

void CursorPages::restart()
{
    ++m_generation;
    m_loading = false;
}

CursorPages::Request CursorPages::begin(bool append)
{
    setLoading(true);
    return {append ? m_nextCursor : QString(), m_generation, append};
}

bool CursorPages::settle(const Request &request)
{
    if (request.generation != m_generation)
        return false;
    setLoading(false);
    return true;
}

void CursorPages::loaded(const QString &nextCursor)
{
    m_nextCursor = nextCursor;
    m_loaded = true;
}

void CursorPages::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    if (m_loadingChanged)
        m_loadingChanged(loading);
}

} // namespace adp::app
