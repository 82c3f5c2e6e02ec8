#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace adp::shared {

// Where an email rule sends: an SMTP server and the addresses. The password
// is write-only (`hasPassword` says whether one is kept).
struct EmailSettings
{
    QString host;
    int port = 587;
    QString security = QStringLiteral("starttls"); // starttls, tls (implicit) or none
    QString username;
    QString from;
    QStringList to;

    QJsonObject toJson() const;
    static EmailSettings fromJson(const QJsonObject &object);
};

// A project's notification rule as the API shows it: when a pipeline ends
// (on failure, on recovery, always), on which branches, to which channel.
// Secrets (the webhook URL with its token, a signing secret, the SMTP
// password) are never shown back: `urlHint` is the URL's scheme and host.
struct NotificationRule
{
    static const QStringList kChannels; // webhook, slack, dingtalk, feishu, wecom, email
    static const QStringList kWhens;    // failure, recovery, always

    qint64 id = 0;
    QString project; // slug
    QString name;
    QString channel;
    QString when;
    QStringList branches; // globs; empty: every ref
    QString urlHint;
    bool hasSecret = false;
    EmailSettings email;
    bool hasPassword = false;
    bool active = true;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static std::optional<NotificationRule> fromJson(const QJsonObject &object);
    // Where it sends, without its secrets: the recipients, or the URL's scheme and host.
    QString target() const { return channel == u"email" ? email.to.join(QStringLiteral(", ")) : urlHint; }
};

// What a client sends to create (POST) or change (PATCH) a rule; absent fields stay as they are.
// An empty `secret` or `password` removes it.
struct NotificationRuleFields
{
    static constexpr int kNameMax = 100;
    static constexpr int kMaxBranches = 20;
    static constexpr int kMaxRecipients = 20;

    std::optional<QString> name;
    std::optional<QString> channel;
    std::optional<QString> when;
    std::optional<QStringList> branches;
    std::optional<QString> url;
    std::optional<QString> secret;
    std::optional<EmailSettings> email;
    std::optional<QString> password;
    std::optional<bool> active;

    static NotificationRuleFields fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
    // Shapes, lengths and addresses; creating needs name, channel and when. Which of url and email
    // a channel needs is checked with the rule as it will be (`channelAfter`).
    FieldErrors validate(bool creating) const;
};

// One entry of a rule's delivery log.
struct NotificationDelivery
{
    qint64 id = 0;
    qint64 pipelineId = 0;
    QString pipelineStatus;
    QString state; // pending, sent, failed
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;
    QDateTime finishedAt;

    QJsonObject toJson() const;
    static std::optional<NotificationDelivery> fromJson(const QJsonObject &object);
};

// A plain email address check: one @, a dotted domain, no spaces or angle brackets.
bool looksLikeEmailAddress(const QString &address);

} // namespace adp::shared
