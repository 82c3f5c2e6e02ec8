#pragma once

#include "AuthApi.h"

#include <QTcpServer>

namespace adp::shared {

// Signs in through a provider the way a native app should (RFC 8252):
// listens on a loopback port, hands out the address to open in a browser,
// waits for the browser to come back with a one-time code and trades it,
// with a PKCE verifier that never left this process, for a session.
class LoopbackSignIn : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackSignIn(ApiClient &api, QObject *parent = nullptr);

    // Starts listening; returns the address for the browser, or an empty URL with `error` set.
    QUrl begin(const QString &provider, QString *error);
    static constexpr qint64 kMaxRequestBytes = 16 * 1024;

Q_SIGNALS:
    // Once: the new session, or why there is none.
    void finished(const shared::ApiResult<shared::LoginResult> &result);

private:
    void onConnection();
    void onRequest(QTcpSocket *socket);
    void reply(QTcpSocket *socket, int status, const QString &message);
    void finish(const ApiResult<LoginResult> &result);

    ApiClient &m_api;
    AuthApi m_auth;
    QTcpServer m_server;
    QString m_verifier;
    QString m_state;
    bool m_answered = false;
};

} // namespace adp::shared
