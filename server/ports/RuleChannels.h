#pragma once

#include "core/RequestContext.h"
#include "core/ServiceError.h"

#include <QJsonObject>
#include <QString>

namespace adp::server::ports {

// A message for people, in the forms the channels take: chat services get the Markdown (Slack
// its own mrkdwn when given), email the plain text, a webhook the JSON payload under `kind`.
struct ChannelMessage
{
    QString kind; // the webhook's object_kind and X-ADP-Event
    QString title;
    QString markdown;
    QString slackText; // empty: the Markdown
    QString plainText;
    QJsonObject payload;
};

// A notification rule as another feature names it: where it belongs and how it sends.
struct RuleChannel
{
    qint64 id = 0;
    QString project; // slug
    QString name;
    QString channel; // webhook, slack, dingtalk, feishu, wecom, email
};

// Sending through a project's notification rule (its channel, URL, secret or SMTP settings), for
// features other than notifications/ (implemented there).
class RuleChannels
{
public:
    virtual ~RuleChannels() = default;
    // The rule, if the person may read it (its project's notification.rule.read); else not found.
    virtual Outcome<RuleChannel> ruleFor(const MutationContext &context, qint64 ruleId) = 0;
    struct Sent
    {
        bool ok = false;
        bool retry = false; // a later attempt may succeed (timeouts, 5xx, 429)
        QString error;      // never the URL (tokens are in it)
    };
    // Blocking, for a sender's own thread.
    virtual Sent send(qint64 ruleId, const ChannelMessage &message) = 0;
};

} // namespace adp::server::ports
