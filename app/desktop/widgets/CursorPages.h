#pragma once

#include <QString>
#include <functional>

namespace adp::app {

// A table model's cursor paging: the cursor of the next page, whether a page is on its way, and
// which query a reply answers, so that a reply to an outdated query (the search, sort, filters or
// project changed meanwhile) is dropped.
class CursorPages
{
public:
    explicit CursorPages(std::function<void(bool loading)> loadingChanged)
        : m_loadingChanged(std::move(loadingChanged))
    {
    }

    struct Request
    {
        QString cursor; // empty: the first page
        quint64 generation = 0;
        bool append = false;
    };

    // A new query: whatever is on its way is outdated.
    void restart();
    // A page asked for: the first of the query, or the next one.
    Request begin(bool append);
    // A reply arrived: false when it answers an outdated query (ignore it), else loading ends.
    bool settle(const Request &request);
    // The page was taken in; `nextCursor` empty: it was the last.
    void loaded(const QString &nextCursor);

    bool canFetchMore() const { return m_loaded && !m_loading && !m_nextCursor.isEmpty(); }
    bool hasMore() const { return !m_nextCursor.isEmpty(); }
    bool isLoading() const { return m_loading; }
    bool isLoaded() const { return m_loaded; }
    bool isComplete() const { return m_loaded && m_nextCursor.isEmpty(); }
    quint64 generation() const { return m_generation; }

private:
    void setLoading(bool loading);

    std::function<void(bool)> m_loadingChanged;
    QString m_nextCursor;
    bool m_loading = false;
    bool m_loaded = false;
    quint64 m_generation = 0;
};

} // namespace adp::app
