#pragma once

#include "MessageFormats.h"
#include "NotificationRules.h"
#include "http/TargetPolicy.h"
#include "ports/RuleChannels.h"

#include <QSslCertificate>

class QNetworkAccessManager;

namespace adp::server::notifications {

// Posts one request to a chat service or webhook and judges the answer: sent, worth retrying
// (no answer, 5xx, 408, 429, a chat service's error code inside a 2xx) or refused.
ports::RuleChannels::Sent postMessage(QNetworkAccessManager &network, const OutgoingRequest &request,
                                      const QString &channel, int timeoutMs,
                                      const QList<QSslCertificate> &extraCertificates);

// Sends messages of other features (compliance reports) through a notification rule, exactly as
// its pipeline messages go: the same formats, signing, target policy and SMTP.
class RuleMessenger : public ports::RuleChannels
{
public:
    static constexpr int kTimeoutMs = 10000;

    struct Dependencies
    {
        NotificationRules &rules;
        http::TargetPolicy policy;
        const Clock &clock;
        QList<QSslCertificate> extraCertificates;
    };
    explicit RuleMessenger(Dependencies dependencies)
        : m(std::move(dependencies))
    {
    }

    Outcome<ports::RuleChannel> ruleFor(const MutationContext &context, qint64 ruleId) override;
    Sent send(qint64 ruleId, const ports::ChannelMessage &message) override;

private:
    Dependencies m;
};

} // namespace adp::server::notifications
