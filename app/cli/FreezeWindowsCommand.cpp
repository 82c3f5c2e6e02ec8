#include "FreezeWindowsCommand.h"

#include "Output.h"
#include "Print.h"
#include "SyncCall.h"
#include "shared/client/FreezesApi.h"

#include <QCommandLineParser>

namespace adp::cli {

using shared::FreezeWindow;

namespace {

QString whenText(const FreezeWindow &window)
{
    return window.active ? QCoreApplication::translate("FreezeWindowsCommand", "active until %1")
                               .arg(Output::localTime(window.activeUntil, QStringLiteral("-")))
                         : QCoreApplication::translate("FreezeWindowsCommand", "next from %1")
                               .arg(Output::localTime(window.nextStart, QStringLiteral("-")));
}

} // namespace

int FreezeWindowsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption(
        {QStringLiteral("project"), tr("the project whose deploy freezes these are"), QStringLiteral("slug")});
    parser.addOption({QStringLiteral("start"), tr("create: when a freeze starts (cron)"), QStringLiteral("cron")});
    parser.addOption({QStringLiteral("end"), tr("create: when it ends (cron)"), QStringLiteral("cron")});
    parser.addOption(
        {QStringLiteral("timezone"), tr("create: the IANA time zone of both (default UTC)"), QStringLiteral("zone")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    bool numeric = false;
    const qint64 id = action == u"delete" && positional.size() == 2 ? positional.at(1).toLongLong(&numeric) : 0;
    const bool valid = ((action == u"list" || action == u"create") && positional.size() == 1) || numeric;
    if (!valid || !parser.isSet(QStringLiteral("project")))
        return m_context.usage(tr("freeze-windows needs --project SLUG and one of: list, create --start CRON --end "
                                  "CRON [--timezone Z], delete ID"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    shared::FreezesApi freezes(m_context.api(), parser.value(QStringLiteral("project")));
    if (action == u"list")
        return printItems<FreezeWindow>(
            m_context, parser, await<QList<FreezeWindow>>([&](QObject *c, auto done) { freezes.windows(c, done); }),
            {tr("ID"), tr("START"), tr("END"), tr("TIME ZONE"), tr("NOW")}, [](const FreezeWindow &window) {
                return QStringList{QString::number(window.id), window.freezeStart, window.freezeEnd,
                                   window.cronTimezone, whenText(window)};
            });
    if (action == u"create") {
        const shared::FreezeWindowFields fields{CliContext::optionalValue(parser, "start"),
                                                CliContext::optionalValue(parser, "end"),
                                                CliContext::optionalValue(parser, "timezone")};
        return printOne<FreezeWindow>(
            m_context, parser,
            await<FreezeWindow>([&](QObject *c, auto done) { freezes.createWindow(fields, c, done); }),
            [](const FreezeWindow &window) {
                return tr("Freeze window %1 ('%2' to '%3', %4): %5.")
                    .arg(window.id)
                    .arg(window.freezeStart, window.freezeEnd, window.cronTimezone, whenText(window));
            });
    }
    return printDone(m_context, parser,
                     await<shared::Done>([&](QObject *c, auto done) { freezes.removeWindow(id, c, done); }),
                     tr("Deleted freeze window %1.").arg(id));
}

} // namespace adp::cli
