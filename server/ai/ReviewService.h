#pragma once

#include "ModelQuestions.h"
#include "access/ProjectGuard.h"
#include "git/RepositoryMirror.h"
#include "ports/ProjectSecrets.h"
#include "shared/core/CodeReview.h"

namespace adp::server::ai {

// "Review this commit range" from the project's mirrored repository: the commits and files
// between two refs, the security rules over every file the change touched, kept to the lines it
// added (a secret, `curl | sh`, `:latest`, a privileged pod... introduced here, not there before),
// and, when the organisation has a model, its review by file and line, streamed to whoever asked.
// The diff goes to the model through the Redactor like every prompt.
class ReviewService
{
public:
    static constexpr int kMaxCommits = 100;
    static constexpr int kMaxFiles = 300;
    static constexpr qint64 kMaxDiffBytes = 4 * 1024 * 1024;
    static constexpr qint64 kMaxFileBytes = 1024 * 1024; // each changed file scanned at most this far

    struct Dependencies
    {
        const access::ProjectGuard &guard;
        git::RepositoryMirror &mirror;
        const ports::ProjectSecrets &secrets;
        ModelQuestions &questions;
    };
    explicit ReviewService(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<shared::CodeReview> review(const MutationContext &context, const QString &project,
                                       const shared::CodeReviewRequest &request, const shared::FieldErrors &invalid);

    // What lies between two commits the caller may already read (no model asked): the review's
    // rules part, and the diff for a prompt.
    struct Change
    {
        shared::CodeReview review;
        QByteArray diff;
    };
    Outcome<Change> changeBetween(const shared::Project &project, const QString &fromSha, const QString &toSha);

private:
    Dependencies m;
};

} // namespace adp::server::ai
