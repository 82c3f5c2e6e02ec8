#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace adp::test::kube {

// Certificates made with the openssl tool for one test: a CA, a server certificate for
// 127.0.0.1 signed by it, a client certificate (CN = user, O = group) signed by it, and a
// second, unrelated CA to stand for "the wrong CA bundle". All PEM.
class TestPki
{
public:
    TestPki();
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

    QByteArray caCertificate() const { return m_caCertificate; }
    QByteArray serverCertificate() const { return m_serverCertificate; }
    QByteArray serverKey() const { return m_serverKey; }
    QByteArray clientCertificate() const { return m_clientCertificate; }
    QByteArray clientKey() const { return m_clientKey; }
    QByteArray otherCaCertificate() const { return m_otherCaCertificate; }

    static constexpr const char *kClientUser = "deployer";

private:
    bool openssl(const QStringList &arguments);
    QByteArray read(const QString &file) const;

    QTemporaryDir m_dir;
    bool m_ok = false;
    QString m_error;
    QByteArray m_caCertificate, m_serverCertificate, m_serverKey, m_clientCertificate, m_clientKey,
        m_otherCaCertificate;
};

} // namespace adp::test::kube
