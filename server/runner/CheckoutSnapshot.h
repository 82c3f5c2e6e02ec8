#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace adp::server::runner {

// A commit as a git checkout wrote it into a workspace: its files and its .git/index, HEAD and
// reflog. Another workspace at the same commit is then written in this process, byte for byte
// what git would write, instead of by a git checkout (a process of ~10 ms of machine time where
// starting one is dear). Only what a plain checkout makes is taken: index version 2, every entry
// a file, an executable or a link at stage 0, no extension git must understand; a file whose
// content is not the blob its entry names is refused too. Anything else stays git's job.
class CheckoutSnapshot
{
public:
    struct Limits
    {
        qsizetype maxFiles = 2000;
        qsizetype maxBytes = 2 * 1024 * 1024; // the files' contents together
    };

    // From a workspace git has just checked out, before anything else touched it; nullopt when it
    // is not one this can copy, or past `limits`.
    static std::optional<CheckoutSnapshot> read(const QString &workspace, const Limits &limits);
    // Writes the files, then HEAD, the reflog and the index (with the new files' stat data, as git
    // records them) into `workspace`, whose .git was prepared as for the checkout.
    bool write(const QString &workspace, QString *error) const;
    // Memory held, for the memo's budget.
    qsizetype bytes() const;

private:
    struct Entry
    {
        qsizetype offset = 0; // where its stat data starts in the index
        QByteArray path;
        quint32 mode = 0; // 0100644, 0100755 or 0120000, as the index holds it
        QByteArray content;
    };

    QByteArray m_index;
    QList<Entry> m_entries;
    QByteArray m_head;
    QByteArray m_reflog;
};

} // namespace adp::server::runner
