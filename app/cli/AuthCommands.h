#pragma once

#include "CliContext.h"

namespace adp::cli {

// adp login | logout | whoami
class AuthCommands
{
    Q_DECLARE_TR_FUNCTIONS(AuthCommands)

public:
    explicit AuthCommands(CliContext &context)
        : m_context(context)
    {
    }

    int login(const QStringList &arguments);
    int logout(const QStringList &arguments);
    int whoami(const QStringList &arguments);

private:
    static constexpr int kBrowserWaitMs = 5 * 60 * 1000;
    int loginThroughProvider(const QUrl &server, const QString &provider, bool noBrowser);
    int keepSession(const QUrl &server, const QString &account, const QString &token);

    CliContext &m_context;
};

} // namespace adp::cli
