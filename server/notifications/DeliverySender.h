#pragma once

#include "NotificationRules.h"
#include "Outbox.h"
#include "PipelineReport.h"
#include "SmtpClient.h"
#include "http/TargetPolicy.h"
#include "ports/PipelineDirectory.h"
#include "ports/ProjectDirectory.h"
#include "ports/RepositoryAccess.h"

#include <QThread>
#include <atomic>

class QNetworkAccessManager;

namespace adp::server::notifications {

struct OutgoingRequest;

// Sends what the outbox stored: chat messages, emails and commit statuses,
// in its own thread, so a target that is down, slow or answering errors
// never holds up a pipeline. Each due delivery is claimed (SKIP LOCKED on
// PostgreSQL: replicas share the work, none sends one twice while it is
// claimed), sent with a timeout and recorded: sent; retried with backoff
// (base, 4x, 16x... for timeouts, refused connections, 5xx, 429 and chat
// services' error codes) up to kMaxAttempts; or failed with the reason. A
// commit status that a newer one of the same pipeline replaced is not sent.
// Errors are written without the target's URL (tokens are in it).
class DeliverySender : public QThread
{
public:
    static constexpr int kMaxAttempts = 6;
    static constexpr int kTimeoutMs = 10000;
    static constexpr qint64 kPollMs = 500;
    static constexpr int kBatch = 10;

    struct Dependencies
    {
        storage::Database &database;
        ports::PipelineDirectory &pipelines;
        ports::ProjectDirectory &projects;
        Outbox &outbox;
        NotificationRules &rules;
        const ports::RepositoryAccessSource &tokens;
        http::TargetPolicy policy;
        const Clock &clock;
        std::function<QString()> publicUrl;
        qint64 retryBaseMs = 10000;
        QList<QSslCertificate> extraCertificates;
    };
    explicit DeliverySender(Dependencies dependencies)
        : m(std::move(dependencies))
    {
    }
    ~DeliverySender() override { stop(); }
    void stop();

    // One pass over what is due; answers how many deliveries it settled or rescheduled.
    int sendDue(QNetworkAccessManager &network);

protected:
    void run() override;

private:
    using Due = Outbox::Due;
    struct Result
    {
        enum class Outcome { Sent, Superseded, Retry, Failed };
        Outcome outcome = Outcome::Failed;
        QString error;
    };
    std::optional<PipelineReport> reportOf(const Due &due) const;
    Result deliver(const Due &due, QNetworkAccessManager &network);
    Result post(QNetworkAccessManager &network, const OutgoingRequest &request, const QString &channel) const;
    void record(const Due &due, const Result &result);

    Dependencies m;
    std::atomic<bool> m_stopping{false};
};

} // namespace adp::server::notifications
