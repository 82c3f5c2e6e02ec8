#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <optional>

namespace adp::server::git {

// What this process already read from the projects' mirrors, by object id: objects never change,
// so a commit seen once needs no git process to be known again (a job's clone, a pipeline run on
// a ref that has not moved), nor a file of a commit (its CI definition). Bounded: past
// `maxBytes` or `maxEntries` it starts again empty.
class MirrorMemo
{
public:
    struct Commit
    {
        QString sha;                    // the commit (a tag's id is remembered with the commit it points to)
        std::optional<QString> message; // at most 10,000 characters; nullopt: only known to be there
    };

    explicit MirrorMemo(qsizetype maxBytes = 8 * 1024 * 1024, qsizetype maxEntries = 100000)
        : m_maxBytes(maxBytes)
        , m_maxEntries(maxEntries)
    {
    }

    void rememberCommit(qint64 projectId, const QString &objectId, const Commit &commit);
    std::optional<Commit> commit(qint64 projectId, const QString &objectId) const;
    // A file's content at a commit (a full object id, never a branch name, which moves).
    void rememberFile(qint64 projectId, const QString &sha, const QString &path, const QByteArray &content);
    std::optional<QByteArray> file(qint64 projectId, const QString &sha, const QString &path) const;

private:
    void makeRoomFor(qsizetype bytes);

    const qsizetype m_maxBytes;
    const qsizetype m_maxEntries;
    mutable QMutex m_mutex;
    QHash<QString, Commit> m_commits;   // "<project>:<object id>"
    QHash<QString, QByteArray> m_files; // "<project>:<sha>:<path>"
    qsizetype m_bytes = 0;
};

} // namespace adp::server::git
