#include "ReviewService.h"

#include "PromptBuilder.h"
#include "Redactor.h"
#include "shared/analysis/SecurityScan.h"
#include "shared/analysis/UnifiedDiff.h"

namespace adp::server::ai {

using shared::analysis::DiffFile;
using shared::analysis::SecurityScan;

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
    shared::CodeReview review;
    review.project = project.slug;
    review.from = request.from;
    review.to = request.to;
    for (const auto &[field, ref, sha] :
         {std::tuple{"from", request.from, &review.fromSha}, std::tuple{"to", request.to, &review.toSha}}) {
        const auto commit = m.mirror.resolve(project.id, project.repositoryUrl, ref);
        if (!commit.ok()) {
            if (commit.error().kind != ServiceError::Kind::Validation)
                return commit.error();
            return ServiceError::invalidField(
                QString::fromLatin1(field), shared::fieldcodes::InvalidValue,
                QStringLiteral("'%1' is not a branch, tag or commit of the repository").arg(ref));
        }
        *sha = commit.value().sha;
    }
    const auto comparison = m.mirror.compare(project.id, review.fromSha, review.toSha, kMaxCommits, kMaxFiles);
    const auto diff = m.mirror.diff(project.id, review.fromSha, review.toSha, kMaxDiffBytes, &review.diffCut);
    if (!comparison || !diff)
        return ServiceError::conflict(QStringLiteral("The repository's mirror cannot compare these commits"));
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
        const auto text = m.mirror.readFile(project.id, review.toSha, file.path, kMaxFileBytes);
        if (!text)
            continue;
        for (const auto &finding : SecurityScan::scan(file.path, *text)) {
            if (finding.line == 0 || lines.addedLines.contains(finding.line))
                review.findings.append(finding);
        }
    }
    const auto asked =
        m.questions.ask(context,
                        {found.value().organisationId, project.id, project.slug, QStringLiteral("review"),
                         review.fromSha + QStringLiteral("..") + review.toSha, std::nullopt, request.providerId},
                        [&]() {
                            const Redactor redactor(m.secrets.maskedValues(project.id));
                            return PromptBuilder(redactor).reviewChange(review, *diff);
                        });
    if (!asked.ok())
        return asked.error();
    review.answer = asked.value().answer;
    review.note = asked.value().note;
    return review;
}

} // namespace adp::server::ai
