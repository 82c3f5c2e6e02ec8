#pragma once

#include "Output.h"
#include "shared/client/ApiClient.h"
#include "shared/client/CredentialStore.h"

#include <QCoreApplication>
#include <QTextStream>
#include <optional>

class QCommandLineParser;

namespace adp::cli {

// Exit codes every command uses.
enum ExitCode { ExitOk = 0, ExitError = 1, ExitUsage = 2 };

// What a command needs: the API client pointed at the signed-in server,
// the credential store, and where to print.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QTextStream &out, QTextStream &err);

    // Points the client at the saved session (or ADP_SERVER/ADP_TOKEN);
    // prints how to sign in and returns false when there is none.
    bool useSavedSession(const QString &serverOverride);

    shared::ApiClient &api() { return m_api; }
    shared::CredentialStore &credentials() { return m_credentials; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // --output table|json and --server URL, which every command takes.
    static void addCommonOptions(QCommandLineParser &parser);
    // ExitUsage (after saying why) when they are wrong, nullopt when fine.
    std::optional<int> checkCommonOptions(const QCommandLineParser &parser);
    // Parses `arguments` and checks the common options: the exit code to
    // return at once when either is wrong, nullopt when the command may go on.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);
    // The option's value when it was given at all (an empty value counts), else nullopt.
    static std::optional<QString> optionalValue(const QCommandLineParser &parser, const char *name);
    static OutputFormat outputFormat(const QCommandLineParser &parser);

    // What a resource command (schedules, notifications) was asked: an action on the project
    // (`--project S list`) or on one item (`show ID`); nullopt when the words fit neither.
    struct ItemAction
    {
        QString action;
        qint64 id = 0; // for an item's action
    };
    static std::optional<ItemAction> itemAction(const QCommandLineParser &parser, const QStringList &projectActions,
                                                const QStringList &itemActions);
    // --active / --inactive into `active` (left empty when neither is given); ExitUsage after
    // saying why when both are, nullopt when fine.
    std::optional<int> readActive(const QCommandLineParser &parser, std::optional<bool> &active);

    // Prints an API error to stderr; returns ExitError.
    int fail(const shared::ApiError &error);
    int usage(const QString &message);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    shared::ApiClient m_api;
    shared::CredentialStore m_credentials;
};

} // namespace adp::cli
