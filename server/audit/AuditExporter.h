#pragma once

#include "AuditRecorder.h"
#include "AuditRepository.h"
#include "AuditSealer.h"
#include "AuditSigningKey.h"
#include "core/Clock.h"
#include "core/RequestContext.h"
#include "shared/audit/AuditExport.h"
#include "shared/core/AuditEvent.h"

#include <functional>
#include <memory>

class QThreadPool;

namespace adp::server::audit {

struct AuditExportRequest
{
    shared::AuditQuery filters;
    shared::audit::ExportFormat format = shared::audit::ExportFormat::Csv;
    bool byteOrderMark = false; // CSV for spreadsheets that want it
    // A PDF report (AuditReporter) in this language, drawn from a JSON Lines export.
    QString reportLanguage;
    bool isReport() const { return !reportLanguage.isEmpty(); }
};

// Makes audit exports: every sealed event the filters pass, oldest first, then the proof signed
// with the server's key. Slices of the trail are read and laid out by a few workers at once, on
// their own connections, and chained in order here: memory stays at a few slices whatever the
// trail's size.
// Who may is the permission table's business (audit.export).
class AuditExporter
{
public:
    static constexpr int kSlice = 2000; // seq numbers a worker reads and lays out at once
    // Slices read ahead while one is sent, shared by every export under way: also the most of the
    // connection pool exports take.
    static constexpr int kReaders = 2;

    AuditExporter(storage::Database &database, AuditRepository &repository, AuditSealer &sealer,
                  const AuditRecorder &recorder, const AuditSigningKey &key, const Clock &clock);
    ~AuditExporter();

    // What one export covers: the trail as sealed when it was asked for.
    struct Plan
    {
        AuditExportRequest request;
        AuditRepository::Head head; // the last event it covers
        QString madeBy;
        QDateTime madeAt;
        qint64 firstSeq = 1; // after what retention archived
    };
    // Records the export (audit.exported, itself in it when the filters pass it), seals what
    // has committed and fixes the end. Throws StorageError.
    Plan begin(const MutationContext &context, const AuditExportRequest &request);
    // Writes the export through `sink`; stops quietly when the sink says false (the reader left).
    void write(const Plan &plan, const std::function<bool(QByteArray)> &sink) const;

private:
    struct Slice;
    Slice readSlice(const AuditExportRequest &request, qint64 firstSeq, qint64 lastSeq) const;
    QByteArray proof(const Plan &plan, const shared::audit::ExportWriter &writer, const QJsonValue &first,
                     const QJsonValue &last) const;

    storage::Database &m_database;
    AuditRepository &m_repository;
    AuditSealer &m_sealer;
    const AuditRecorder &m_recorder;
    const AuditSigningKey &m_key;
    const Clock &m_clock;
    std::unique_ptr<QThreadPool> m_readers;
};

} // namespace adp::server::audit
