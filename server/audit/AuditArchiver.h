#pragma once

#include "AuditChain.h"
#include "AuditExporter.h"
#include "AuditRecorder.h"
#include "AuditRepository.h"
#include "AuditSealer.h"
#include "AuditSigningKey.h"
#include "core/Clock.h"
#include "core/RequestContext.h"
#include "ports/Housekeeping.h"

namespace adp::server::audit {

// Retention: the oldest sealed events go to a signed JSON Lines export file (the export format,
// so `adp audit verify-export` checks it offline) and are then removed from the database behind
// the anchor, the last removed event's seq and hash under its own MAC, from which the rest of the
// chain still verifies. The file is written aside, checked against the signing key and only then
// put in place; the events are removed only after that, in one transaction with the anchor and an
// audit.archived event. Whatever fails, nothing is removed.
class AuditArchiver
{
public:
    struct Dependencies
    {
        storage::Database &database;
        AuditRepository &repository;
        AuditSealer &sealer;
        const AuditExporter &exporter;
        const AuditRecorder &recorder;
        const AuditChain &chain;
        const AuditSigningKey &key;
        const Clock &clock;
        QString archiveDir;
    };
    explicit AuditArchiver(Dependencies dependencies)
        : m(std::move(dependencies))
    {
    }

    struct Archived
    {
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
        qint64 events = 0; // 0: there was nothing to archive
        QString file;
    };
    // Archives every sealed event before the first that occurred at or after `before`. Throws
    // std::runtime_error or StorageError when it cannot (nothing is removed then).
    Archived archiveBefore(const MutationContext &context, const QDateTime &before);

private:
    QString writeArchive(const AuditExporter::Plan &plan, qint64 lastSeq) const;

    Dependencies m;
};

// The retention policy as a chore: once an hour at most, on the scheduler's leader, archives what
// is older than `days` days. Nothing when `days` is 0.
class AuditRetention : public ports::Housekeeping
{
public:
    static constexpr qint64 kEveryMs = 3600 * 1000;

    AuditRetention(AuditArchiver &archiver, const Clock &clock, int days)
        : m_archiver(archiver)
        , m_clock(clock)
        , m_days(days)
    {
    }
    void tidy() override;

private:
    AuditArchiver &m_archiver;
    const Clock &m_clock;
    int m_days;
    qint64 m_lastRunMs = 0;
};

} // namespace adp::server::audit
