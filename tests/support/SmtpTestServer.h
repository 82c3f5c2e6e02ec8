#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>

namespace adp::test {

// A real SMTP server (npm smtp-server, tests/smtp/server.mjs) on a free
// loopback port with STARTTLS under a certificate made for 127.0.0.1 by the
// openssl CLI, accepting AUTH only for kUser/kPassword over TLS. Each message
// that arrives is a JSON object: from, to, user, secure, data (as sent).
class SmtpTestServer
{
public:
    static constexpr const char *kUser = "notifier";
    static constexpr const char *kPassword = "smtp-pass-123";

    ~SmtpTestServer();
    // False with the reason in `why` when Node, the npm package or openssl is missing.
    static bool available(QString *why);
    bool start();
    quint16 port() const { return m_port; }
    QString certificateFile() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    // The messages so far, waiting up to `timeoutMs` for at least `count`.
    QList<QJsonObject> messages(int count, int timeoutMs = 20000);
    QString output() const { return m_output; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_output;
    quint16 m_port = 0;
};

} // namespace adp::test

// Skips (or, under tests/run.sh, fails) when the SMTP server cannot run here.
#define ADP_REQUIRE_SMTP_SERVER()                                                                                      \
    do {                                                                                                               \
        QString why_;                                                                                                  \
        if (!adp::test::SmtpTestServer::available(&why_)) {                                                            \
            if (qEnvironmentVariable("ADP_TEST_REQUIRE_BACKENDS") == QStringLiteral("1"))                              \
                QFAIL(qPrintable(why_));                                                                               \
            QSKIP(qPrintable(why_));                                                                                   \
        }                                                                                                              \
    } while (false)
