#pragma once

#include "CliContext.h"

class QCommandLineParser;

namespace adp::cli {

// adp kubernetes --project S targets | target ENV --cluster ID --manifests PATH [--namespace N]
//   [--auto-rollback on|off] [--force-conflicts on|off] [--service-account SA] | untarget ENV
//   | rollouts ENV [--limit N] | drift ENV | executor ... (KubernetesExecutorCommand)
class KubernetesCommand
{
    Q_DECLARE_TR_FUNCTIONS(KubernetesCommand)

public:
    explicit KubernetesCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    int setTarget(const QCommandLineParser &parser, const QString &environment);
    int removeTarget(const QCommandLineParser &parser, const QString &environment);
    int showRollouts(const QCommandLineParser &parser, const QString &environment);
    int checkDrift(const QCommandLineParser &parser, const QString &environment);

    CliContext &m_context;
};

} // namespace adp::cli
