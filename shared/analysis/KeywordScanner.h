#pragma once

#include <QByteArrayView>
#include <QList>
#include <array>
#include <cstdint>
#include <vector>

namespace adp::shared::analysis {

// Finds many keywords at once in one pass over the bytes (Aho-Corasick, as a full transition
// table), ASCII letters case-folded: a log is read once, however many rules look into it.
// The state carries over from one call to the next, so a keyword split between two chunks is
// still found.
class KeywordScanner
{
public:
    explicit KeywordScanner(const QList<QByteArray> &keywords);

    using State = std::int32_t;
    static constexpr State kStart = 0;

    // The state after `byte`; `matches(state)` lists the keywords ending there.
    State step(State state, unsigned char byte) const { return m_next[size_t(state) * 256 + m_fold[byte]]; }
    bool matchesAny(State state) const { return m_hasOutput[size_t(state)] != 0; }
    const std::vector<int> &matches(State state) const { return m_outputs[size_t(state)]; }

private:
    std::array<unsigned char, 256> m_fold{};
    std::vector<State> m_next;               // 256 transitions per state
    std::vector<std::vector<int>> m_outputs; // keyword indexes ending in each state
    std::vector<unsigned char> m_hasOutput;  // the same, as one byte per state for the scanning loop
};

} // namespace adp::shared::analysis
