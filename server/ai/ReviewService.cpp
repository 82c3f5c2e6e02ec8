#include "ReviewService.h"

#include "PromptBuilder.h"
#include "Redactor.h"
#include "shared/analysis/SecurityScan.h"
#include "shared/analysis/UnifiedDiff.h"

namespace adp::server::ai {

using shared::analysis::DiffFile;
using shared::analysis::SecurityScan;

Outcome<ReviewService::Change> ReviewService::changeBetween(const shared::Project &project, const QString &fromSha,
                                                            const QString &toSha)
{
    for (const QString &sha : {fromSha, toSha}) {
        const auto present = m.mirror.withCommit(project.id, project.repositoryUrl, sha);
        if (!present.ok())
            return ServiceError::conflict(
                QStringLiteral("The repository cannot be read: %1").arg(present.error().message));
    }
    Change change;
    shared::CodeReview &review = change.review;
    review.project = project.slug;
    review.from = review.fromSha = fromSha;
    review.to = review.toSha = toSha;
    const auto comparison = m.mirror.compare(project.id, fromSha, toSha, kMaxCommits, kMaxFiles);
    const auto diff = m.mirror.diff(project.id, fromSha, toSha, kMaxDiffBytes, &review.diffCut);
    if (!comparison || !diff)
        return ServiceError::conflict(QStringLiteral("The repository's mirror cannot compare these commits"));
    change.diff = *diff;
    for (const auto &commit : comparison->commits)
        review.commits.append({commit.sha, commit.title, commit.author});
    review.moreCommits = comparison->moreCommits;
    review.moreFiles = comparison->moreFiles;
    QHash<QString, DiffFile> changed;
    for (const DiffFile &file : shared::analysis::UnifiedDiff::parse(*diff))
        changed.insert(file.path, file);
    for (const auto &file : comparison->files) {
        const DiffFile lines = changed.value(file.path);
        review.files.append({file.status, file.path, int(lines.addedLines.size())});
        if (file.status.startsWith(u'D') || lines.binary || lines.addedLines.isEmpty())
            continue;
        // Each touched file as it is now, through every rule; kept: what the change's lines brought.
        const auto text = m.mirror.readFile(project.id, toSha, file.path, kMaxFileBytes);
        if (!text)
            continue;
        for (const auto &finding : SecurityScan::scan(file.path, *text)) {
            if (finding.line == 0 || lines.addedLines.contains(finding.line))
                review.findings.append(finding);
        }
    }
    return change;
}

Outcome<shared::CodeReview> ReviewService::review(const MutationContext &context, const QString &projectKey,
                                                  const shared::CodeReviewRequest &request,
                                                  const shared::FieldErrors &invalid)
{
    const auto found = m.guard.authorize(context, projectKey, QStringLiteral("ai.review"));
    if (!found.ok())
        return found.error();
    if (!invalid.isEmpty())
        return ServiceError::validation(invalid);
    const shared::Project &project = found.value().project;
    if (project.repositoryUrl.isEmpty())
        return ServiceError::conflict(QStringLiteral("The project has no repository to review"));
    QString shas[2];
    for (int side = 0; side < 2; ++side) {
        const QString &ref = side == 0 ? request.from : request.to;
        const auto commit = m.mirror.resolve(project.id, project.repositoryUrl, ref);
        if (!commit.ok()) {
            if (commit.error().kind != ServiceError::Kind::Validation)
                return commit.error();
            return ServiceError::invalidField(
                side == 0 ? QStringLiteral("from") : QStringLiteral("to"), shared::fieldcodes::InvalidValue,
                QStringLiteral("'%1' is not a branch, tag or commit of the repository").arg(ref));
        }
        shas[side] = commit.value().sha;
    }
    auto change = changeBetween(project, shas[0], shas[1]);
    if (!change.ok())
        return change.error();
    shared::CodeReview review = change.value().review;
    review.from = request.from;
    review.to = request.to;
    const auto asked =
        m.questions.ask(context,
                        {found.value().organisationId, project.id, project.slug, QStringLiteral("review"),
                         review.fromSha + QStringLiteral("..") + review.toSha, std::nullopt, request.providerId},
                        [&]() {
                            const Redactor redactor(m.secrets.maskedValues(project.id));
                            return PromptBuilder(redactor).reviewChange(review, change.value().diff);
                        });
    if (!asked.ok())
        return asked.error();
    review.answer = asked.value().answer;
    review.note = asked.value().note;
    return review;
}

} // namespace adp::server::ai
