#include "KeywordScanner.h"

#include <deque>

namespace adp::shared::analysis {

KeywordScanner::KeywordScanner(const QList<QByteArray> &keywords)
{
    for (int byte = 0; byte < 256; ++byte)
        m_fold[size_t(byte)] = static_cast<unsigned char>(byte >= 'A' && byte <= 'Z' ? byte - 'A' + 'a' : byte);
    // The trie: -1 where no edge yet.
    std::vector<State> trie(256, -1);
    m_outputs.emplace_back();
    for (int index = 0; index < keywords.size(); ++index) {
        State state = kStart;
        for (const char c : keywords.at(index)) {
            const size_t edge = size_t(state) * 256 + m_fold[static_cast<unsigned char>(c)];
            if (trie[edge] < 0) {
                trie[edge] = State(m_outputs.size());
                m_outputs.emplace_back();
                trie.resize(trie.size() + 256, -1);
            }
            state = trie[edge];
        }
        m_outputs[size_t(state)].push_back(index);
    }
    // Breadth first: each state's failure link, and the missing edges through it.
    m_next.assign(trie.size(), kStart);
    std::vector<State> failure(m_outputs.size(), kStart);
    std::deque<State> queue;
    for (int byte = 0; byte < 256; ++byte) {
        const State child = trie[size_t(byte)];
        if (child > 0) {
            m_next[size_t(byte)] = child;
            queue.push_back(child);
        }
    }
    while (!queue.empty()) {
        const State state = queue.front();
        queue.pop_front();
        const auto &inherited = m_outputs[size_t(failure[size_t(state)])];
        m_outputs[size_t(state)].insert(m_outputs[size_t(state)].end(), inherited.begin(), inherited.end());
        for (int byte = 0; byte < 256; ++byte) {
            const State child = trie[size_t(state) * 256 + size_t(byte)];
            const State viaFailure = m_next[size_t(failure[size_t(state)]) * 256 + size_t(byte)];
            if (child > 0) {
                failure[size_t(child)] = viaFailure;
                m_next[size_t(state) * 256 + size_t(byte)] = child;
                queue.push_back(child);
            } else {
                m_next[size_t(state) * 256 + size_t(byte)] = viaFailure;
            }
        }
    }
    for (const auto &outputs : m_outputs)
        m_hasOutput.push_back(outputs.empty() ? 0 : 1);
}

} // namespace adp::shared::analysis
