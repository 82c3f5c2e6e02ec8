#include "MessageFormats.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

namespace adp::server::notifications {

namespace {

constexpr int kContextMax = 140; // GitHub cuts descriptions at 140 characters

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString verb(const QString &status)
{
    if (status == u"success")
        return QStringLiteral("passed");
    if (status == u"failed")
        return QStringLiteral("failed");
    if (status == u"canceled")
        return QStringLiteral("was canceled");
    if (status == u"running")
        return QStringLiteral("is running");
    if (status == u"skipped")
        return QStringLiteral("was skipped");
    return QStringLiteral("is ") + status;
}

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return QStringLiteral("%1s").arg(seconds);
    if (seconds < 3600)
        return QStringLiteral("%1m %2s").arg(seconds / 60).arg(seconds % 60);
    return QStringLiteral("%1h %2m").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString firstLine(const QString &text)
{
    return text.section(u'\n', 0, 0).trimmed();
}

const QList<QPair<QByteArray, QByteArray>> kJson = {{"Content-Type", "application/json"}};

} // namespace

QString MessageFormats::summary(const PipelineReport &report)
{
    QString line = QStringLiteral("%1: pipeline #%2 %3 on %4 (%5)")
                       .arg(report.projectName)
                       .arg(report.pipelineId)
                       .arg(verb(report.status), report.ref, report.sha.left(8));
    if (report.durationSeconds >= 0)
        line += QStringLiteral(" after ") + duration(report.durationSeconds);
    return line;
}

QString MessageFormats::subject(const PipelineReport &report)
{
    return QStringLiteral("[%1] Pipeline #%2 %3 on %4")
        .arg(report.projectName)
        .arg(report.pipelineId)
        .arg(verb(report.status), report.ref);
}

QString MessageFormats::bodyText(const PipelineReport &report)
{
    QStringList lines{summary(report), QString()};
    lines << QStringLiteral("Commit: %1 %2").arg(report.sha.left(8), firstLine(report.commitMessage));
    lines << QStringLiteral("Source: %1").arg(report.source);
    if (!report.triggeredBy.isEmpty())
        lines << QStringLiteral("Started by: %1").arg(report.triggeredBy);
    lines << QStringLiteral("Pipeline: %1").arg(report.url);
    return lines.join(u'\n');
}

QByteArray MessageFormats::dingtalkSign(const QString &secret, qint64 timestampMs)
{
    const QByteArray toSign = QByteArray::number(timestampMs) + '\n' + secret.toUtf8();
    return QMessageAuthenticationCode::hash(toSign, secret.toUtf8(), QCryptographicHash::Sha256).toBase64();
}

QByteArray MessageFormats::feishuSign(const QString &secret, qint64 timestampSeconds)
{
    const QByteArray key = QByteArray::number(timestampSeconds) + '\n' + secret.toUtf8();
    return QMessageAuthenticationCode::hash(QByteArray(), key, QCryptographicHash::Sha256).toBase64();
}

ports::ChannelMessage MessageFormats::pipelineMessage(const PipelineReport &report)
{
    ports::ChannelMessage message;
    message.kind = QStringLiteral("pipeline");
    message.title = summary(report);
    message.markdown =
        QStringLiteral("### %1\n\n- Commit: `%2` %3\n- Source: %4\n- [Open the pipeline](%5)")
            .arg(message.title, report.sha.left(8), firstLine(report.commitMessage), report.source, report.url);
    message.slackText = QStringLiteral("*%1*\n`%2` %3\n<%4|Open the pipeline>")
                            .arg(message.title, report.sha.left(8), firstLine(report.commitMessage), report.url);
    message.plainText = bodyText(report);
    message.payload = {{QStringLiteral("summary"), message.title},
                       {QStringLiteral("project"), QJsonObject{{QStringLiteral("name"), report.projectName},
                                                               {QStringLiteral("slug"), report.projectSlug}}},
                       {QStringLiteral("pipeline"),
                        QJsonObject{{QStringLiteral("id"), report.pipelineId},
                                    {QStringLiteral("status"), report.status},
                                    {QStringLiteral("ref"), report.ref},
                                    {QStringLiteral("tag"), report.isTag},
                                    {QStringLiteral("sha"), report.sha},
                                    {QStringLiteral("source"), report.source},
                                    {QStringLiteral("triggered_by"), report.triggeredBy},
                                    {QStringLiteral("duration_seconds"),
                                     report.durationSeconds >= 0 ? QJsonValue(report.durationSeconds) : QJsonValue()},
                                    {QStringLiteral("url"), report.url}}},
                       {QStringLiteral("commit"), QJsonObject{{QStringLiteral("sha"), report.sha},
                                                              {QStringLiteral("message"), report.commitMessage}}}};
    return message;
}

OutgoingRequest MessageFormats::chat(const QString &channel, const QUrl &url, const QString &secret,
                                     const PipelineReport &report, qint64 nowMs)
{
    return chat(channel, url, secret, pipelineMessage(report), nowMs);
}

OutgoingRequest MessageFormats::chat(const QString &channel, const QUrl &url, const QString &secret,
                                     const ports::ChannelMessage &message, qint64 nowMs)
{
    OutgoingRequest request{url, kJson, {}};
    if (channel == u"slack") {
        request.body =
            json({{QStringLiteral("text"), message.title},
                  {QStringLiteral("blocks"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("type"), QStringLiteral("section")},
                       {QStringLiteral("text"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                    {QStringLiteral("text"),
                                     message.slackText.isEmpty() ? message.markdown : message.slackText}}}}}}});
    } else if (channel == u"dingtalk") {
        if (!secret.isEmpty()) {
            QUrlQuery query(url);
            query.addQueryItem(QStringLiteral("timestamp"), QString::number(nowMs));
            query.addQueryItem(QStringLiteral("sign"),
                               QString::fromLatin1(dingtalkSign(secret, nowMs).toPercentEncoding()));
            request.url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
        }
        request.body = json({{QStringLiteral("msgtype"), QStringLiteral("markdown")},
                             {QStringLiteral("markdown"), QJsonObject{{QStringLiteral("title"), message.title},
                                                                      {QStringLiteral("text"), message.markdown}}}});
    } else if (channel == u"feishu") {
        QJsonObject body{{QStringLiteral("msg_type"), QStringLiteral("text")},
                         {QStringLiteral("content"), QJsonObject{{QStringLiteral("text"), message.plainText}}}};
        if (!secret.isEmpty()) {
            const qint64 seconds = nowMs / 1000;
            body.insert(QStringLiteral("timestamp"), QString::number(seconds));
            body.insert(QStringLiteral("sign"), QString::fromLatin1(feishuSign(secret, seconds)));
        }
        request.body = json(body);
    } else if (channel == u"wecom") {
        request.body = json({{QStringLiteral("msgtype"), QStringLiteral("markdown")},
                             {QStringLiteral("markdown"), QJsonObject{{QStringLiteral("content"), message.markdown}}}});
    } else { // webhook
        QJsonObject body = message.payload;
        body.insert(QStringLiteral("object_kind"), message.kind);
        request.body = json(body);
        request.headers.append(qMakePair(QByteArrayLiteral("X-ADP-Event"), message.kind.toUtf8()));
        if (!secret.isEmpty())
            request.headers.append(
                qMakePair(QByteArrayLiteral("X-ADP-Signature-256"),
                          QByteArrayLiteral("sha256=") + QMessageAuthenticationCode::hash(request.body, secret.toUtf8(),
                                                                                          QCryptographicHash::Sha256)
                                                             .toHex()));
    }
    return request;
}

QString MessageFormats::githubState(const QString &status)
{
    if (status == u"success" || status == u"skipped")
        return QStringLiteral("success");
    if (status == u"failed")
        return QStringLiteral("failure");
    if (status == u"canceled")
        return QStringLiteral("error"); // GitHub has no canceled
    return QStringLiteral("pending");
}

QString MessageFormats::gitlabState(const QString &status)
{
    if (status == u"running" || status == u"success" || status == u"failed" || status == u"canceled" ||
        status == u"skipped")
        return status;
    return QStringLiteral("pending");
}

OutgoingRequest MessageFormats::commitStatus(const ports::RepositoryAccess &access, const PipelineReport &report)
{
    using Provider = ports::RepositoryProvider;
    const QString description = summary(report).left(kContextMax);
    const QString context = QStringLiteral("adp/pipeline");
    QUrl url = access.apiUrl;
    const QString base = url.path().endsWith(u'/') ? url.path().chopped(1) : url.path();
    OutgoingRequest request{url, kJson, {}};
    if (access.provider == Provider::GitHub) {
        request.url.setPath(base + QStringLiteral("/repos/%1/statuses/%2").arg(access.repository, report.sha));
        request.headers = {{"Content-Type", "application/json"},
                           {"Accept", "application/vnd.github+json"},
                           {"X-GitHub-Api-Version", "2022-11-28"},
                           {"Authorization", "Bearer " + access.token.toUtf8()}};
        request.body = json({{QStringLiteral("state"), githubState(report.status)},
                             {QStringLiteral("target_url"), report.url},
                             {QStringLiteral("description"), description},
                             {QStringLiteral("context"), context}});
    } else {
        // The project's path, URL-encoded as one segment (GitLab's documented form of :id).
        const QString id = QString::fromLatin1(QUrl::toPercentEncoding(access.repository));
        request.url.setPath(base + QStringLiteral("/projects/%1/statuses/%2").arg(id, report.sha), QUrl::StrictMode);
        request.headers = {{"Content-Type", "application/json"}, {"PRIVATE-TOKEN", access.token.toUtf8()}};
        request.body = json({{QStringLiteral("state"), gitlabState(report.status)},
                             {QStringLiteral("ref"), report.ref},
                             {QStringLiteral("name"), context},
                             {QStringLiteral("target_url"), report.url},
                             {QStringLiteral("description"), description}});
    }
    return request;
}

bool MessageFormats::accepted(const QString &channel, int httpStatus, const QByteArray &body, QString *error)
{
    if (httpStatus < 200 || httpStatus >= 300) {
        *error = QStringLiteral("HTTP %1: %2").arg(httpStatus).arg(QString::fromUtf8(body.left(200)).simplified());
        return false;
    }
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (channel == u"dingtalk" || channel == u"wecom") { // {"errcode": 0, "errmsg": "ok"}
        if (answer.value(QStringLiteral("errcode")).toInt(-1) != 0) {
            *error = QStringLiteral("errcode %1: %2")
                         .arg(answer.value(QStringLiteral("errcode")).toInt(-1))
                         .arg(answer.value(QStringLiteral("errmsg")).toString());
            return false;
        }
    } else if (channel == u"feishu") { // {"code": 0, "msg": "success"} (older bots: StatusCode)
        const int code = answer.contains(QStringLiteral("code")) ? answer.value(QStringLiteral("code")).toInt(-1)
                                                                 : answer.value(QStringLiteral("StatusCode")).toInt(-1);
        if (code != 0) {
            *error = QStringLiteral("code %1: %2").arg(code).arg(answer.value(QStringLiteral("msg")).toString());
            return false;
        }
    }
    return true;
}

} // namespace adp::server::notifications
