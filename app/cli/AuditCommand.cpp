#include "AuditCommand.h"

#include "PartialFile.h"
#include "SyncCall.h"
#include "shared/audit/Ed25519.h"
#include "shared/audit/ExportVerifier.h"
#include "shared/client/AuditApi.h"
#include "shared/client/DeploymentsApi.h"
#include "shared/client/OrganisationsApi.h"
#include "shared/client/ProjectsApi.h"

#include <QCommandLineParser>
#include <QFile>
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
    parser.addOption({QStringLiteral("organisation"),
                      tr("list, export: only events in this organisation (id or slug), its projects' too"),
                      QStringLiteral("org")});
    parser.addOption({QStringLiteral("project"), tr("list, export: only events in this project (id or slug)"),
                      QStringLiteral("project")});
    parser.addOption({QStringLiteral("environment"),
                      tr("list, export: only events in this environment (an id, or a name with --project)"),
                      QStringLiteral("environment")});
    parser.addOption({QStringLiteral("since"), tr("list: from this time (ISO 8601)"), QStringLiteral("time")});
    parser.addOption({QStringLiteral("until"), tr("list: before this time (ISO 8601)"), QStringLiteral("time")});
    parser.addOption({QStringLiteral("limit"), tr("list: events per page (1-200)"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("all"), tr("list: fetch every page")});
    parser.addOption({QStringLiteral("outcome"), tr("list, export: success or failure (refusals, failed sign-ins)"),
                      QStringLiteral("outcome")});
    parser.addOption(
        {QStringLiteral("format"), tr("export: csv (default), jsonl or pdf (a report)"), QStringLiteral("format")});
    parser.addOption({QStringLiteral("bom"), tr("export: start a CSV file with a byte order mark (for spreadsheets)")});
    parser.addOption(
        {QStringLiteral("file"), tr("export: write to this file (made whole or not at all)"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("pdf"), tr("report: write the PDF report to this file"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("language"), tr("report: the report's language, en (default) or zh_CN"),
                      QStringLiteral("language")});
    parser.addOption({QStringLiteral("public-key"),
                      tr("verify-export: the server's public key (PEM or base64); without it, asked of the server"),
                      QStringLiteral("file")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == u"verify-export") {
        if (positional.size() != 2)
            return m_context.usage(tr("verify-export needs the export's file: adp audit verify-export FILE"));
        if (!parser.isSet(QStringLiteral("public-key")) &&
            !m_context.useSavedSession(parser.value(QStringLiteral("server"))))
            return ExitError;
        return verifyExport(parser, positional.at(1));
    }
    static const QStringList kCommands{QStringLiteral("list"), QStringLiteral("verify"), QStringLiteral("export"),
                                       QStringLiteral("report"), QStringLiteral("signing-key")};
    if (positional.size() != 1 || !kCommands.contains(command))
        return m_context.usage(
            tr("audit needs one of: list, verify, export, report --pdf FILE, verify-export FILE, signing-key"));
    if (command == u"report" && !parser.isSet(QStringLiteral("pdf")))
        return m_context.usage(tr("report needs --pdf PATH"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    if (command == u"export" || command == u"report")
        return exportEvents(parser, command == u"report");
    if (command == u"signing-key")
        return signingKey(parser);
    return command == u"list" ? list(parser) : verify(parser);
}

std::optional<shared::AuditQuery> AuditCommand::filters(const QCommandLineParser &parser, int &exitCode)
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
    copy("outcome", "outcome");
    const QString target = parser.value(QStringLiteral("target"));
    if (!target.isEmpty()) {
        url.addQueryItem(QStringLiteral("target_type"), target.section(u':', 0, 0));
        if (target.contains(u':'))
            url.addQueryItem(QStringLiteral("target_id"), target.section(u':', 1));
    }
    // The server's own parser checks the values; the CLI reports its field errors as usage errors.
    shared::FieldErrors errors;
    shared::AuditQuery query = shared::AuditQuery::fromUrlQuery(url, errors);
    if (!errors.isEmpty()) {
        exitCode = m_context.usage(QStringLiteral("--%1 %2").arg(errors.first().field, errors.first().message));
        return std::nullopt;
    }
    if (!resolveScope(parser, query.scope, exitCode))
        return std::nullopt;
    return query;
}

bool AuditCommand::resolveScope(const QCommandLineParser &parser, shared::AuditScope &scope, int &exitCode)
{
    const QString organisation = parser.value(QStringLiteral("organisation"));
    const QString project = parser.value(QStringLiteral("project"));
    const QString environment = parser.value(QStringLiteral("environment"));
    const auto failed = [&](const shared::ApiError &error) {
        exitCode = m_context.fail(error);
        return false;
    };
    if (!organisation.isEmpty()) {
        shared::OrganisationsApi organisations(m_context.api());
        const auto found = await<shared::Organisation>(
            [&](QObject *context, auto done) { organisations.get(organisation, context, done); });
        if (!found.ok())
            return failed(found.error());
        scope.organisationId = found.value().id;
    }
    if (!project.isEmpty()) {
        shared::ProjectsApi projects(m_context.api());
        const auto found =
            await<shared::Project>([&](QObject *context, auto done) { projects.get(project, context, done); });
        if (!found.ok())
            return failed(found.error());
        scope.projectId = found.value().id;
    }
    if (!environment.isEmpty()) {
        bool numeric = false;
        scope.environmentId = environment.toLongLong(&numeric);
        if (numeric && scope.environmentId > 0)
            return true;
        if (project.isEmpty()) {
            exitCode = m_context.usage(tr("--environment takes an id, or a name together with --project"));
            return false;
        }
        shared::DeploymentsApi deployments(m_context.api());
        const auto found = await<shared::Environment>(
            [&](QObject *context, auto done) { deployments.environment(project, environment, context, done); });
        if (!found.ok())
            return failed(found.error());
        scope.environmentId = found.value().id;
    }
    return true;
}

int AuditCommand::list(const QCommandLineParser &parser)
{
    int exitCode = ExitOk;
    auto filtered = filters(parser, exitCode);
    if (!filtered)
        return exitCode;
    shared::AuditQuery query = *filtered;
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
        if (report.archivedThrough > 0)
            m_context.out() << tr("Events up to %1 were archived by retention; the chain verifies from there.")
                                   .arg(report.archivedThrough)
                            << Qt::endl;
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

int AuditCommand::exportEvents(const QCommandLineParser &parser, bool pdfReport)
{
    int exitCode = ExitOk;
    const auto query = filters(parser, exitCode);
    if (!query)
        return exitCode;
    if (parser.isSet(QStringLiteral("limit")))
        return m_context.usage(tr("an export has every event the filters pass: --limit is for list"));
    shared::AuditExportOptions options;
    if (pdfReport)
        options.format = QStringLiteral("pdf");
    else if (parser.isSet(QStringLiteral("format")))
        options.format = parser.value(QStringLiteral("format"));
    options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    options.language = parser.value(QStringLiteral("language"));
    const QString path = parser.value(pdfReport ? QStringLiteral("pdf") : QStringLiteral("file"));
    if (path.isEmpty())
        return m_context.usage(tr("export needs --file PATH"));
    PartialFile file(path);
    QString problem;
    if (!file.open(&problem)) {
        m_context.err() << problem << Qt::endl;
        return ExitError;
    }
    shared::AuditApi audit(m_context.api());
    const auto received = await<qint64>(
        [&](QObject *context, auto done) { audit.exportTo(*query, options, file.device(), context, {}, done); });
    if (!received.ok())
        return m_context.fail(received.error());
    int keyExit = ExitOk;
    const auto key = publicKey(parser, keyExit);
    if (!key)
        return keyExit;
    if (!file.keep(&problem)) {
        m_context.err() << problem << Qt::endl;
        return ExitError;
    }
    return report(parser, path, *key);
}

int AuditCommand::verifyExport(const QCommandLineParser &parser, const QString &path)
{
    int exitCode = ExitOk;
    const auto key = publicKey(parser, exitCode);
    if (!key)
        return exitCode;
    return report(parser, path, *key);
}

std::optional<QByteArray> AuditCommand::publicKey(const QCommandLineParser &parser, int &exitCode)
{
    QByteArray text;
    if (parser.isSet(QStringLiteral("public-key"))) {
        QFile file(parser.value(QStringLiteral("public-key")));
        if (!file.open(QIODevice::ReadOnly)) {
            m_context.err() << tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
            exitCode = ExitError;
            return std::nullopt;
        }
        text = file.read(64 * 1024);
    } else {
        shared::AuditApi audit(m_context.api());
        const auto published =
            await<shared::AuditSigningKey>([&](QObject *context, auto done) { audit.signingKey(context, done); });
        if (!published.ok()) {
            exitCode = m_context.fail(published.error());
            return std::nullopt;
        }
        return published.value().publicKey;
    }
    const auto key = shared::audit::ed25519PublicKeyFromText(text);
    if (!key) {
        m_context.err() << tr("This is not an Ed25519 public key (PEM, base64 or the server's JSON).") << Qt::endl;
        exitCode = ExitUsage;
    }
    return key;
}

int AuditCommand::report(const QCommandLineParser &parser, const QString &path, const QByteArray &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_context.err() << tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return ExitError;
    }
    const shared::audit::ExportCheck check = shared::audit::ExportVerifier::verify(file, key);
    if (CliContext::outputFormat(parser) == OutputFormat::Json) {
        QJsonObject json = check.toJson();
        json.insert(QStringLiteral("file"), path);
        Output(m_context.out(), OutputFormat::Json).json(json);
    } else if (check.intact()) {
        m_context.out() << tr("%1: %2 events, complete and signed by key %3; nothing changed or removed.")
                               .arg(path)
                               .arg(check.events)
                               .arg(shared::audit::ed25519KeyId(key))
                        << Qt::endl;
    } else {
        m_context.out() << tr("%1 does not verify:").arg(path) << u'\n';
        for (const auto &finding : check.findings)
            m_context.out() << QStringLiteral("  [%1] %2\n").arg(finding.kind, finding.message);
        m_context.out().flush();
    }
    return check.intact() ? ExitOk : ExitError;
}

int AuditCommand::signingKey(const QCommandLineParser &parser)
{
    shared::AuditApi audit(m_context.api());
    const auto published =
        await<shared::AuditSigningKey>([&](QObject *context, auto done) { audit.signingKey(context, done); });
    if (!published.ok())
        return m_context.fail(published.error());
    if (CliContext::outputFormat(parser) == OutputFormat::Json)
        Output(m_context.out(), OutputFormat::Json).json(published.value().toJson());
    else
        m_context.out() << published.value().pem;
    m_context.out().flush();
    return ExitOk;
}

} // namespace adp::cli
