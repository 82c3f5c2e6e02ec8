#pragma once

#include "PipelineReport.h"
#include "ports/RepositoryAccess.h"
#include "ports/RuleChannels.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace adp::server::notifications {

// One HTTP request to make.
struct OutgoingRequest
{
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

// How each service wants to be told about a pipeline, in its documented
// format, with its signing where it has one:
// - webhook: ADP's JSON, signed like GitHub's (X-ADP-Signature-256: sha256=HMAC-SHA256(secret, body));
// - slack: an incoming webhook's {"text", "blocks"};
// - dingtalk: a custom robot's markdown message; with a secret, `timestamp` and
//   `sign` = base64(HMAC-SHA256(secret, timestamp + "\n" + secret)) in the query;
// - feishu: a custom bot's text message; with a secret, `timestamp` and
//   `sign` = base64(HMAC-SHA256(key = timestamp + "\n" + secret, empty message)) in the body;
// - wecom: a group robot's markdown message (the key is in its URL).
// And commit statuses: GitHub's POST /repos/{owner}/{repo}/statuses/{sha} and
// GitLab's POST /projects/{id}/statuses/{sha}.
class MessageFormats
{
public:
    static OutgoingRequest chat(const QString &channel, const QUrl &url, const QString &secret,
                                const PipelineReport &report, qint64 nowMs);
    // Any message for people (a compliance report), in the same channels' formats.
    static OutgoingRequest chat(const QString &channel, const QUrl &url, const QString &secret,
                                const ports::ChannelMessage &message, qint64 nowMs);
    static ports::ChannelMessage pipelineMessage(const PipelineReport &report);
    static OutgoingRequest commitStatus(const ports::RepositoryAccess &access, const PipelineReport &report);
    // Did the service accept it? Chat services answer 200 with an error code in the body.
    static bool accepted(const QString &channel, int httpStatus, const QByteArray &body, QString *error);
    // One line for people: "Shop: pipeline #12 failed on main (abc1234) after 1m 3s".
    static QString summary(const PipelineReport &report);
    static QString subject(const PipelineReport &report);
    static QString bodyText(const PipelineReport &report);
    static QString githubState(const QString &status);
    static QString gitlabState(const QString &status);
    static QByteArray dingtalkSign(const QString &secret, qint64 timestampMs);
    static QByteArray feishuSign(const QString &secret, qint64 timestampSeconds);
};

} // namespace adp::server::notifications
