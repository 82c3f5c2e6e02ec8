#include "MirrorMemo.h"

namespace adp::server::git {

namespace {
QString commitKey(qint64 projectId, const QString &objectId)
{
    return QString::number(projectId) + u':' + objectId;
}

QString fileKey(qint64 projectId, const QString &sha, const QString &path)
{
    return QString::number(projectId) + u':' + sha + u':' + path;
}
} // namespace

void MirrorMemo::makeRoomFor(qsizetype bytes)
{
    if (m_bytes + bytes <= m_maxBytes && m_commits.size() + m_files.size() < m_maxEntries)
        return;
    m_commits.clear();
    m_files.clear();
    m_bytes = 0;
}

void MirrorMemo::rememberCommit(qint64 projectId, const QString &objectId, const Commit &commit)
{
    const qsizetype bytes = (objectId.size() + commit.sha.size() + commit.message.value_or(QString()).size()) * 2;
    QMutexLocker locked(&m_mutex);
    makeRoomFor(bytes);
    const QString key = commitKey(projectId, objectId);
    const auto known = m_commits.constFind(key);
    if (known != m_commits.constEnd() && (known->message || !commit.message))
        return;
    m_commits.insert(key, commit);
    m_bytes += bytes;
}

std::optional<MirrorMemo::Commit> MirrorMemo::commit(qint64 projectId, const QString &objectId) const
{
    QMutexLocker locked(&m_mutex);
    const auto found = m_commits.constFind(commitKey(projectId, objectId));
    if (found == m_commits.constEnd())
        return std::nullopt;
    return *found;
}

void MirrorMemo::rememberFile(qint64 projectId, const QString &sha, const QString &path, const QByteArray &content)
{
    const QString key = fileKey(projectId, sha, path);
    const qsizetype bytes = key.size() * 2 + content.size();
    if (bytes > m_maxBytes / 8) // a large file would push everything else out
        return;
    QMutexLocker locked(&m_mutex);
    makeRoomFor(bytes);
    if (m_files.contains(key))
        return;
    m_files.insert(key, content);
    m_bytes += bytes;
}

std::optional<QByteArray> MirrorMemo::file(qint64 projectId, const QString &sha, const QString &path) const
{
    QMutexLocker locked(&m_mutex);
    const auto found = m_files.constFind(fileKey(projectId, sha, path));
    if (found == m_files.constEnd())
        return std::nullopt;
    return *found;
}

} // namespace adp::server::git
