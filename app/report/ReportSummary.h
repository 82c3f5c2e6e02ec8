#pragma once

#include "ReportInput.h"

namespace adp::report {

// The counts a report's summary tables print: by outcome, by action and by actor.
struct ReportSummary
{
    struct Count
    {
        QString name;
        qint64 events = 0;
        qint64 failures = 0;
    };
    qint64 successes = 0;
    qint64 failures = 0;
    QList<Count> byAction; // most events first, then by name
    QList<Count> byActor;
    QString firstAt; // the first and last event's time, as exported
    QString lastAt;

    static ReportSummary of(const QList<ReportEvent> &events);
};

} // namespace adp::report
