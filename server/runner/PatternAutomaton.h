#pragma once

#include <QStringList>
#include <QStringView>
#include <vector>

namespace adp::server::runner {

// Finds many fixed strings at once in one pass (Aho-Corasick over UTF-16 code units, as a
// complete transition table over the characters the patterns use), so masking costs a table
// lookup per character however many values and forms there are.
class PatternAutomaton
{
public:
    explicit PatternAutomaton(const QStringList &patterns);

    bool isEmpty() const { return m_longest.size() <= 1; }
    int start() const { return 0; }
    int next(int state, QChar c) const { return m_delta[size_t(state) * m_width + m_column[c.unicode()]]; }
    // From the start state: the first of text[from, size) that can begin a pattern, or `size`.
    // Every character before it leaves the start state as it is; testing them needs no state
    // carried from one to the next, so the scan runs far faster than next() over each.
    qsizetype nextStart(const QChar *text, qsizetype from, qsizetype size) const
    {
        while (from < size && m_delta[m_column[text[from].unicode()]] == 0)
            ++from;
        return from;
    }
    // The longest pattern that ends where `state` was reached (0: none).
    int matchLength(int state) const { return m_longest[size_t(state)]; }
    // How many of the last characters read are the start of some pattern.
    int depth(int state) const { return m_depth[size_t(state)]; }

private:
    std::vector<quint16> m_column; // a character's column; 0 for characters no pattern uses
    size_t m_width = 1;
    std::vector<int> m_delta; // state * width + column -> state
    std::vector<int> m_longest;
    std::vector<int> m_depth;
};

} // namespace adp::server::runner
