#include "AuditCommand.h"

#include "SyncCall.h"
#include "shared/client/AuditApi.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace adp::cli {

using shared::AuditPage;
using shared::AuditVerification;

int AuditCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("actor"), tr("list: only events by this user"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("action"), tr("list: this action, or a prefix ending in '.' (project.)"),
                      QStringLiteral("action")});
    parser.addOption(
        {QStringLiteral("target"), tr("list: TYPE or TYPE:ID, e.g. project:12"), QStringLiteral("target")});
    parser.addOption({QStringLiteral("since"), tr("list: from this time (ISO 8601)"), QStringLiteral("time")});
    parser.addOption({QStringLiteral("until"), tr("list: before this time (ISO 8601)"), QStringLiteral("time")});
    parser.addOption({QStringLiteral("limit"), tr("list: events per page (1-200)"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("all"), tr("list: fetch every page")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || (positional.first() != u"list" && positional.first() != u"verify"))
        return m_context.usage(tr("audit needs one of: list, verify"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    return positional.first() == u"list" ? list(parser) : verify(parser);
}

int AuditCommand::list(const QCommandLineParser &parser)
{
    QUrlQuery url;
    const auto copy = [&](const char *option, const char *key) {
        if (parser.isSet(QString::fromLatin1(option)))
            url.addQueryItem(QString::fromLatin1(key), parser.value(QString::fromLatin1(option)));
    };
    copy("actor", "actor");
    copy("action", "action");
    copy("since", "since");
    copy("until", "until");
    copy("limit", "limit");
    const QString target = parser.value(QStringLiteral("target"));
    if (!target.isEmpty()) {
        url.addQueryItem(QStringLiteral("target_type"), target.section(u':', 0, 0));
        if (target.contains(u':'))
            url.addQueryItem(QStringLiteral("target_id"), target.section(u':', 1));
    }
    // The server's own parser checks the values; the CLI reports its field errors as usage errors.
    shared::FieldErrors errors;
    shared::AuditQuery query = shared::AuditQuery::fromUrlQuery(url, errors);
    if (!errors.isEmpty())
        return m_context.usage(QStringLiteral("--%1 %2").arg(errors.first().field, errors.first().message));
    const bool all = parser.isSet(QStringLiteral("all"));

    shared::AuditApi audit(m_context.api());
    QList<shared::AuditEvent> events;
    QString next;
    do {
        const auto page = await<AuditPage>([&](QObject *context, auto done) { audit.list(query, context, done); });
        if (!page.ok())
            return m_context.fail(page.error());
        events.append(page.value().items);
        next = page.value().nextCursor;
        query.cursor = next;
    } while (all && !next.isEmpty());

    if (CliContext::outputFormat(parser) == OutputFormat::Json) {
        QJsonArray items;
        for (const shared::AuditEvent &event : events)
            items.append(event.toJson());
        Output(m_context.out(), OutputFormat::Json)
            .json(QJsonObject{{QStringLiteral("items"), items},
                              {QStringLiteral("next_cursor"), next.isEmpty() ? QJsonValue() : QJsonValue(next)}});
        return ExitOk;
    }
    QList<QStringList> rows{{tr("SEQ"), tr("TIME"), tr("ACTOR"), tr("ACTION"), tr("TARGET"), tr("IP"), tr("REQUEST")}};
    for (const shared::AuditEvent &event : events) {
        rows.append({QString::number(event.seq), Output::localTime(event.occurredAt, {}, true), event.actorName,
                     event.action, event.targetType + u':' + event.targetId, event.ip, event.requestId});
    }
    m_context.out() << Output::table(rows);
    if (!next.isEmpty())
        m_context.out() << tr("More events: use --all") << u'\n';
    m_context.out().flush();
    return ExitOk;
}

int AuditCommand::verify(const QCommandLineParser &parser)
{
    shared::AuditApi audit(m_context.api());
    const auto result = await<AuditVerification>([&](QObject *context, auto done) { audit.verify(context, done); });
    if (!result.ok())
        return m_context.fail(result.error());
    const AuditVerification &report = result.value();
    if (CliContext::outputFormat(parser) == OutputFormat::Json) {
        Output(m_context.out(), OutputFormat::Json).json(report.toJson());
    } else if (report.intact) {
        m_context.out() << tr("The audit trail is intact: %1 events verified.").arg(report.checked) << Qt::endl;
        if (report.unsealed > 0)
            m_context.out()
                << tr("%1 newer events are committed but not sealed into the chain yet.").arg(report.unsealed)
                << Qt::endl;
    } else {
        m_context.out() << tr("The audit trail was tampered with (%1 events checked):").arg(report.checked) << u'\n';
        for (const auto &finding : report.findings)
            m_context.out() << QStringLiteral("  [%1] %2\n").arg(finding.kind, finding.message);
        m_context.out().flush();
    }
    return report.intact ? ExitOk : ExitError;
}

} // namespace adp::cli
