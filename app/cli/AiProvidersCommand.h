#pragma once

#include "CliContext.h"
#include "shared/core/AiProvider.h"

#include <variant>

class QCommandLineParser;

namespace adp::cli {

// adp ai providers --org O list | create --name N --base-url U --model M [options] | update ID
// [options] | delete ID: the models an organisation lets its projects ask. The key is read from
// standard input (--api-key-stdin), never from the command line.
class AiProvidersCommand
{
    Q_DECLARE_TR_FUNCTIONS(AiProvidersCommand)

public:
    explicit AiProvidersCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    std::variant<shared::AiProviderFields, int> fieldsOf(const QCommandLineParser &parser);
    static QString sentenceOf(const shared::AiProvider &provider);

    CliContext &m_context;
};

} // namespace adp::cli
