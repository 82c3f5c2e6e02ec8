#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace adp::shared {

// An audit stream as the API shows it: a receiver outside (a SIEM's HTTPS endpoint) that gets
// every sealed audit event its filters pass, in order, at least once, in GitLab's streaming
// event shape. The URL (it may hold a token) is never shown back, only `urlHint`; the
// verification token it sends with each event is shown once, in the answer to the create.
struct AuditStream
{
    qint64 id = 0;
    QString name;
    QString urlHint;     // scheme://host[:port]
    QString action;      // empty, an action, or a prefix ending in '.'
    QString outcome;     // empty, success or failure
    bool active = true;  // a paused stream keeps its place and catches up when resumed
    qint64 afterSeq = 0; // acknowledged up to this event
    qint64 behind = 0;   // sealed events after it (the filters may pass fewer)
    int attempts = 0;    // failed sends in a row
    QString lastError;
    QDateTime nextAttemptAt; // while failing
    QDateTime lastSentAt;
    QString createdBy;
    QDateTime createdAt;
    QString verificationToken; // only in the answer to a create

    QJsonObject toJson() const;
    static std::optional<AuditStream> fromJson(const QJsonObject &object);
};

// What a create or update sends; absent fields stay as they are.
struct AuditStreamFields
{
    static constexpr int kNameMax = 100;
    static constexpr int kActionMax = 100;

    std::optional<QString> name;
    std::optional<QString> url;
    std::optional<QString> action;
    std::optional<QString> outcome;
    std::optional<bool> active;

    static AuditStreamFields fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
    // The fields' own rules (the URL's target is the server's to judge).
    FieldErrors validate(bool creating) const;
};

} // namespace adp::shared
