#pragma once

#include "AuditStreamRepository.h"
#include "core/Clock.h"
#include "crypto/SecretBox.h"
#include "http/TargetPolicy.h"
#include "ports/AuditTrail.h"

#include <QSslCertificate>
#include <QThread>
#include <atomic>

class QNetworkAccessManager;

namespace adp::server::auditstreams {

// Sends each audit stream the sealed events its filters pass, oldest first, in its own thread.
// A stream is claimed (one replica at a time), sent from just after what its receiver last
// acknowledged, one event per POST, each with the stream's verification token; a 2xx moves the
// stream on. No answer, a 5xx, a 429, a redirect (never followed) or a target the policy refuses
// stops the stream where it is and tries again later, with backoff (base, 2x, 4x... at most
// kMaxBackoffMs), for as long as it takes: the events stay in the trail, so nothing is lost and
// the backlog survives restarts. A receiver may get an event twice (at least once): `id` tells.
class AuditStreamSender : public QThread
{
public:
    static constexpr qint64 kWindow = 2000;  // seq numbers read per pass of a stream
    static constexpr int kTimeoutMs = 10000; // a receiver that stalls this long has failed
    static constexpr qint64 kPollMs = 500;
    static constexpr qint64 kClaimMs = 120000; // a claimed stream is this sender's for this long
    static constexpr qint64 kPassMs = 20000;   // then the next stream's turn (well within the claim)
    static constexpr int kSaveEvery = 50;      // events sent between two writes of the progress
    static constexpr qint64 kMaxBackoffMs = 10 * 60 * 1000;

    struct Dependencies
    {
        AuditStreamRepository &streams;
        ports::AuditTrail &trail;
        const crypto::SecretBox &secrets;
        http::TargetPolicy policy;
        const Clock &clock;
        qint64 retryBaseMs = 5000;
        QList<QSslCertificate> extraCertificates; // trusted beside the system's
    };
    explicit AuditStreamSender(Dependencies dependencies)
        : m(std::move(dependencies))
    {
    }
    ~AuditStreamSender() override { stop(); }
    void stop();

    // One pass: every due stream once. Answers how many events were sent.
    int sendDue(QNetworkAccessManager &network);

protected:
    void run() override;

private:
    int sendStream(const AuditStreamRepository::Stored &stream, QNetworkAccessManager &network);
    void fail(const AuditStreamRepository::Stored &stream, const QString &error);

    Dependencies m;
    std::atomic<bool> m_stopping{false};
};

} // namespace adp::server::auditstreams
