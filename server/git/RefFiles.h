#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <optional>

namespace adp::server::git {

// A repository's refs read from its files (loose refs and packed-refs) without starting git:
// a fraction of a millisecond where `git fetch` from a repository on this machine starts four
// processes (~30 ms) to find that nothing changed. Only the plain formats are read; whatever
// else a ref may be (a link, a half-written update) is reported, so that a caller can leave the
// question to git.
class RefFiles
{
public:
    struct Ref
    {
        QByteArray id;     // the object the ref names
        QByteArray peeled; // an annotated tag's commit, when packed-refs records it
        bool operator==(const Ref &other) const = default;
    };
    using Refs = QMap<QByteArray, Ref>; // full name ("refs/heads/main") -> ref

    struct Reading
    {
        Refs refs;
        QMap<QByteArray, QByteArray> symbolic; // name -> the ref it stands for ("refs/remotes/origin/HEAD")
        bool plain = true;                     // false: a ref was not plainly readable and is left out
    };
    // Every ref under refs/ of the repository whose git directory is `gitDir`; a loose ref wins
    // over a packed one of the same name, as in git.
    static Reading read(const QString &gitDir);

    // The git directory of a repository on this machine named by a path or file:// URL: <path>/.git
    // of a working tree, or the path itself when it is a bare repository. nullopt for anything
    // else (a linked worktree's or a submodule's .git file, a repository sharing another's refs).
    static std::optional<QString> gitDirOf(const QString &localUrl);
};

} // namespace adp::server::git
