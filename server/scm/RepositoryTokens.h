#pragma once

#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "crypto/SecretBox.h"
#include "ports/RepositoryAccess.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

namespace adp::server::scm {

// A project's access token for its GitHub or GitLab repository. Maintainers
// set and remove it (audited, without the token); it is stored sealed and
// never shown back. The mirror fetches with it (private repositories) and
// commit statuses are reported with it, to the API it names: by default
// api.github.com for github.com, else the repository's host under /api/v3
// (GitHub Enterprise) or /api/v4 (GitLab).
class RepositoryTokens : public ports::RepositoryAccessSource
{
public:
    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        const crypto::SecretBox &secrets;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit RepositoryTokens(Dependencies dependencies)
        : m(dependencies)
    {
    }

    using Provider = ports::RepositoryProvider;
    using Access = ports::RepositoryAccess;
    // What may be shown of it: never the token.
    struct Status
    {
        bool set = false;
        QString provider;
        QString apiUrl;
        QString repository;
        QDateTime updatedAt;
        QJsonObject toJson() const;
    };

    Outcome<Status> status(const MutationContext &context, const QString &projectKey);
    // `apiUrl` and `repository` empty: derived from the project's repository URL.
    Outcome<Status> set(const MutationContext &context, const QString &projectKey, const QString &provider,
                        const QString &token, const QString &apiUrl, const QString &repository);
    // Idempotent: removing none is done too (and audits nothing).
    Outcome<Unit> remove(const MutationContext &context, const QString &projectKey);

    // For the server's own use (mirror fetches, commit statuses); never logged.
    std::optional<Access> accessOf(qint64 projectId) const override;

    // The Authorization header value git sends with the token (HTTP basic, as both providers document).
    static QString gitAuthorization(const Access &access);
    static QString providerName(Provider provider);
    static std::optional<Provider> providerOf(const QString &name);
    static std::optional<QUrl> defaultApiUrl(Provider provider, const QUrl &repository);
    // "owner/name" (GitHub) or "group/subgroup/name" (GitLab) of a clone URL, without ".git".
    static QString repositoryPath(const QUrl &repository);

private:
    Dependencies m;
};

} // namespace adp::server::scm
