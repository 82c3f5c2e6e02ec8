#include "ReportSummary.h"

#include <QHash>
#include <algorithm>

namespace adp::report {

namespace {

QList<ReportSummary::Count> ranked(const QHash<QString, ReportSummary::Count> &counts)
{
    QList<ReportSummary::Count> list = counts.values();
    std::sort(list.begin(), list.end(), [](const ReportSummary::Count &a, const ReportSummary::Count &b) {
        return a.events != b.events ? a.events > b.events : a.name < b.name;
    });
    return list;
}

} // namespace

ReportSummary ReportSummary::of(const QList<ReportEvent> &events)
{
    ReportSummary summary;
    QHash<QString, Count> actions;
    QHash<QString, Count> actors;
    for (const ReportEvent &event : events) {
        (event.failure ? summary.failures : summary.successes) += 1;
        for (auto [counts, name] : {std::pair{&actions, &event.action}, std::pair{&actors, &event.actor}}) {
            Count &count = (*counts)[*name];
            count.name = *name;
            ++count.events;
            count.failures += event.failure ? 1 : 0;
        }
    }
    summary.byAction = ranked(actions);
    summary.byActor = ranked(actors);
    if (!events.isEmpty()) {
        summary.firstAt = events.first().occurredAt;
        summary.lastAt = events.last().occurredAt;
    }
    return summary;
}

} // namespace adp::report
