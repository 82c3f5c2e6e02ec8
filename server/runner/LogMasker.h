#pragma once

#include "PatternAutomaton.h"

#include <QString>
#include <QStringList>

namespace adp::server::runner {

// Replaces the values of masked variables in a job's log with [MASKED]
// before it is stored or streamed: as written, and in the forms a script
// prints a value in without printing it (base64, hex, percent-encoded,
// JSON-escaped). Also when a value arrives split across writes: the end of a
// write that could begin a value is held back until the next write, or
// finish(), tells. Overlapping values are masked as one.
class LogMasker
{
public:
    explicit LogMasker(QStringList secrets);

    // The text that is safe to pass on now.
    QString feed(const QString &chunk);
    // What was held back, at the end of the log.
    QString finish();

    static QString replacement() { return QStringLiteral("[MASKED]"); }
    // Every form of one value that is masked, the value first.
    static QStringList formsOf(const QString &secret);

private:
    // Masks `text`; unless `final`, keeps back (in m_pending) what a later write could still make part of a value.
    QString mask(const QString &text, bool final);

    PatternAutomaton m_patterns;
    QString m_pending;
};

} // namespace adp::server::runner
