#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace adp::server::scm {

// Where a project's repository may be a local path (a path or file://):
// only below the directories an administrator named (repository_roots),
// never inside the server's data directory (its mirrors hold every project's
// code), links resolved first. Remote transports are not its business.
class LocalRepositoryPolicy
{
public:
    // `builtIn`: repositories the server made itself (the demo), allowed wherever they are.
    LocalRepositoryPolicy(QStringList roots, QString dataDirectory, QStringList builtIn = {});

    static bool isLocal(const QString &url);
    // Why `url` may not be used, or nullopt (always nullopt for a remote URL).
    std::optional<QString> refusal(const QString &url) const;

private:
    QStringList m_roots;
    QString m_dataDirectory;
    QStringList m_builtIn;
};

} // namespace adp::server::scm
