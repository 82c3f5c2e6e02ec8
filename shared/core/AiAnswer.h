#pragma once

#include "FieldError.h"
#include "shared/analysis/FailureVerdict.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace adp::shared {

// One question put to an organisation's model and its answer, kept for the team: who asked, what
// it cost, how it ended, and what people thought of it. While `status` is "running" the answer
// grows; it arrives piece by piece on the events socket (topic "ai").
struct AiAnswer
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString project; // slug
    std::optional<qint64> jobId;
    QString kind;    // explain, review, risk, savings
    QString subject; // a review's commit range, "FROM..TO" (full commit ids)
    QString provider;
    QString model;
    QString askedBy;
    QString status; // running, done, failed, canceled
    QString answer;
    QString refusal;
    QString finishReason;
    QString error;
    std::optional<int> promptTokens;
    std::optional<int> completionTokens;
    QString cost; // decimal text in `currency`, "0" when the provider has no prices
    QString currency;
    int attempts = 0;
    std::optional<qint64> firstTokenMs; // from asking to the first piece of the answer
    QDateTime createdAt;
    std::optional<QDateTime> finishedAt;
    int thumbsUp = 0;
    int thumbsDown = 0;
    int myRating = 0; // the caller's: 1, -1 or 0
    // The words the team left with their thumbs (one answer read alone; empty in lists).
    struct Comment
    {
        QString by;
        int rating = 0;
        QString text;
        QDateTime at;
    };
    QList<Comment> comments;

    bool isRunning() const { return status == u"running"; }
    QJsonObject toJson() const;
    static std::optional<AiAnswer> fromJson(const QJsonObject &object);
};

// A thumbs up or down on an answer, with an optional word on why.
struct AiFeedback
{
    static constexpr int kCommentMax = 2000;

    int rating = 0; // 1 or -1; 0 takes the caller's rating back
    QString comment;

    static std::optional<AiFeedback> fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
};

// "Explain this failure": what the built-in analyzers found, always; the model's answer when the
// organisation has one (it streams on from there); `note` says why there is none.
struct JobExplanation
{
    analysis::JobAnalysis analysis;
    std::optional<AiAnswer> answer;
    QString note;

    QJsonObject toJson() const;
    static std::optional<JobExplanation> fromJson(const QJsonObject &object);
};

} // namespace adp::shared
