#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace adp::cli {

// adp prices --org O list | set --meter M --price P --currency C --from YYYY-MM-DD | delete ID: the
// price list for what ADP measures by itself (job run time by executor, pod reservations, storage).
class PricesCommand
{
    Q_DECLARE_TR_FUNCTIONS(PricesCommand)

public:
    explicit PricesCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    CliContext &m_context;
};

} // namespace adp::cli
