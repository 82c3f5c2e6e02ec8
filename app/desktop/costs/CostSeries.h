#pragma once

#include "shared/costs/CostBreakdown.h"

#include <QLocale>

namespace adp::app {

// A breakdown as a chart shows it: its costliest groups, one series each, and the rest folded
// into one "other" series, so a year of 200 projects stays a handful of areas; each step's
// values also stacked (the top of each area).
struct CostSeries
{
    static constexpr int kShownGroups = 10;

    struct Line
    {
        QString key;           // "" for unattributed; kOtherKey for the folded rest
        QString label;         // what to show
        QList<qint64> nanos;   // one per step
        QList<qint64> stacked; // this line's top: the lines before it plus itself
        qint64 totalNanos = 0;
    };
    static const QString kOtherKey;

    QString currency;
    QList<QDateTime> steps;
    QList<Line> lines; // the costliest first; "other" last
    qint64 totalNanos = 0;

    static CostSeries of(const shared::costs::CostBreakdown &breakdown, int shown = kShownGroups);
    // What a group is called: its label, its key, or "(unattributed)".
    static QString nameOf(const QString &key, const QString &label);
    // Money in the person's locale: "US$1,234.56" where the locale knows the currency, else "1,234.56 EUR".
    static QString money(qint64 nanos, const QString &currency, const QLocale &locale = QLocale());
};

} // namespace adp::app
