#include "RuleMessenger.h"

#include "SmtpClient.h"
#include "http/OutboundPost.h"

#include <QNetworkAccessManager>

namespace adp::server::notifications {

using Sent = ports::RuleChannels::Sent;

Sent postMessage(QNetworkAccessManager &network, const OutgoingRequest &request, const QString &channel, int timeoutMs,
                 const QList<QSslCertificate> &extraCertificates)
{
    const http::OutboundAnswer answer =
        http::OutboundPost{request.url, request.headers, request.body, timeoutMs, extraCertificates}.send(network);
    const int status = answer.status;
    if (status == 0)
        return {false, true, answer.noAnswer()};
    QString refused;
    if (MessageFormats::accepted(channel, status, answer.body, &refused))
        return {true, false, {}};
    // A chat service's error code comes with a 2xx: rate limits and outages look like that too.
    const bool retry = status >= 500 || status == 408 || status == 429 || (status >= 200 && status < 300);
    return {false, retry, refused};
}

Outcome<ports::RuleChannel> RuleMessenger::ruleFor(const MutationContext &context, qint64 ruleId)
{
    const auto rule = m.rules.get(context, ruleId);
    if (!rule.ok())
        return rule.error();
    return ports::RuleChannel{rule.value().id, rule.value().project, rule.value().name, rule.value().channel};
}

Sent RuleMessenger::send(qint64 ruleId, const ports::ChannelMessage &message)
{
    const auto rule = m.rules.open(ruleId);
    if (!rule)
        return {false, false, QStringLiteral("the notification rule is gone or its secrets cannot be opened")};
    if (rule->channel == u"email") {
        if (const QString refusal = m.policy.refusal(rule->email.host, true); !refusal.isEmpty())
            return {false, false, QStringLiteral("the SMTP host ") + refusal};
        const QString failed =
            SmtpClient(m.extraCertificates).send(rule->email, rule->password, {message.title, message.plainText});
        return {failed.isEmpty(), !failed.isEmpty(), failed};
    }
    if (const QString refusal = m.policy.urlRefusal(rule->url, true); !refusal.isEmpty())
        return {false, false, QStringLiteral("the rule's URL ") + refusal};
    QNetworkAccessManager network;
    return postMessage(network, MessageFormats::chat(rule->channel, rule->url, rule->secret, message, m.clock.nowMs()),
                       rule->channel, kTimeoutMs, m.extraCertificates);
}

} // namespace adp::server::notifications
