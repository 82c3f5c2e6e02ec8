#include "TokensCommand.h"

#include "SyncCall.h"
#include "shared/client/TokensApi.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace adp::cli {

using shared::ApiToken;
using shared::CreatedApiToken;

int TokensCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("name"), tr("create: what the token is for"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("scope"), tr("create: api (default) or read_api; repeat for several"),
                      QStringLiteral("scope")});
    parser.addOption({QStringLiteral("expires-in"), tr("create: days until it expires (1-365, default 30)"),
                      QStringLiteral("days")});
    parser.addOption({QStringLiteral("project"), tr("a project's tokens instead of your own (its maintainers only)"),
                      QStringLiteral("slug")});
    parser.addOption({QStringLiteral("role"),
                      tr("create --project: the token's role there (viewer, reporter, developer, maintainer)"),
                      QStringLiteral("role")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (!((action == u"list" || action == u"create") && positional.size() == 1) &&
        !(action == u"revoke" && positional.size() == 2))
        return m_context.usage(tr("tokens needs one of: list, create --name NAME, revoke ID"));
    if (action == u"create" && parser.value(QStringLiteral("name")).isEmpty())
        return m_context.usage(tr("tokens create needs --name"));
    if (action == u"create" && parser.isSet(QStringLiteral("project")) != parser.isSet(QStringLiteral("role")))
        return m_context.usage(tr("a project token needs both --project and --role; a personal token neither"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    if (action == u"list")
        return list(parser);
    if (action == u"create")
        return create(parser);
    return revoke(parser, positional.at(1));
}

int TokensCommand::list(const QCommandLineParser &parser)
{
    shared::TokensApi tokens(m_context.api(), parser.value(QStringLiteral("project")));
    const auto result = await<QList<ApiToken>>([&](QObject *context, auto done) { tokens.list(context, done); });
    if (!result.ok())
        return m_context.fail(result.error());
    if (CliContext::outputFormat(parser) == OutputFormat::Json) {
        QJsonArray items;
        for (const ApiToken &token : result.value())
            items.append(token.toJson());
        Output(m_context.out(), OutputFormat::Json).json(QJsonObject{{QStringLiteral("items"), items}});
        return ExitOk;
    }
    const bool forProject = parser.isSet(QStringLiteral("project"));
    QList<QStringList> rows{{tr("ID"), tr("NAME"), tr("SCOPES"), tr("EXPIRES"), tr("LAST USED")}};
    if (forProject)
        rows.first() << tr("ROLE") << tr("CREATED BY");
    for (const ApiToken &token : result.value()) {
        rows.append({QString::number(token.id), token.name, token.scopes.join(u','),
                     token.expiresAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")),
                     Output::localTime(token.lastUsedAt, tr("never"))});
        if (forProject)
            rows.last() << token.role << token.createdBy;
    }
    m_context.out() << Output::table(rows);
    m_context.out().flush();
    return ExitOk;
}

int TokensCommand::create(const QCommandLineParser &parser)
{
    shared::ApiTokenRequest request;
    request.name = parser.value(QStringLiteral("name"));
    request.role = parser.value(QStringLiteral("role"));
    if (parser.isSet(QStringLiteral("scope")))
        request.scopes = parser.values(QStringLiteral("scope"));
    if (parser.isSet(QStringLiteral("expires-in"))) {
        bool ok = false;
        request.expiresInDays = parser.value(QStringLiteral("expires-in")).toInt(&ok);
        if (!ok)
            return m_context.usage(tr("--expires-in must be a number of days"));
    }
    shared::TokensApi tokens(m_context.api(), parser.value(QStringLiteral("project")));
    const auto result =
        await<CreatedApiToken>([&](QObject *context, auto done) { tokens.create(request, context, done); });
    if (!result.ok())
        return m_context.fail(result.error());
    const CreatedApiToken &created = result.value();
    if (CliContext::outputFormat(parser) == OutputFormat::Json) {
        QJsonObject json = created.token.toJson();
        json.insert(QStringLiteral("token"), created.secret);
        Output(m_context.out(), OutputFormat::Json).json(json);
        return ExitOk;
    }
    m_context.out() << created.secret << u'\n';
    if (!created.token.project.isEmpty())
        m_context.out() << tr("For project %1 as %2.").arg(created.token.project, created.token.role) << u'\n';
    m_context.out() << tr("Token %1 (\"%2\", %3) expires %4. Copy it now: it is not shown again.")
                           .arg(created.token.id)
                           .arg(created.token.name, created.token.scopes.join(u','),
                                created.token.expiresAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")))
                    << Qt::endl;
    return ExitOk;
}

int TokensCommand::revoke(const QCommandLineParser &parser, const QString &id)
{
    bool ok = false;
    const qint64 tokenId = id.toLongLong(&ok);
    if (!ok)
        return m_context.usage(tr("tokens revoke needs a numeric ID (see adp tokens list)"));
    shared::TokensApi tokens(m_context.api(), parser.value(QStringLiteral("project")));
    const auto result =
        await<shared::Done>([&](QObject *context, auto done) { tokens.revoke(tokenId, context, done); });
    if (!result.ok())
        return m_context.fail(result.error());
    m_context.out() << tr("Revoked token %1.").arg(tokenId) << Qt::endl;
    return ExitOk;
}

} // namespace adp::cli
