#include "PatternAutomaton.h"

#include <deque>

namespace adp::server::runner {

PatternAutomaton::PatternAutomaton(const QStringList &patterns)
    : m_column(0x10000, 0)
{
    for (const QString &pattern : patterns) {
        for (const QChar c : pattern) {
            if (m_column[c.unicode()] == 0)
                m_column[c.unicode()] = quint16(m_width++);
        }
    }
    // The trie: -1 where no child yet.
    m_delta.assign(m_width, -1);
    m_longest.assign(1, 0);
    m_depth.assign(1, 0);
    for (const QString &pattern : patterns) {
        if (pattern.isEmpty())
            continue;
        int state = 0;
        for (const QChar c : pattern) {
            int &child = m_delta[size_t(state) * m_width + m_column[c.unicode()]];
            if (child < 0) {
                child = int(m_longest.size());
                m_longest.push_back(0);
                m_depth.push_back(m_depth[size_t(state)] + 1);
                m_delta.resize(m_delta.size() + m_width, -1);
            }
            state = m_delta[size_t(state) * m_width + m_column[c.unicode()]];
        }
        m_longest[size_t(state)] = std::max(m_longest[size_t(state)], int(pattern.size()));
    }
    // Failure links breadth first, completing the table: a missing child goes where the
    // longest proper suffix would go; a state also ends whatever its suffix state ends.
    std::vector<int> failure(m_longest.size(), 0);
    std::deque<int> queue;
    for (size_t column = 0; column < m_width; ++column) {
        int &child = m_delta[column];
        if (child < 0) {
            child = 0;
        } else {
            failure[size_t(child)] = 0;
            queue.push_back(child);
        }
    }
    while (!queue.empty()) {
        const int state = queue.front();
        queue.pop_front();
        m_longest[size_t(state)] = std::max(m_longest[size_t(state)], m_longest[size_t(failure[size_t(state)])]);
        for (size_t column = 0; column < m_width; ++column) {
            int &child = m_delta[size_t(state) * m_width + column];
            const int fallback = m_delta[size_t(failure[size_t(state)]) * m_width + column];
            if (child < 0) {
                child = fallback;
            } else {
                failure[size_t(child)] = fallback;
                queue.push_back(child);
            }
        }
    }
}

} // namespace adp::server::runner
