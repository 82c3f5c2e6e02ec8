#include "LoopbackSignIn.h"

#include "shared/core/Pkce.h"

#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrlQuery>

namespace adp::shared {

namespace {
QString randomText(int bytes)
{
    QByteArray raw(bytes, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

LoopbackSignIn::LoopbackSignIn(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_auth(api)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackSignIn::onConnection);
}

QUrl LoopbackSignIn::begin(const QString &provider, QString *error)
{
    if (!m_server.isListening() && !m_server.listen(QHostAddress::LocalHost, 0)) {
        *error = m_server.errorString();
        return {};
    }
    m_verifier = randomText(48);
    m_state = randomText(24);
    m_answered = false;
    QUrl start = m_api.baseUrl();
    start.setPath(
        QStringLiteral("/api/v1/auth/oauth/%1/start").arg(QString::fromLatin1(QUrl::toPercentEncoding(provider))));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(
                           QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server.serverPort()))));
    query.addQueryItem(QStringLiteral("code_challenge"), pkceChallenge(m_verifier));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    query.addQueryItem(QStringLiteral("state"), m_state);
    start.setQuery(query);
    return start;
}

void LoopbackSignIn::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onRequest(socket); });
    }
}

void LoopbackSignIn::reply(QTcpSocket *socket, int status, const QString &message)
{
    const QByteArray page = QStringLiteral("<!doctype html><meta charset=\"utf-8\"><title>ADP</title><p>%1</p>")
                                .arg(message.toHtmlEscaped())
                                .toUtf8();
    socket->write(
        "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Bad Request") +
        "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\nContent-Length: " +
        QByteArray::number(page.size()) + "\r\n\r\n" + page);
    socket->disconnectFromHost();
}

void LoopbackSignIn::onRequest(QTcpSocket *socket)
{
    if (socket->bytesAvailable() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    const QByteArray head = socket->peek(kMaxRequestBytes);
    if (!head.contains("\r\n\r\n"))
        return; // the rest of the request is still on its way
    socket->readAll();
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    const QUrl target = QUrl::fromEncoded(requestLine.value(1));
    if (requestLine.value(0) != "GET" || target.path() != u"/callback") {
        reply(socket, 404, tr("Not here."));
        return; // e.g. /favicon.ico; keep waiting for the real answer
    }
    const QUrlQuery query(target);
    if (m_answered || query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_state) {
        reply(socket, 400, tr("This sign-in answer is not the one ADP is waiting for."));
        return;
    }
    m_answered = true;
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (!error.isEmpty() || code.isEmpty()) {
        const QString why = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        reply(socket, 400, tr("Sign-in did not work: %1").arg(why.isEmpty() ? error : why));
        finish(ApiError::network(tr("Sign-in did not work: %1").arg(why.isEmpty() ? error : why)));
        return;
    }
    reply(socket, 200, tr("You are signed in to ADP. You can close this tab."));
    m_auth.exchangeOAuthCode(code, m_verifier, this, [this](const ApiResult<LoginResult> &result) { finish(result); });
}

void LoopbackSignIn::finish(const ApiResult<LoginResult> &result)
{
    m_server.close();
    Q_EMIT finished(result);
}

} // namespace adp::shared
