#pragma once

#include "access/ProjectGuard.h"
#include "core/ServiceError.h"
#include "git/RepositoryMirror.h"
#include "shared/core/RepositoryFile.h"

namespace adp::server::scm {

// A text file of a project's repository at a ref, read from the mirror (fetched first): what a
// review's or a model's `path:line` points at. Reporters and up (repository.file.read).
class RepositoryFiles
{
public:
    struct Dependencies
    {
        const access::ProjectGuard &guard;
        git::RepositoryMirror &mirror;
    };
    explicit RepositoryFiles(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<shared::RepositoryFile> read(const MutationContext &context, const QString &project, const QString &ref,
                                         const QString &path);

    // A path inside the repository: relative, no "." or ".." parts, no NUL, at most 1,024 characters.
    static bool isRepositoryPath(const QString &path);

private:
    Dependencies m;
};

} // namespace adp::server::scm
