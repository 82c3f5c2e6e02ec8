#include "LocalRepositoryPolicy.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace adp::server::scm {

namespace {

bool isWithin(const QString &path, const QString &directory)
{
    return path == directory || path.startsWith(directory.endsWith(u'/') ? directory : directory + u'/');
}

} // namespace

LocalRepositoryPolicy::LocalRepositoryPolicy(QStringList roots, QString dataDirectory, QStringList builtIn)
    : m_roots(std::move(roots))
    , m_dataDirectory(std::move(dataDirectory))
    , m_builtIn(std::move(builtIn))
{
}

bool LocalRepositoryPolicy::isLocal(const QString &url)
{
    return url.startsWith(u'/') || url.startsWith(QStringLiteral("file:"));
}

std::optional<QString> LocalRepositoryPolicy::refusal(const QString &url) const
{
    if (!isLocal(url))
        return std::nullopt;
    const QString path = url.startsWith(u'/') ? url : QUrl(url).toLocalFile();
    // Resolved as git will see it: links followed, `..` gone.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return QStringLiteral("%1 does not exist on the server").arg(path);
    for (const QString &builtIn : m_builtIn) {
        if (canonical == QFileInfo(builtIn).canonicalFilePath())
            return std::nullopt;
    }
    const QString data = QFileInfo(m_dataDirectory).canonicalFilePath();
    if (!data.isEmpty() && (isWithin(canonical, data) || isWithin(data, canonical)))
        return QStringLiteral("may not be in the server's data directory");
    if (m_roots.isEmpty())
        return QStringLiteral("local repositories are not allowed on this server (an administrator may allow "
                              "directories with repository_roots)");
    for (const QString &root : m_roots) {
        const QString resolvedRoot = QFileInfo(root).canonicalFilePath();
        if (!resolvedRoot.isEmpty() && isWithin(canonical, resolvedRoot))
            return std::nullopt;
    }
    return QStringLiteral("must be below one of the directories allowed for local repositories (%1)")
        .arg(m_roots.join(QStringLiteral(", ")));
}

} // namespace adp::server::scm
