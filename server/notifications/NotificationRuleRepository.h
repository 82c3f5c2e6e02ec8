#pragma once

#include "shared/core/NotificationRule.h"
#include "storage/Executor.h"

#include <optional>

namespace adp::server::notifications {

// The `notification_rules` table, and the delivery log each rule shows. Secrets arrive and
// leave sealed: opening them is the service's business.
class NotificationRuleRepository
{
public:
    struct Stored
    {
        qint64 id = 0;
        qint64 projectId = 0;
        QString projectSlug;
        QString name;
        QString channel;
        QString when;
        QStringList branches;
        QString urlSealed;
        QString urlHint;
        QString secretSealed; // the signing secret, or an email rule's SMTP password
        shared::EmailSettings email;
        bool active = true;
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
    };

    explicit NotificationRuleRepository(storage::Database &database)
        : m_database(database)
    {
    }

    std::optional<Stored> find(qint64 id) const;
    // A project's rules by id, in one query.
    QList<Stored> listOf(qint64 projectId) const;
    qint64 insert(storage::Transaction &tx, const Stored &rule);
    void update(storage::Transaction &tx, const Stored &rule);
    void remove(storage::Transaction &tx, qint64 id);
    // The rule's newest deliveries first, at most `limit`.
    QList<shared::NotificationDelivery> deliveriesOf(qint64 ruleId, int limit) const;

private:
    QList<Stored> select(const QString &where, const storage::SqlParams &params) const;
    storage::Database &m_database;
};

} // namespace adp::server::notifications
