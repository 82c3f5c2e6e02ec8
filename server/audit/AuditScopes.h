#pragma once

#include "shared/core/AuditEvent.h"
#include "storage/Transaction.h"

#include <QJsonObject>

namespace adp::server::audit {

struct AuditEntry;

// Finds where an event happened from what it is about: its target (a project, environment,
// deployment, pipeline, job...) or, for events about something inside a project, the project
// its details name. One lookup in the recording transaction, so a target created in it is seen;
// one deleted in it falls back to what the event's details say. Server-wide targets (users,
// sessions, tokens, providers, the audit trail itself) have no scope.
class AuditScopes
{
public:
    static shared::AuditScope of(storage::Transaction &tx, const AuditEntry &entry);

private:
    static qint64 idIn(const QJsonObject &details, const char *key);
};

} // namespace adp::server::audit
