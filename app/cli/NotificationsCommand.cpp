#include "NotificationsCommand.h"

#include "Print.h"
#include "SyncCall.h"
#include "shared/client/NotificationRulesApi.h"

#include <QCommandLineParser>

namespace adp::cli {

using shared::NotificationDelivery;
using shared::NotificationRule;

namespace {

QString ruleSentence(const NotificationRule &rule)
{
    return QCoreApplication::translate("NotificationsCommand", "Rule %1 '%2': %3 to %4 (%5) on %6, %7%8")
        .arg(rule.id)
        .arg(rule.name, rule.when, rule.channel, rule.target(),
             rule.branches.isEmpty() ? QCoreApplication::translate("NotificationsCommand", "every branch")
                                     : rule.branches.join(QStringLiteral(", ")),
             rule.active ? QCoreApplication::translate("NotificationsCommand", "active")
                         : QCoreApplication::translate("NotificationsCommand", "inactive"),
             rule.hasSecret || rule.hasPassword
                 ? QCoreApplication::translate("NotificationsCommand", ", with a secret kept")
                 : QString());
}

// One line of standard input without its line ending; empty at the end of input.
QString readLine(QTextStream &in)
{
    QString line = in.readLine();
    if (line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

} // namespace

std::variant<shared::NotificationRuleFields, int> NotificationsCommand::fieldsOf(const QCommandLineParser &parser,
                                                                                 const NotificationRule &current)
{
    shared::NotificationRuleFields fields;
    fields.name = CliContext::optionalValue(parser, "name");
    fields.channel = CliContext::optionalValue(parser, "channel");
    fields.when = CliContext::optionalValue(parser, "when");
    if (parser.isSet(QStringLiteral("branch")))
        fields.branches = parser.values(QStringLiteral("branch"));
    if (parser.isSet(QStringLiteral("every-branch"))) {
        if (parser.isSet(QStringLiteral("branch")))
            return m_context.usage(tr("--branch and --every-branch exclude each other"));
        fields.branches = QStringList();
    }
    if (const auto bad = m_context.readActive(parser, fields.active))
        return *bad;
    if (parser.isSet(QStringLiteral("secret-stdin")) && parser.isSet(QStringLiteral("remove-secret")))
        return m_context.usage(tr("--secret-stdin and --remove-secret exclude each other"));

    QTextStream in(stdin);
    if (parser.isSet(QStringLiteral("url-stdin")))
        fields.url = readLine(in).trimmed();
    if (parser.isSet(QStringLiteral("secret-stdin")))
        fields.secret = readLine(in);
    if (parser.isSet(QStringLiteral("remove-secret")))
        fields.secret = QString();
    if (parser.isSet(QStringLiteral("password-stdin")))
        fields.password = readLine(in);

    static const QStringList kMailOptions{QStringLiteral("smtp-host"),     QStringLiteral("smtp-port"),
                                          QStringLiteral("smtp-security"), QStringLiteral("smtp-username"),
                                          QStringLiteral("from"),          QStringLiteral("to")};
    const bool mail = std::any_of(kMailOptions.begin(), kMailOptions.end(),
                                  [&](const QString &option) { return parser.isSet(option); });
    if (mail) {
        shared::EmailSettings email = current.email;
        if (parser.isSet(QStringLiteral("smtp-host")))
            email.host = parser.value(QStringLiteral("smtp-host"));
        if (parser.isSet(QStringLiteral("smtp-port"))) {
            bool numeric = false;
            email.port = parser.value(QStringLiteral("smtp-port")).toInt(&numeric);
            if (!numeric)
                return m_context.usage(tr("--smtp-port takes a number"));
        }
        if (parser.isSet(QStringLiteral("smtp-security")))
            email.security = parser.value(QStringLiteral("smtp-security"));
        if (parser.isSet(QStringLiteral("smtp-username")))
            email.username = parser.value(QStringLiteral("smtp-username"));
        if (parser.isSet(QStringLiteral("from")))
            email.from = parser.value(QStringLiteral("from"));
        if (parser.isSet(QStringLiteral("to"))) {
            email.to.clear();
            for (const QString &list : parser.values(QStringLiteral("to")))
                email.to += list.split(u',', Qt::SkipEmptyParts);
            for (QString &address : email.to)
                address = address.trimmed();
        }
        fields.email = email;
    }
    return fields;
}

int NotificationsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption(
        {QStringLiteral("project"), tr("list, create: the project (ID or slug)"), QStringLiteral("project")});
    parser.addOption({QStringLiteral("name"), tr("what the rule is called"), QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("channel"), tr("webhook, slack, dingtalk, feishu, wecom or email"), QStringLiteral("channel")});
    parser.addOption({QStringLiteral("when"), tr("failure, recovery (a success after a failure) or always"),
                      QStringLiteral("when")});
    parser.addOption({QStringLiteral("branch"),
                      tr("only pipelines of this branch or glob (release/*); repeat for several"),
                      QStringLiteral("glob")});
    parser.addOption({QStringLiteral("every-branch"), tr("update: pipelines of every branch again")});
    parser.addOption(
        {QStringLiteral("url-stdin"), tr("read the webhook URL (its token is in it) from standard input")});
    parser.addOption({QStringLiteral("secret-stdin"),
                      tr("read the signing secret (webhook, DingTalk, Feishu) from standard input, after the URL")});
    parser.addOption({QStringLiteral("remove-secret"), tr("update: stop signing")});
    parser.addOption({QStringLiteral("smtp-host"), tr("email: the SMTP server"), QStringLiteral("host")});
    parser.addOption({QStringLiteral("smtp-port"), tr("email: its port (default 587)"), QStringLiteral("port")});
    parser.addOption(
        {QStringLiteral("smtp-security"), tr("email: starttls (default), tls or none"), QStringLiteral("security")});
    parser.addOption({QStringLiteral("smtp-username"), tr("email: the user to sign in as"), QStringLiteral("user")});
    parser.addOption({QStringLiteral("password-stdin"), tr("email: read the SMTP password from standard input, last")});
    parser.addOption({QStringLiteral("from"), tr("email: the sender address"), QStringLiteral("address")});
    parser.addOption(
        {QStringLiteral("to"), tr("email: recipients, comma-separated or repeated"), QStringLiteral("addresses")});
    parser.addOption({QStringLiteral("active"), tr("update: send again")});
    parser.addOption({QStringLiteral("inactive"), tr("create, update: keep the rule but send nothing")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const auto asked = CliContext::itemAction(
        parser, {QStringLiteral("list"), QStringLiteral("create")},
        {QStringLiteral("show"), QStringLiteral("update"), QStringLiteral("delete"), QStringLiteral("deliveries")});
    if (!asked)
        return m_context.usage(
            tr("notifications needs --project S list|create [options], or show|update|delete|deliveries ID"));
    const QString &action = asked->action;
    const qint64 id = asked->id;
    if (action == u"create" && parser.isSet(QStringLiteral("active")))
        return m_context.usage(tr("create makes an active rule unless --inactive"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    shared::NotificationRulesApi api(m_context.api());
    const QString project = parser.value(QStringLiteral("project"));
    if (action == u"list")
        return printItems<NotificationRule>(
            m_context, parser,
            await<QList<NotificationRule>>([&](QObject *c, auto done) { api.list(project, c, done); }),
            {tr("ID"), tr("NAME"), tr("CHANNEL"), tr("WHEN"), tr("BRANCHES"), tr("TARGET"), tr("ACTIVE")},
            [](const NotificationRule &rule) {
                return QStringList{QString::number(rule.id),
                                   rule.name,
                                   rule.channel,
                                   rule.when,
                                   rule.branches.isEmpty() ? QStringLiteral("*") : rule.branches.join(u','),
                                   rule.target(),
                                   rule.active ? tr("yes") : tr("no")};
            });
    if (action == u"show")
        return printOne<NotificationRule>(m_context, parser,
                                          await<NotificationRule>([&](QObject *c, auto done) { api.get(id, c, done); }),
                                          ruleSentence);
    if (action == u"deliveries")
        return printItems<NotificationDelivery>(
            m_context, parser,
            await<QList<NotificationDelivery>>([&](QObject *c, auto done) { api.deliveries(id, c, done); }),
            {tr("PIPELINE"), tr("STATUS"), tr("DELIVERY"), tr("ATTEMPTS"), tr("QUEUED"), tr("FINISHED"), tr("ERROR")},
            [](const NotificationDelivery &delivery) {
                return QStringList{QString::number(delivery.pipelineId),
                                   delivery.pipelineStatus,
                                   delivery.state,
                                   QString::number(delivery.attempts),
                                   Output::localTime(delivery.createdAt, QStringLiteral("-"), true),
                                   Output::localTime(delivery.finishedAt, QStringLiteral("-"), true),
                                   delivery.lastError};
            });
    if (action == u"delete")
        return printDone(m_context, parser,
                         await<shared::Done>([&](QObject *c, auto done) { api.remove(id, c, done); }),
                         tr("Deleted notification rule %1.").arg(id));
    NotificationRule current;
    if (action == u"update") { // email settings are changed as a whole: start from the stored ones
        const auto stored = await<NotificationRule>([&](QObject *c, auto done) { api.get(id, c, done); });
        if (!stored.ok())
            return m_context.fail(stored.error());
        current = stored.value();
    }
    const auto fields = fieldsOf(parser, current);
    if (const int *usage = std::get_if<int>(&fields))
        return *usage;
    const auto &changes = std::get<shared::NotificationRuleFields>(fields);
    if (action == u"create")
        return printOne<NotificationRule>(m_context, parser, await<NotificationRule>([&](QObject *c, auto done) {
                                              api.create(project, changes, c, done);
                                          }),
                                          ruleSentence);
    return printOne<NotificationRule>(
        m_context, parser, await<NotificationRule>([&](QObject *c, auto done) { api.update(id, changes, c, done); }),
        ruleSentence);
}

} // namespace adp::cli
