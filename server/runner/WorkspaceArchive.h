#pragma once

#include <QSet>
#include <QStringList>
#include <optional>

namespace adp::server::runner {

// Packs the files a job's `artifacts` or `cache` name into a tar.gz (with
// the tar CLI) and unpacks one into a later job's workspace. Paths are
// GitLab's: relative to the project directory, globs with `*`, `?`, `[..]`
// and `**`, a directory meaning everything under it; nothing outside the
// workspace and nothing under .git is ever packed.
class WorkspaceArchive
{
public:
    struct Selection
    {
        QStringList files;    // relative paths, sorted
        QStringList warnings; // a pattern that matched nothing, or pointed outside
    };
    // `tracked`, for `untracked: true`: the commit's files; every other file is taken too (ignored
    // ones as well, as GitLab does). Read from the server's mirror, never by running git in the
    // workspace: the job wrote its .git, and git would run what its config names.
    static Selection select(const QString &workspace, const QStringList &paths, const QStringList &exclude,
                            const std::optional<QSet<QString>> &tracked = std::nullopt);
    // The files of `sha` in the (bare) repository `gitDirectory`; nullopt when git cannot say.
    static std::optional<QSet<QString>> trackedFiles(const QString &gitDirectory, const QString &sha);

    // nullopt on success, else what went wrong.
    static std::optional<QString> pack(const QString &workspace, const QStringList &files, const QString &archivePath);
    static std::optional<QString> unpack(const QString &archivePath, const QString &workspace);

    // `$NAME` and `${NAME}` replaced from `environment` (NAME=value entries); unknown names become empty.
    static QString expand(const QString &text, const QStringList &environment);
};

} // namespace adp::server::runner
