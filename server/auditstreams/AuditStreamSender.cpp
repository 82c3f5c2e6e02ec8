#include "AuditStreamSender.h"

#include "StreamedEvent.h"
#include "http/OutboundPost.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <spdlog/spdlog.h>

namespace adp::server::auditstreams {

void AuditStreamSender::stop()
{
    m_stopping = true;
    wait();
}

void AuditStreamSender::run()
{
    QNetworkAccessManager network;
    while (!m_stopping) {
        try {
            sendDue(network);
        } catch (const std::exception &error) {
            spdlog::warn("audit stream sender: {}", error.what());
        }
        for (qint64 slept = 0; slept < kPollMs && !m_stopping; slept += 50)
            QThread::msleep(50);
    }
}

int AuditStreamSender::sendDue(QNetworkAccessManager &network)
{
    int sent = 0;
    QList<qint64> seen; // each stream once per pass
    while (!m_stopping) {
        const qint64 now = m.clock.nowMs();
        const auto stream = m.streams.claimDue(now, now + kClaimMs);
        if (!stream || seen.contains(stream->id)) {
            if (stream)
                m.streams.release(stream->id);
            break;
        }
        seen.append(stream->id);
        try {
            sent += sendStream(*stream, network);
        } catch (...) {
            m.streams.release(stream->id);
            throw;
        }
        m.streams.release(stream->id);
    }
    return sent;
}

int AuditStreamSender::sendStream(const AuditStreamRepository::Stored &stream, QNetworkAccessManager &network)
{
    const qint64 head = m.trail.sealedHead();
    if (stream.afterSeq >= head)
        return 0;
    const auto url = m.secrets.open(stream.urlSealed);
    const auto token = m.secrets.open(stream.tokenSealed);
    if (!url || !token) {
        fail(stream, QStringLiteral("its address or token cannot be opened with the server's secrets key"));
        return 0;
    }
    const QUrl target(*url);
    // Checked again now, for what the name resolves to today.
    if (const QString refusal = m.policy.urlRefusal(target, true); !refusal.isEmpty()) {
        fail(stream, QStringLiteral("the receiver's address %1").arg(refusal));
        return 0;
    }

    shared::AuditQuery filters;
    filters.action = stream.action;
    filters.outcome = stream.outcome;
    const QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
        {QByteArrayLiteral("X-Gitlab-Event-Streaming-Token"), token->toUtf8()}};
    QElapsedTimer pass;
    pass.start();
    int sent = 0;
    qint64 acked = stream.afterSeq;
    int unsaved = 0;
    // Progress is written every kSaveEvery events and when the pass ends: a crash in between
    // sends those again (at least once), never skips one.
    const auto save = [&]() {
        if (unsaved > 0)
            m.streams.advance(stream.id, acked, m.clock.nowMs());
        unsaved = 0;
    };
    while (acked < head && pass.elapsed() < kPassMs && !m_stopping) {
        const qint64 last = std::min(head, acked + kWindow);
        QList<StreamedEvent> events;
        m.trail.sealedEvents(filters, acked + 1, last,
                             [&events](const storage::RowView &row) { events.append(StreamedEvent::fromRow(row)); });
        for (const StreamedEvent &event : std::as_const(events)) {
            if (m_stopping) {
                save();
                return sent; // the rest is sent once the claim runs out
            }
            auto eventHeaders = headers;
            eventHeaders.append({QByteArrayLiteral("X-Gitlab-Audit-Event-Type"), event.action.toUtf8()});
            eventHeaders.append({QByteArrayLiteral("X-Adp-Audit-Event-Id"), QByteArray::number(event.seq)});
            const http::OutboundAnswer answer =
                http::OutboundPost{target, eventHeaders, event.body, kTimeoutMs, m.extraCertificates}.send(network);
            if (answer.status < 200 || answer.status >= 300) {
                save();
                const QString error =
                    answer.status == 0 ? answer.noAnswer()
                    : answer.status < 400
                        ? QStringLiteral("answered %1, a redirect (never followed)").arg(answer.status)
                        : QStringLiteral("answered %1").arg(answer.status);
                fail(stream, QStringLiteral("event %1: %2").arg(event.seq).arg(error));
                return sent;
            }
            ++sent;
            acked = event.seq;
            if (++unsaved >= kSaveEvery)
                save();
        }
        save();
        m.streams.advance(stream.id, last, 0); // the rest of the window: passed over by the filters
        acked = last;
    }
    return sent;
}

void AuditStreamSender::fail(const AuditStreamRepository::Stored &stream, const QString &error)
{
    const int attempts = stream.attempts + 1;
    qint64 delay = m.retryBaseMs;
    for (int attempt = 1; attempt < attempts && delay < kMaxBackoffMs; ++attempt)
        delay *= 2;
    delay = std::min(delay, kMaxBackoffMs);
    spdlog::info("audit stream {} ({}), attempt {}: {}", stream.id, stream.name.toStdString(), attempts,
                 error.toStdString());
    m.streams.failed(stream.id, attempts, m.clock.nowMs() + delay, error);
}

} // namespace adp::server::auditstreams
