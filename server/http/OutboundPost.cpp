#include "OutboundPost.h"

#include <QEventLoop>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace adp::server::http {

QString OutboundAnswer::noAnswer() const
{
    if (status != 0)
        return {};
    const char *name = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error);
    return QStringLiteral("no answer: %1")
        .arg(name ? QString::fromLatin1(name) : QStringLiteral("network error %1").arg(int(error)));
}

OutboundAnswer OutboundPost::send(QNetworkAccessManager &network) const
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("adp-server"));
    if (!extraCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(extraCertificates);
        request.setSslConfiguration(tls);
    }
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    OutboundAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->read(64 * 1024);
    answer.error = reply->error();
    reply->deleteLater();
    return answer;
}

} // namespace adp::server::http
