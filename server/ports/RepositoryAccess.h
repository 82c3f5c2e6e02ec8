#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace adp::server::ports {

enum class RepositoryProvider { GitHub, GitLab };

// How the server may speak to a project's repository host for it: the provider's API, the
// project's token there and the repository's name on it.
struct RepositoryAccess
{
    RepositoryProvider provider = RepositoryProvider::GitHub;
    QUrl apiUrl;
    QString token;
    QString repository; // owner/name (GitHub) or the project's full path (GitLab)
};

// Implemented by scm/ (RepositoryTokens), which keeps the tokens sealed; read by features that
// report to the host, such as commit statuses.
class RepositoryAccessSource
{
public:
    virtual ~RepositoryAccessSource() = default;
    // nullopt when the project has no token.
    virtual std::optional<RepositoryAccess> accessOf(qint64 projectId) const = 0;
};

} // namespace adp::server::ports
