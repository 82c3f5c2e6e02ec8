#pragma once

#include "ComplianceReport.h"

#include <QCoreApplication>

namespace adp::shared {

// A compliance report in words, in the application's language: the CLI prints it, the desktop
// shows it, and the server (untranslated: English) sends it through notification channels.
class ComplianceText
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceText)

public:
    static QString title(const QString &checkId);
    // "passed, 12 examined" or "2 findings, 12 examined".
    static QString verdict(const ComplianceCheck &check);
    static QString finding(const QString &checkId, const ComplianceFinding &finding);
    static QString period(const ComplianceReport &report);
    // "3 of 8 checks failed" or "All 8 checks passed".
    static QString headline(const ComplianceReport &report);
    // The whole report as plain text, at most `perCheck` findings under each check.
    static QString plain(const ComplianceReport &report, int perCheck);
    // The same as Markdown, for chat services.
    static QString markdown(const ComplianceReport &report, int perCheck);
};

} // namespace adp::shared
