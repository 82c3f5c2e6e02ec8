#pragma once

#include "shared/core/NotificationRule.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace adp::server::notifications {

// Sends one plain-text UTF-8 email over SMTP (RFC 5321): STARTTLS (RFC 3207)
// or implicit TLS with the server's certificate verified, AUTH PLAIN when a
// user name is given (only over TLS), every step with a timeout. Blocking:
// for a sender's own thread.
class SmtpClient
{
public:
    struct Message
    {
        QString subject;
        QString body;
    };
    // Certificates trusted besides the system's (a company's own CA).
    explicit SmtpClient(QList<QSslCertificate> extraCertificates = {}, int stepTimeoutMs = 15000)
        : m_extraCertificates(std::move(extraCertificates))
        , m_timeoutMs(stepTimeoutMs)
    {
    }
    // Empty when the server accepted the message; else what went wrong.
    QString send(const shared::EmailSettings &settings, const QString &password, const Message &message) const;
    // The message as sent after DATA: headers, a blank line, the body; lines ending in CRLF, dot-stuffed.
    static QByteArray compose(const shared::EmailSettings &settings, const Message &message, const QDateTime &date,
                              const QString &messageId);

private:
    QList<QSslCertificate> m_extraCertificates;
    int m_timeoutMs;
};

} // namespace adp::server::notifications
