#pragma once

#include "CliContext.h"

class QCommandLineParser;

namespace adp::cli {

// adp kubernetes --project S executor [show] | executor set [--cluster ID] [--namespace N]
//   [--image I] [--helper-image I] [--service-account SA] [--node-selector k=v,...]
//   [--cpu-request Q] [--cpu-limit Q] [--memory-request Q] [--memory-limit Q] [--max-cpu Q]
//   [--max-memory Q] | executor off: whether the project's jobs run as pods on its cluster.
class KubernetesExecutorCommand
{
    Q_DECLARE_TR_FUNCTIONS(KubernetesExecutorCommand)

public:
    explicit KubernetesExecutorCommand(CliContext &context)
        : m_context(context)
    {
    }
    // The options it reads, added to `parser` before parsing.
    static void addOptions(QCommandLineParser &parser);
    // `action`: show, set or off.
    int run(const QCommandLineParser &parser, const QString &action);

private:
    int set(const QCommandLineParser &parser);

    CliContext &m_context;
};

} // namespace adp::cli
