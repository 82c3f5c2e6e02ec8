#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace adp::server::runner {

// Replaces the values of masked variables in a job's log with [MASKED]
// before it is stored or streamed, also when a value arrives split across
// writes: the end of a chunk that could begin a value (or a longer value
// than one already seen) is held back until the next chunk, or finish(), tells.
class LogMasker
{
public:
    explicit LogMasker(QStringList secrets);

    // The text that is safe to pass on now.
    QString feed(const QString &chunk);
    // What was held back, at the end of the log.
    QString finish();

    static QString replacement() { return QStringLiteral("[MASKED]"); }

private:
    // Masks `text` from the left, the longest value first at each place; unless `final`, stops
    // (keeping the rest pending) where the text ends inside what could still become a value.
    QString mask(const QString &text, bool final);

    QStringList m_secrets;            // longest first, so a value containing another is masked whole
    std::vector<bool> m_startsSecret; // by UTF-16 code unit: can a value begin here?
    QString m_pending;
};

} // namespace adp::server::runner
