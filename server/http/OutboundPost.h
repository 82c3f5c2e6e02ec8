#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;

namespace adp::server::http {

// What an outside receiver answered to one POST.
struct OutboundAnswer
{
    int status = 0;  // 0: no HTTP answer at all (refused, timed out, TLS...)
    QByteArray body; // its first 64 KiB
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    // "no answer: TimeoutError", without the URL (tokens may be in it); empty with an answer.
    QString noAnswer() const;
};

// One POST from a worker thread to a notification target or an audit stream's receiver, waited
// for. A redirect is never followed (it is an answer like any other: its target was never
// checked), a transfer that stalls for `timeoutMs` ends.
struct OutboundPost
{
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 10000;
    QList<QSslCertificate> extraCertificates; // trusted beside the system's

    OutboundAnswer send(QNetworkAccessManager &network) const;
};

} // namespace adp::server::http
