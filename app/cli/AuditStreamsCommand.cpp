#include "AuditStreamsCommand.h"

#include "Print.h"
#include "SyncCall.h"
#include "shared/client/AuditStreamsApi.h"

#include <QCommandLineParser>

namespace adp::cli {

using shared::AuditStream;

namespace {

QString filterOf(const AuditStream &stream)
{
    QStringList parts;
    if (!stream.action.isEmpty())
        parts.append(stream.action);
    if (!stream.outcome.isEmpty())
        parts.append(stream.outcome);
    return parts.isEmpty() ? QStringLiteral("*") : parts.join(QStringLiteral(", "));
}

} // namespace

QString AuditStreamsCommand::sentenceOf(const AuditStream &stream)
{
    QString sentence =
        tr("Stream %1 '%2' to %3 (events: %4), %5; %6 sealed events after the last it took.")
            .arg(stream.id)
            .arg(stream.name, stream.urlHint, filterOf(stream), stream.active ? tr("active") : tr("paused"))
            .arg(stream.behind);
    if (stream.attempts > 0)
        sentence += u'\n' + tr("Failing (%1 tries): %2").arg(stream.attempts).arg(stream.lastError);
    if (!stream.verificationToken.isEmpty())
        sentence += u'\n' + tr("Verification token (shown only now; the receiver gets it in "
                               "X-Gitlab-Event-Streaming-Token): %1")
                                .arg(stream.verificationToken);
    return sentence;
}

std::variant<shared::AuditStreamFields, int> AuditStreamsCommand::fieldsOf(const QCommandLineParser &parser)
{
    shared::AuditStreamFields fields;
    fields.name = CliContext::optionalValue(parser, "name");
    fields.action = CliContext::optionalValue(parser, "action");
    fields.outcome = CliContext::optionalValue(parser, "outcome");
    if (const auto bad = m_context.readActive(parser, fields.active))
        return *bad;
    if (parser.isSet(QStringLiteral("url-stdin"))) {
        QTextStream in(stdin);
        fields.url = in.readLine().trimmed();
    }
    return fields;
}

int AuditStreamsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("name"), tr("what the stream is called"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("url-stdin"), tr("read the receiver's HTTPS URL from standard input")});
    parser.addOption({QStringLiteral("action"), tr("only this action, or a prefix ending in '.' (project.)"),
                      QStringLiteral("action")});
    parser.addOption({QStringLiteral("outcome"), tr("only success or failure (refusals, failed attempts)"),
                      QStringLiteral("outcome")});
    parser.addOption({QStringLiteral("active"), tr("update: send again, from where the stream stopped")});
    parser.addOption({QStringLiteral("inactive"), tr("create, update: keep the stream's place but send nothing")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    bool numeric = false;
    const qint64 id = positional.value(1).toLongLong(&numeric);
    const bool onAll = (action == u"list" || action == u"create") && positional.size() == 1;
    const bool onOne =
        (action == u"show" || action == u"update" || action == u"delete") && positional.size() == 2 && numeric;
    if (!onAll && !onOne)
        return m_context.usage(tr("audit streams needs list | create --name N --url-stdin [options] | "
                                  "show ID | update ID [options] | delete ID"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    shared::AuditStreamsApi api(m_context.api());
    if (action == u"list")
        return printItems<AuditStream>(
            m_context, parser, await<QList<AuditStream>>([&](QObject *c, auto done) { api.list(c, done); }),
            {tr("ID"), tr("NAME"), tr("RECEIVER"), tr("EVENTS"), tr("ACTIVE"), tr("BEHIND"), tr("LAST SENT"),
             tr("ERROR")},
            [](const AuditStream &stream) {
                return QStringList{QString::number(stream.id),
                                   stream.name,
                                   stream.urlHint,
                                   filterOf(stream),
                                   stream.active ? tr("yes") : tr("no"),
                                   QString::number(stream.behind),
                                   Output::localTime(stream.lastSentAt, QStringLiteral("-"), true),
                                   stream.lastError};
            });
    if (action == u"show")
        return printOne<AuditStream>(
            m_context, parser, await<AuditStream>([&](QObject *c, auto done) { api.get(id, c, done); }), sentenceOf);
    if (action == u"delete")
        return printDone(m_context, parser,
                         await<shared::Done>([&](QObject *c, auto done) { api.remove(id, c, done); }),
                         tr("Deleted audit stream %1.").arg(id));
    if (action == u"create" && parser.isSet(QStringLiteral("active")))
        return m_context.usage(tr("create makes an active stream unless --inactive"));
    const auto fields = fieldsOf(parser);
    if (const int *usage = std::get_if<int>(&fields))
        return *usage;
    const auto &changes = std::get<shared::AuditStreamFields>(fields);
    if (action == u"create")
        return printOne<AuditStream>(m_context, parser,
                                     await<AuditStream>([&](QObject *c, auto done) { api.create(changes, c, done); }),
                                     sentenceOf);
    return printOne<AuditStream>(m_context, parser,
                                 await<AuditStream>([&](QObject *c, auto done) { api.update(id, changes, c, done); }),
                                 sentenceOf);
}

} // namespace adp::cli
