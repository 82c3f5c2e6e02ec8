#pragma once

#include "ReportInput.h"
#include "ReportSummary.h"

#include <QCoreApplication>

class QPdfWriter;

namespace adp::report {

class PageFlow;

// The audit report's content: a cover with the scope, filters, period, who made it, the proof
// and the chain's verification; summary tables by outcome, action and actor; then every event.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    static constexpr int kSummaryRows = 40; // actions and actors listed before "N others"

    explicit ReportDocument(const ReportInput &input);

    QString title() const;
    // Draws the report on `writer` (A4, 72 dpi); returns the number of pages.
    int print(QPdfWriter &writer) const;

private:
    void flow(PageFlow &pages) const;
    void cover(PageFlow &pages) const;
    void proof(PageFlow &pages) const;
    void summary(PageFlow &pages) const;
    void counts(PageFlow &pages, const QString &heading, const QString &nameColumn,
                const QList<ReportSummary::Count> &counts, const QString &others) const;
    void events(PageFlow &pages) const;
    QString filtersText() const;
    QString outcomeName(bool failure) const;

    const ReportInput &m_input;
    ReportSummary m_summary;
};

} // namespace adp::report
