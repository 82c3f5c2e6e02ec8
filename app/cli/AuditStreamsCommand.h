#pragma once

#include "CliContext.h"
#include "shared/core/AuditStream.h"

#include <variant>

class QCommandLineParser;

namespace adp::cli {

// adp audit streams list | create --name N --url-stdin [--action A] [--outcome O] [--inactive]
//                   | show ID | update ID [the same options, --active] | delete ID
class AuditStreamsCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditStreamsCommand)

public:
    explicit AuditStreamsCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    static QString sentenceOf(const shared::AuditStream &stream);
    std::variant<shared::AuditStreamFields, int> fieldsOf(const QCommandLineParser &parser);

    CliContext &m_context;
};

} // namespace adp::cli
