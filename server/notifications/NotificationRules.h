#pragma once

#include "NotificationRuleRepository.h"
#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"
#include "crypto/SecretBox.h"
#include "http/TargetPolicy.h"
#include "shared/core/NotificationRule.h"

namespace adp::server::notifications {

// A project's notification rules: maintainers list, create, change and
// delete them, and read each one's delivery log. The URL (its token is in
// it), the signing secret and the SMTP password are stored sealed and never
// shown back; the audit trail keeps the rule's shape, not its secrets. A rule
// that could not be sent is refused when saved, naming the field.
class NotificationRules
{
public:
    static constexpr int kShownDeliveries = 100;

    struct Dependencies
    {
        storage::Database &database;
        const access::ProjectGuard &projects;
        NotificationRuleRepository &rules;
        const crypto::SecretBox &secrets;
        const audit::AuditRecorder &audit;
        const Clock &clock;
        http::TargetPolicy policy;
    };
    explicit NotificationRules(Dependencies dependencies)
        : m(std::move(dependencies))
    {
    }

    Outcome<QList<shared::NotificationRule>> list(const MutationContext &context, const QString &projectKey);
    Outcome<shared::NotificationRule> get(const MutationContext &context, qint64 id);
    Outcome<shared::NotificationRule> create(const MutationContext &context, const QString &projectKey,
                                             const shared::NotificationRuleFields &fields,
                                             const shared::FieldErrors &invalid);
    Outcome<shared::NotificationRule> update(const MutationContext &context, qint64 id,
                                             const shared::NotificationRuleFields &fields,
                                             const shared::FieldErrors &invalid);
    Outcome<Unit> remove(const MutationContext &context, qint64 id);
    // The newest deliveries first.
    Outcome<QList<shared::NotificationDelivery>> deliveries(const MutationContext &context, qint64 id);

    // For the sender: the rule with its secrets opened.
    struct Opened
    {
        QString channel;
        QUrl url;
        QString secret;
        shared::EmailSettings email;
        QString password;
    };
    std::optional<Opened> open(qint64 id) const;

private:
    using Stored = NotificationRuleRepository::Stored;
    shared::NotificationRule present(const Stored &stored) const;
    // The rule, once `action` is checked on its project; 404 for rules of hidden projects.
    Outcome<Stored> find(const MutationContext &context, qint64 id, const QString &action) const;
    // The rule as it will be after `fields`, checked as a whole; what to store.
    Outcome<Stored> merged(const Stored &current, const shared::NotificationRuleFields &fields,
                           shared::FieldErrors errors, bool creating) const;
    static QJsonObject summary(const Stored &rule);

    Dependencies m;
};

} // namespace adp::server::notifications
