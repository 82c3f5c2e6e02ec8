#pragma once

#include "CliContext.h"
#include "shared/core/ClusterConnection.h"

#include <optional>

class QCommandLineParser;

namespace adp::cli {

// adp clusters --project S list | add --name N --kubeconfig FILE [--context C] | test ID |
// test --kubeconfig FILE [--context C] | remove ID
class ClustersCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClustersCommand)

public:
    explicit ClustersCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    std::optional<QByteArray> readKubeconfig(const QString &path);
    int printConnection(const QCommandLineParser &parser, const shared::ApiResult<shared::ClusterConnection> &result);

    CliContext &m_context;
};

} // namespace adp::cli
