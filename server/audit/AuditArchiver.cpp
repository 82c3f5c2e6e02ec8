#include "AuditArchiver.h"

#include "AuditStore.h"
#include "shared/audit/ExportVerifier.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <spdlog/spdlog.h>
#include <stdexcept>

namespace adp::server::audit {

AuditArchiver::Archived AuditArchiver::archiveBefore(const MutationContext &context, const QDateTime &before)
{
    m.sealer.sealPending();
    const AuditStore::Anchor anchor = m.repository.anchor();
    const qint64 last = m.repository.lastSeqBefore(before.toMSecsSinceEpoch());
    if (last <= anchor.seq)
        return {};
    const QString lastHash = m.repository.hashAt(last);
    if (lastHash.isEmpty())
        throw std::runtime_error("audit event " + std::to_string(last) + " is missing: verify the trail first");

    AuditExporter::Plan plan;
    plan.request.format = shared::audit::ExportFormat::JsonLines;
    plan.head = {last, lastHash, {}};
    plan.madeBy = context.actor.username;
    plan.madeAt = m.clock.now();
    plan.firstSeq = anchor.seq + 1;
    const QString file = writeArchive(plan, last);

    Archived archived{anchor.seq + 1, last, 0, file};
    storage::Transaction tx(m.database);
    archived.events =
        tx.exec(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE seq > ? AND seq <= ?"), {anchor.seq, last})
            .value(0, 0)
            .toLongLong();
    const QString name = QFileInfo(file).fileName();
    m.recorder.record(tx, context,
                      {QStringLiteral("audit.archived"),
                       QStringLiteral("audit"),
                       {},
                       {},
                       {{QStringLiteral("first_seq"), archived.firstSeq},
                        {QStringLiteral("last_seq"), last},
                        {QStringLiteral("events"), archived.events},
                        {QStringLiteral("file"), name},
                        {QStringLiteral("before"), before.toUTC().toString(Qt::ISODate)}}});
    AuditStore::archive(tx, {last, lastHash, m.chain.anchorMac(last, lastHash), plan.madeAt.toMSecsSinceEpoch(), name});
    tx.commit();
    m.sealer.sealPending();
    spdlog::info("audit retention: events {} to {} archived to {} and removed", archived.firstSeq, last,
                 file.toStdString());
    return archived;
}

QString AuditArchiver::writeArchive(const AuditExporter::Plan &plan, qint64 lastSeq) const
{
    if (!QDir().mkpath(m.archiveDir))
        throw std::runtime_error("cannot make " + m.archiveDir.toStdString());
    QFile::setPermissions(m.archiveDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path =
        QDir(m.archiveDir).filePath(QStringLiteral("adp-audit-archive-%1-%2.jsonl").arg(plan.firstSeq).arg(lastSeq));
    const QString partial = path + QStringLiteral(".part");
    {
        QFile out(partial);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw std::runtime_error("cannot write " + partial.toStdString() + ": " + out.errorString().toStdString());
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        bool written = true;
        m.exporter.write(plan, [&](QByteArray piece) { return written = out.write(piece) == piece.size(); });
        if (!written || !out.flush())
            throw std::runtime_error("cannot write " + partial.toStdString() + ": " + out.errorString().toStdString());
    }
    // Checked as anyone will check it before anything is removed.
    QFile in(partial);
    if (!in.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + partial.toStdString());
    const shared::audit::ExportCheck check = shared::audit::ExportVerifier::verify(in, m.key.publicKey());
    in.close();
    const qint64 lastInFile =
        check.proof.value(QStringLiteral("last")).toObject().value(QStringLiteral("seq")).toInteger();
    if (!check.intact() || lastInFile != lastSeq) {
        QFile::remove(partial);
        throw std::runtime_error("the archive of audit events " + std::to_string(plan.firstSeq) + " to " +
                                 std::to_string(lastSeq) + " does not verify; nothing was removed");
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        throw std::runtime_error("cannot rename " + partial.toStdString());
    return path;
}

void AuditRetention::tidy()
{
    const qint64 now = m_clock.nowMs();
    if (m_days <= 0 || (m_lastRunMs > 0 && now - m_lastRunMs < kEveryMs))
        return;
    m_lastRunMs = now;
    const auto context = MutationContext::system(QStringLiteral("audit retention"), QStringLiteral("retention"));
    m_archiver.archiveBefore(context, m_clock.now().addDays(-m_days));
}

} // namespace adp::server::audit
