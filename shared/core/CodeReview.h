#pragma once

#include "AiAnswer.h"
#include "shared/analysis/SecurityFinding.h"

namespace adp::shared {

// "Review this commit range": what changed from `from` to `to` (commits, files), what the
// security rules find in the lines the change added (secrets, risky pipeline, Dockerfile and
// manifest settings), and the model's review when the organisation has one (it streams on).
struct CodeReview
{
    struct Commit
    {
        QString sha;
        QString title;
        QString author;
    };
    struct File
    {
        QString status; // A, M, D, R...
        QString path;
        int added = 0; // lines
    };

    QString project;
    QString from; // as asked: a branch, a tag or a commit
    QString to;
    QString fromSha;
    QString toSha;
    QList<Commit> commits;
    bool moreCommits = false;
    QList<File> files;
    bool moreFiles = false;
    bool diffCut = false; // the diff was longer than what was read
    analysis::SecurityFindings findings;
    std::optional<AiAnswer> answer;
    QString note;

    QJsonObject toJson() const;
    static std::optional<CodeReview> fromJson(const QJsonObject &object);
};

// What a review is asked for: {"from","to","provider_id"?}.
struct CodeReviewRequest
{
    static constexpr int kRefMax = 255;

    QString from;
    QString to;
    std::optional<qint64> providerId;

    static CodeReviewRequest fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
};

} // namespace adp::shared
