#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrlQuery>
#include <optional>

namespace adp::shared {

// Where an event happened: the organisation, project and environment it belongs to (0: none).
// Recorded with the event and covered by its chain hash, so a scoped export cannot be narrowed
// by editing rows. Events recorded before schema 39, and server-wide ones, have no scope.
struct AuditScope
{
    qint64 organisationId = 0;
    qint64 projectId = 0;
    qint64 environmentId = 0;

    bool isEmpty() const { return organisationId == 0 && projectId == 0 && environmentId == 0; }
    // {"organisation_id", "project_id", "environment_id"}, null where none.
    QJsonObject toJson() const;
    static AuditScope fromJson(const QJsonObject &object);
    bool operator==(const AuditScope &) const = default;
};

// One entry of the audit trail as the API returns it.
struct AuditEvent
{
    qint64 seq = 0; // position in the hash chain, 1, 2, 3...
    QDateTime occurredAt;
    qint64 actorId = 0; // 0 for the system or an unknown user
    QString actorName;
    QString action;     // project.created, auth.login_failed, permission.denied...
    QString targetType; // project, user, audit...
    QString targetId;
    QString requestId;
    QString ip;
    QString userAgent;
    QJsonObject before;
    QJsonObject after;
    AuditScope scope;

    QJsonObject toJson() const;
    static std::optional<AuditEvent> fromJson(const QJsonObject &object);
};

// Filters of GET /api/v1/audit; newest first, cursor-paginated.
struct AuditQuery
{
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 200;

    QString actor;  // exact username
    QString action; // exact, or a prefix ending in '.' ("project.")
    QString targetType;
    QString targetId;
    QString outcome;  // empty, "success" or "failure" (refusals and failed attempts)
    AuditScope scope; // each non-zero id must match; an organisation also holds its projects' events
    QDateTime since;  // inclusive
    QDateTime until;  // exclusive
    int limit = kDefaultLimit;
    QString cursor;

    QUrlQuery toUrlQuery() const;
    static AuditQuery fromUrlQuery(const QUrlQuery &query, FieldErrors &errors);
    // The filters alone (no page): as an export asks for them, and as its proof names them.
    QUrlQuery filtersUrlQuery() const;
    QJsonObject filtersJson() const;
};

// What a verification of the chain found. `intact` only when nothing was.
struct AuditVerification
{
    struct Finding
    {
        QString kind; // edited, removed, inserted, truncated; forged (an unsealed event, seq 0)
        qint64 seq = 0;
        QString message;
    };

    bool intact = true;
    qint64 checked = 0;
    // Committed events the sealer has not chained yet (genuine by their entry MAC);
    // the chain's guarantees start once they are sealed.
    qint64 unsealed = 0;
    // Events up to this seq were archived by retention and removed; the chain starts after it.
    qint64 archivedThrough = 0;
    QList<Finding> findings; // the first one is the first break

    QJsonObject toJson() const;
    static AuditVerification fromJson(const QJsonObject &object);
};

} // namespace adp::shared
