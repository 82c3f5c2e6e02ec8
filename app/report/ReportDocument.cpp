#include "ReportDocument.h"

#include "PageFlow.h"

#include <QJsonObject>
#include <QLocale>
#include <QPdfWriter>

namespace adp::report {

namespace {

QString shownTime(const QString &apiTime)
{
    // 2026-12-04T20:00:00.123Z: the report says once that times are UTC.
    return apiTime.left(19).replace(u'T', u' ');
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QJsonObject linkOf(const QJsonObject &proof, const char *name)
{
    return proof.value(QString::fromLatin1(name)).toObject();
}

} // namespace

ReportDocument::ReportDocument(const ReportInput &input)
    : m_input(input)
    , m_summary(ReportSummary::of(input.events))
{
}

QString ReportDocument::title() const
{
    return tr("Audit report");
}

int ReportDocument::print(QPdfWriter &writer) const
{
    const QJsonObject proof = m_input.proof();
    PageFlow::Decorations decorations{tr("ADP audit report, made %1 UTC by %2")
                                          .arg(shownTime(proof.value(QStringLiteral("made_at")).toString()),
                                               proof.value(QStringLiteral("made_by")).toString()),
                                      tr("Signed by key %1; check with: adp audit verify-export FILE")
                                          .arg(proof.value(QStringLiteral("key_id")).toString()),
                                      tr("Page %1 of %2")};
    int pages = 0;
    {
        PageFlow dryRun(writer, false, decorations, 0);
        flow(dryRun);
        pages = dryRun.pages();
    }
    PageFlow real(writer, true, decorations, pages);
    flow(real);
    return real.pages();
}

void ReportDocument::flow(PageFlow &pages) const
{
    cover(pages);
    proof(pages);
    pages.pageBreak();
    summary(pages);
    pages.pageBreak();
    events(pages);
}

QString ReportDocument::outcomeName(bool failure) const
{
    return failure ? tr("refused or failed") : tr("succeeded");
}

QString ReportDocument::filtersText() const
{
    const QJsonObject filters = m_input.proof().value(QStringLiteral("filters")).toObject();
    const QList<std::pair<const char *, QString>> names{
        {"actor", tr("actor")},         {"action", tr("action")},   {"target_type", tr("target type")},
        {"target_id", tr("target id")}, {"outcome", tr("outcome")}, {"since", tr("since")},
        {"until", tr("until")}};
    QStringList lines;
    for (const auto &[key, label] : names) {
        const QString value = filters.value(QString::fromLatin1(key)).toString();
        if (!value.isEmpty())
            lines.append(tr("%1: %2").arg(label, value));
    }
    return lines.isEmpty() ? tr("none: every event in the trail") : lines.join(u'\n');
}

void ReportDocument::cover(PageFlow &pages) const
{
    const QJsonObject proof = m_input.proof();
    const QJsonObject filters = proof.value(QStringLiteral("filters")).toObject();
    pages.title(title());
    pages.field(tr("Scope"), filters.isEmpty() ? tr("The whole audit trail of this server")
                                               : tr("The events of this server's audit trail that pass the filters"));
    pages.field(tr("Filters"), filtersText());
    const QString since = filters.value(QStringLiteral("since")).toString();
    const QString until = filters.value(QStringLiteral("until")).toString();
    QString period;
    if (!since.isEmpty() || !until.isEmpty())
        period = tr("%1 to %2")
                     .arg(since.isEmpty() ? tr("the first event") : shownTime(since),
                          until.isEmpty() ? tr("the report") : shownTime(until));
    else if (!m_summary.firstAt.isEmpty())
        period =
            tr("%1 to %2 (the first and last event)").arg(shownTime(m_summary.firstAt), shownTime(m_summary.lastAt));
    else
        period = tr("no events");
    pages.field(tr("Period (UTC)"), period);
    pages.field(tr("Events"), number(m_input.events.size()));
    pages.field(tr("Made by"), proof.value(QStringLiteral("made_by")).toString());
    pages.field(tr("Made at (UTC)"), shownTime(proof.value(QStringLiteral("made_at")).toString()));
}

void ReportDocument::proof(PageFlow &pages) const
{
    const QJsonObject proof = m_input.proof();
    pages.heading(tr("Proof"));
    pages.paragraph(tr("The events of this report are inside this PDF as a signed JSON Lines export, and the "
                       "server signed the PDF itself with its Ed25519 key. Anyone holding the server's public key "
                       "(GET /.well-known/adp-audit-signing-key) can check both offline with "
                       "\"adp audit verify-export FILE\", which names any event changed or removed."));
    pages.field(tr("Signing key"), proof.value(QStringLiteral("key_id")).toString(), true);
    const auto link = [&](const char *name) -> QString {
        const QJsonObject at = linkOf(proof, name);
        if (at.isEmpty())
            return tr("none");
        // The hash on a line of its own: whole, so a reader can compare it character by character.
        return tr("seq %1, chain hash:").arg(number(at.value(QStringLiteral("seq")).toInteger())) + u'\n' +
               at.value(QStringLiteral("hash")).toString();
    };
    pages.field(tr("First event"), link("first"), true);
    pages.field(tr("Last event"), link("last"), true);
    pages.field(tr("Chain head when made"), link("chain_head"), true);
    pages.field(tr("Export digest"), proof.value(QStringLiteral("digest")).toString(), true);
    const shared::audit::ExportCheck &check = m_input.exportCheck;
    QString checked = check.intact()
                          ? tr("Checked against the server's key before printing: %n event(s), complete and signed.",
                               "", int(check.events))
                          : tr("Checked against the server's key before printing: it does NOT verify.");
    for (const auto &finding : check.findings)
        checked += u'\n' + finding.message;
    pages.field(tr("Export check"), checked);

    pages.heading(tr("Chain verification"));
    const shared::AuditVerification &chain = m_input.chain;
    QString verdict = chain.intact
                          ? tr("Intact: %n event(s) checked from the first event to the head.", "", int(chain.checked))
                          : tr("BROKEN: %n event(s) checked; the trail was tampered with.", "", int(chain.checked));
    if (chain.archivedThrough > 0)
        verdict += u'\n' + tr("Events up to seq %1 were archived by retention (signed files kept apart); the chain "
                              "verifies from there.")
                               .arg(number(chain.archivedThrough));
    if (chain.unsealed > 0)
        verdict += u'\n' + tr("%n event(s) committed but not sealed into the chain yet.", "", int(chain.unsealed));
    pages.paragraph(verdict);
    if (!chain.findings.isEmpty()) {
        pages.beginTable({{tr("Finding"), 100}, {tr("Seq"), 60, true}, {tr("What was found"), 351}});
        for (const auto &finding : chain.findings)
            pages.row({finding.kind, finding.seq > 0 ? number(finding.seq) : QString(), finding.message}, true);
        pages.endTable();
    }
}

void ReportDocument::counts(PageFlow &pages, const QString &heading, const QString &nameColumn,
                            const QList<ReportSummary::Count> &counts, const QString &others) const
{
    pages.heading(heading);
    pages.beginTable({{nameColumn, 331}, {tr("Events"), 90, true}, {tr("Refused or failed"), 90, true}});
    qint64 restEvents = 0;
    qint64 restFailures = 0;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const ReportSummary::Count &count = counts.at(i);
        if (i < kSummaryRows) {
            pages.row(
                {count.name.isEmpty() ? tr("(system)") : count.name, number(count.events), number(count.failures)});
        } else {
            restEvents += count.events;
            restFailures += count.failures;
        }
    }
    if (counts.size() > kSummaryRows)
        pages.row({others.arg(number(counts.size() - kSummaryRows)), number(restEvents), number(restFailures)});
    pages.endTable();
}

void ReportDocument::summary(PageFlow &pages) const
{
    pages.heading(tr("Summary"));
    const qint64 total = m_summary.successes + m_summary.failures;
    pages.beginTable({{tr("Outcome"), 331}, {tr("Events"), 90, true}, {tr("Share"), 90, true}});
    for (const bool failure : {false, true}) {
        const qint64 events = failure ? m_summary.failures : m_summary.successes;
        const QString share =
            total > 0 ? QLocale().toString(100.0 * double(events) / double(total), 'f', 1) + u'%' : QString();
        pages.row({outcomeName(failure), number(events), share}, failure && events > 0);
    }
    pages.endTable();
    counts(pages, tr("By action"), tr("Action"), m_summary.byAction, tr("%1 other actions"));
    counts(pages, tr("By actor"), tr("Actor"), m_summary.byActor, tr("%1 other actors"));
}

void ReportDocument::events(PageFlow &pages) const
{
    pages.heading(tr("Events"));
    if (m_input.events.isEmpty()) {
        pages.paragraph(tr("No event passes the filters."));
        return;
    }
    pages.beginTable({{tr("Seq"), 34, true},
                      {tr("Time (UTC)"), 94},
                      {tr("Actor"), 66},
                      {tr("Action"), 114},
                      {tr("Outcome"), 48},
                      {tr("Target"), 80},
                      {tr("IP address"), 75}});
    const QString system = tr("(system)");
    // The words of the exports' outcome column.
    const QString succeeded = tr("success");
    const QString failed = tr("failure");
    for (const ReportEvent &event : m_input.events)
        pages.row({QString::number(event.seq), shownTime(event.occurredAt),
                   event.actor.isEmpty() ? system : event.actor, event.action, event.failure ? failed : succeeded,
                   event.target, event.ip},
                  event.failure);
    pages.endTable();
}

} // namespace adp::report
