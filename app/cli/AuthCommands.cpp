#include "AuthCommands.h"

#include "SyncCall.h"
#include "shared/client/AuthApi.h"
#include "shared/client/LoopbackSignIn.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>
#include <cstdio>

namespace adp::cli {

using shared::ApiResult;

int AuthCommands::login(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("server"), tr("Server URL, e.g. http://127.0.0.1:8470"), QStringLiteral("url")});
    parser.addOption({QStringLiteral("username"), tr("Local account name"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("password-stdin"), tr("Read the password from standard input")});
    parser.addOption(
        {QStringLiteral("token-stdin"), tr("Read an API token from standard input instead of signing in")});
    parser.addOption({QStringLiteral("provider"),
                      tr("Sign in through this provider (GitHub, GitLab, OpenID Connect) in a browser"),
                      QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("no-browser"), tr("With --provider: print the address to open instead of opening a browser")});
    if (!parser.parse(arguments))
        return m_context.usage(parser.errorText());
    const QUrl server = QUrl::fromUserInput(parser.value(QStringLiteral("server")));
    const QString username = parser.value(QStringLiteral("username"));
    const bool withToken = parser.isSet(QStringLiteral("token-stdin"));
    const bool withProvider = parser.isSet(QStringLiteral("provider"));
    if (!server.isValid() || parser.value(QStringLiteral("server")).isEmpty() ||
        (!withToken && !withProvider && (username.isEmpty() || !parser.isSet(QStringLiteral("password-stdin")))) ||
        (withToken && withProvider))
        return m_context.usage(
            tr("login needs --server URL and one of --username NAME --password-stdin, --token-stdin, "
               "or --provider NAME"));
    if (withProvider)
        return loginThroughProvider(server, parser.value(QStringLiteral("provider")),
                                    parser.isSet(QStringLiteral("no-browser")));

    QTextStream in(stdin);
    const QString secret = in.readLine().trimmed();
    if (secret.isEmpty())
        return m_context.usage(withToken ? tr("no token on standard input") : tr("no password on standard input"));

    m_context.api().setBaseUrl(server);
    shared::AuthApi auth(m_context.api());
    QString token = secret;
    QString account = username;
    if (withToken) {
        // Check the token before keeping it, and learn whose it is.
        m_context.api().setToken(secret);
        const auto me = await<shared::CurrentUser>([&](QObject *context, auto done) { auth.me(context, done); });
        if (!me.ok())
            return m_context.fail(me.error());
        account = me.value().username;
    } else {
        const auto result = await<shared::LoginResult>(
            [&](QObject *context, auto done) { auth.login(username, secret, context, done); });
        if (!result.ok())
            return m_context.fail(result.error());
        token = result.value().token;
    }

    return keepSession(server, account, token);
}

int AuthCommands::loginThroughProvider(const QUrl &server, const QString &provider, bool noBrowser)
{
    m_context.api().setBaseUrl(server);
    shared::LoopbackSignIn signIn(m_context.api());
    QString error;
    const QUrl address = signIn.begin(provider, &error);
    if (address.isEmpty()) {
        m_context.err() << tr("Cannot listen for the browser's answer: %1").arg(error) << Qt::endl;
        return ExitError;
    }
    const bool opened =
        !noBrowser && QProcess::startDetached(QStringLiteral("xdg-open"), {address.toString(QUrl::FullyEncoded)});
    m_context.err() << (opened ? tr("Opened your browser to sign in. If it did not open, visit:")
                               : tr("Open this address in a browser to sign in:"))
                    << u'\n' << address.toString(QUrl::FullyEncoded) << u'\n' << tr("Waiting for the browser…")
                    << Qt::endl;

    QEventLoop loop;
    std::optional<shared::ApiResult<shared::LoginResult>> result;
    QObject::connect(&signIn, &shared::LoopbackSignIn::finished, &loop,
                     [&](const shared::ApiResult<shared::LoginResult> &value) {
                         result = value;
                         loop.quit();
                     });
    QTimer::singleShot(kBrowserWaitMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!result) {
        m_context.err() << tr("Gave up waiting for the browser after %1 minutes.").arg(kBrowserWaitMs / 60000)
                        << Qt::endl;
        return ExitError;
    }
    if (!result->ok())
        return m_context.fail(result->error());
    return keepSession(server, result->value().user.username, result->value().token);
}

int AuthCommands::keepSession(const QUrl &server, const QString &account, const QString &token)
{
    QString error;
    if (!m_context.credentials().save({server, account, token}, &error)) {
        m_context.err() << tr("Signed in, but the session could not be saved: %1").arg(error) << Qt::endl;
        return ExitError;
    }
    const bool inKeychain = m_context.credentials().backend() == shared::CredentialStore::Backend::Keychain;
    m_context.out() << tr("Signed in to %1 as %2.").arg(server.toString(), account) << u'\n'
                    << (inKeychain ? tr("The session is in the system keychain.")
                                   : tr("No keychain available: the session is in %1 (readable only by you).")
                                         .arg(m_context.credentials().filePath()))
                    << Qt::endl;
    return ExitOk;
}

int AuthCommands::logout(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parser.parse(arguments))
        return m_context.usage(parser.errorText());
    if (!m_context.useSavedSession({}))
        return ExitError;
    shared::AuthApi auth(m_context.api());
    const auto result = await<shared::Done>([&](QObject *context, auto done) { auth.logout(context, done); });
    m_context.credentials().clear();
    // An expired session is already gone on the server: signing out still succeeds locally.
    if (!result.ok() && result.error().httpStatus != 401)
        return m_context.fail(result.error());
    m_context.out() << tr("Signed out.") << Qt::endl;
    return ExitOk;
}

int AuthCommands::whoami(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("output"), tr("table or json"), QStringLiteral("format"), QStringLiteral("table")});
    if (!parser.parse(arguments))
        return m_context.usage(parser.errorText());
    if (!m_context.useSavedSession({}))
        return ExitError;
    shared::AuthApi auth(m_context.api());
    const auto result = await<shared::CurrentUser>([&](QObject *context, auto done) { auth.me(context, done); });
    if (!result.ok())
        return m_context.fail(result.error());
    const shared::CurrentUser &user = result.value();
    if (parser.value(QStringLiteral("output")) == u"json") {
        Output(m_context.out(), OutputFormat::Json)
            .json(QJsonObject{{QStringLiteral("id"), user.id},
                              {QStringLiteral("username"), user.username},
                              {QStringLiteral("is_admin"), user.isAdmin},
                              {QStringLiteral("server"), m_context.api().baseUrl().toString()}});
    } else {
        m_context.out() << tr("%1 on %2%3")
                               .arg(user.username, m_context.api().baseUrl().toString(),
                                    user.isAdmin ? tr(" (administrator)") : QString())
                        << Qt::endl;
    }
    return ExitOk;
}

} // namespace adp::cli
