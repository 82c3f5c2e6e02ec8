#include "SmtpClient.h"

#include <QDateTime>
#include <QLocale>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUuid>

namespace adp::server::notifications {

namespace {

// RFC 2047 encoded-word for a header holding non-ASCII text.
QByteArray headerText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const bool ascii = std::all_of(utf8.begin(), utf8.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
    return ascii ? utf8 : "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

class Session
{
public:
    Session(QSslSocket &socket, int timeoutMs)
        : m_socket(socket)
        , m_timeoutMs(timeoutMs)
    {
    }

    // The server's reply code (its last line's), or 0 when none came in time.
    int reply(QString *text)
    {
        for (;;) {
            while (!m_socket.canReadLine()) {
                if (!m_socket.waitForReadyRead(m_timeoutMs)) {
                    *text = QStringLiteral("no answer from the SMTP server (%1)").arg(m_socket.errorString());
                    return 0;
                }
            }
            const QByteArray line = m_socket.readLine().trimmed();
            *text = QString::fromUtf8(line);
            if (line.size() < 3)
                return 0;
            if (line.size() == 3 || line.at(3) != '-')
                return line.left(3).toInt();
        }
    }
    // Sends a command and expects a reply in `expected` (e.g. 2 for 2xx); empty or the failure.
    QString command(const QByteArray &line, int expectedClass, const QString &step)
    {
        m_socket.write(line + "\r\n");
        if (!m_socket.waitForBytesWritten(m_timeoutMs))
            return QStringLiteral("%1: cannot write to the SMTP server").arg(step);
        QString text;
        const int code = reply(&text);
        if (code / 100 != expectedClass)
            return QStringLiteral("%1 refused: %2").arg(step, text);
        return {};
    }

private:
    QSslSocket &m_socket;
    int m_timeoutMs;
};

} // namespace

QByteArray SmtpClient::compose(const shared::EmailSettings &settings, const Message &message, const QDateTime &date,
                               const QString &messageId)
{
    QByteArray data;
    data += "From: " + settings.from.toUtf8() + "\r\n";
    data += "To: " + settings.to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    data += "Subject: " + headerText(message.subject) + "\r\n";
    data += "Date: " + QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toUtf8() +
            " +0000\r\n";
    data += "Message-ID: <" + messageId.toUtf8() + ">\r\n";
    data += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    QString body = message.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (const QString &line : body.split(u'\n')) {
        const QByteArray bytes = line.toUtf8();
        data += (bytes.startsWith('.') ? "." + bytes : bytes) + "\r\n"; // a leading dot is doubled
    }
    return data;
}

QString SmtpClient::send(const shared::EmailSettings &settings, const QString &password, const Message &message) const
{
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_extraCertificates.isEmpty())
        tls.addCaCertificates(m_extraCertificates);
    socket.setSslConfiguration(tls);
    socket.setPeerVerifyName(settings.host);
    if (settings.security == u"tls")
        socket.connectToHostEncrypted(settings.host, quint16(settings.port));
    else
        socket.connectToHost(settings.host, quint16(settings.port));
    if (!socket.waitForConnected(m_timeoutMs))
        return QStringLiteral("cannot connect to %1:%2: %3")
            .arg(settings.host)
            .arg(settings.port)
            .arg(socket.errorString());
    if (settings.security == u"tls" && !socket.waitForEncrypted(m_timeoutMs))
        return QStringLiteral("TLS with %1 failed: %2").arg(settings.host, socket.errorString());
    Session session(socket, m_timeoutMs);
    QString text;
    if (session.reply(&text) != 220)
        return QStringLiteral("the SMTP server did not greet: %1").arg(text);
    const QByteArray ehlo = "EHLO adp-server";
    if (QString failed = session.command(ehlo, 2, QStringLiteral("EHLO")); !failed.isEmpty())
        return failed;
    if (settings.security == u"starttls") {
        if (QString failed = session.command("STARTTLS", 2, QStringLiteral("STARTTLS")); !failed.isEmpty())
            return failed;
        socket.startClientEncryption();
        if (!socket.waitForEncrypted(m_timeoutMs))
            return QStringLiteral("TLS with %1 failed: %2").arg(settings.host, socket.errorString());
        if (QString failed = session.command(ehlo, 2, QStringLiteral("EHLO")); !failed.isEmpty())
            return failed;
    }
    if (!settings.username.isEmpty()) {
        if (!socket.isEncrypted())
            return QStringLiteral("refusing to send the SMTP password without TLS (security: none)");
        const QByteArray plain = QByteArray(1, '\0') + settings.username.toUtf8() + '\0' + password.toUtf8();
        if (QString failed = session.command("AUTH PLAIN " + plain.toBase64(), 2, QStringLiteral("AUTH"));
            !failed.isEmpty())
            return failed;
    }
    if (QString failed = session.command("MAIL FROM:<" + settings.from.toUtf8() + '>', 2, QStringLiteral("MAIL FROM"));
        !failed.isEmpty())
        return failed;
    for (const QString &to : settings.to) {
        if (QString failed = session.command("RCPT TO:<" + to.toUtf8() + '>', 2, QStringLiteral("RCPT TO"));
            !failed.isEmpty())
            return failed;
    }
    if (QString failed = session.command("DATA", 3, QStringLiteral("DATA")); !failed.isEmpty())
        return failed;
    const QString messageId = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@adp");
    const QByteArray data = compose(settings, message, QDateTime::currentDateTimeUtc(), messageId);
    socket.write(data);
    if (QString failed = session.command(".", 2, QStringLiteral("the message")); !failed.isEmpty())
        return failed;
    session.command("QUIT", 2, QStringLiteral("QUIT")); // sent already; a server that hangs up is fine
    return {};
}

} // namespace adp::server::notifications
