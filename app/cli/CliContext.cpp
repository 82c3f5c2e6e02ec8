#include "CliContext.h"

#include <QCommandLineParser>

namespace adp::cli {

CliContext::CliContext(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_credentials(qEnvironmentVariable("ADP_CONFIG_DIR"))
{
}

bool CliContext::useSavedSession(const QString &serverOverride)
{
    QUrl server(serverOverride.isEmpty() ? qEnvironmentVariable("ADP_SERVER") : serverOverride);
    QString token = qEnvironmentVariable("ADP_TOKEN");
    if (token.isEmpty()) {
        const auto saved = m_credentials.load();
        if (saved && (server.isEmpty() || saved->server == server)) {
            server = saved->server;
            token = saved->token;
        }
    }
    if (server.isEmpty() || token.isEmpty()) {
        m_err << tr("Not signed in. Run: adp login --server URL --username NAME --password-stdin") << Qt::endl;
        return false;
    }
    m_api.setBaseUrl(server);
    m_api.setToken(token);
    return true;
}

void CliContext::addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("output"), tr("table or json"), QStringLiteral("format"), QStringLiteral("table")});
    parser.addOption({QStringLiteral("server"), tr("Use this server's saved session"), QStringLiteral("url")});
}

std::optional<int> CliContext::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    return checkCommonOptions(parser);
}

std::optional<QString> CliContext::optionalValue(const QCommandLineParser &parser, const char *name)
{
    const QString option = QString::fromLatin1(name);
    return parser.isSet(option) ? std::optional<QString>(parser.value(option)) : std::nullopt;
}

std::optional<CliContext::ItemAction> CliContext::itemAction(const QCommandLineParser &parser,
                                                             const QStringList &projectActions,
                                                             const QStringList &itemActions)
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (projectActions.contains(action) && positional.size() == 1 && parser.isSet(QStringLiteral("project")))
        return ItemAction{action, 0};
    bool numeric = false;
    const qint64 id = positional.value(1).toLongLong(&numeric);
    if (itemActions.contains(action) && positional.size() == 2 && numeric)
        return ItemAction{action, id};
    return std::nullopt;
}

std::optional<int> CliContext::readActive(const QCommandLineParser &parser, std::optional<bool> &active)
{
    const bool on = parser.isSet(QStringLiteral("active"));
    const bool off = parser.isSet(QStringLiteral("inactive"));
    if (on && off)
        return usage(tr("--active and --inactive exclude each other"));
    if (on || off)
        active = on;
    return std::nullopt;
}

std::optional<int> CliContext::checkCommonOptions(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("output"));
    if (format != u"table" && format != u"json")
        return usage(tr("--output must be table or json"));
    return std::nullopt;
}

OutputFormat CliContext::outputFormat(const QCommandLineParser &parser)
{
    return parser.value(QStringLiteral("output")) == u"json" ? OutputFormat::Json : OutputFormat::Table;
}

int CliContext::fail(const shared::ApiError &error)
{
    if (error.httpStatus == 401)
        m_err << tr("Error: %1\nSign in again with adp login.").arg(error.describe()) << Qt::endl;
    else if (error.httpStatus == 0)
        m_err << tr("Error: cannot reach the server: %1").arg(error.message) << Qt::endl;
    else
        m_err << tr("Error: %1").arg(error.describe()) << Qt::endl;
    return ExitError;
}

int CliContext::usage(const QString &message)
{
    m_err << tr("adp: %1\nSee adp --help.").arg(message) << Qt::endl;
    return ExitUsage;
}

} // namespace adp::cli
