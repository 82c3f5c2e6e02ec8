#pragma once

#include "CliContext.h"
#include "shared/core/AuditEvent.h"

#include <optional>

class QCommandLineParser;

namespace adp::cli {

// adp audit list | verify | export | report --pdf FILE | verify-export FILE | signing-key
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    explicit AuditCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    int list(const QCommandLineParser &parser);
    int verify(const QCommandLineParser &parser);
    // export --file F, or report --pdf F: the same signed download, checked, then renamed into place.
    int exportEvents(const QCommandLineParser &parser, bool pdfReport);
    int verifyExport(const QCommandLineParser &parser, const QString &path);
    int signingKey(const QCommandLineParser &parser);
    // The filters given as options, checked by the server's own rules; nullopt after a usage error.
    std::optional<shared::AuditQuery> filters(const QCommandLineParser &parser, int &exitCode);
    // --organisation, --project and --environment as ids, asking the server for those given by name.
    bool resolveScope(const QCommandLineParser &parser, shared::AuditScope &scope, int &exitCode);
    // The server's public key for exports, from --public-key FILE or asked of the server.
    std::optional<QByteArray> publicKey(const QCommandLineParser &parser, int &exitCode);
    int report(const QCommandLineParser &parser, const QString &path, const QByteArray &key);

    CliContext &m_context;
};

} // namespace adp::cli
