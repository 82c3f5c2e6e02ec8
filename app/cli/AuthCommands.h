#pragma once

#include "CliContext.h"

namespace adp::cli {

// adp login | logout | whoami
class AuthCommands
{
    Q_DECLARE_TR_FUNCTIONS(AuthCommands)

public:
    explicit AuthCommands(CliContext &context) : m_context(context) {}

    int login(const QStringList &arguments);
    int logout(const QStringList &arguments);
    int whoami(const QStringList &arguments);

private:
    CliContext &m_context;
};

} // namespace adp::cli
