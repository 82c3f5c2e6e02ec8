#pragma once

#include "CliContext.h"

#include <variant>

class QCommandLineParser;

namespace adp::shared {
struct NotificationRule;
struct NotificationRuleFields;
} // namespace adp::shared

namespace adp::cli {

// adp notifications --project S list | create --name N --channel C --when W [options]
// adp notifications show ID | update ID [options] | delete ID | deliveries ID
// Secrets never go on the command line: --url-stdin, --secret-stdin and
// --password-stdin read one line each from standard input, in that order.
class NotificationsCommand
{
    Q_DECLARE_TR_FUNCTIONS(NotificationsCommand)

public:
    explicit NotificationsCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    // The options that set fields over `current` (email settings are sent whole), or a usage error's exit code.
    std::variant<shared::NotificationRuleFields, int> fieldsOf(const QCommandLineParser &parser,
                                                               const shared::NotificationRule &current);

    CliContext &m_context;
};

} // namespace adp::cli
