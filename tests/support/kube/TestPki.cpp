#include "TestPki.h"

#include <QFile>
#include <QProcess>

namespace adp::test::kube {

TestPki::TestPki()
{
    const QStringList ecKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const auto file = [this](const char *name) { return m_dir.filePath(QLatin1String(name)); };
    const auto makeCa = [&](const char *key, const char *certificate, const char *name) {
        return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey +
                       QStringList{QStringLiteral("-keyout"), file(key), QStringLiteral("-out"), file(certificate),
                                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                   QStringLiteral("/CN=%1").arg(QLatin1String(name))});
    };
    const auto makeSigned = [&](const char *base, const QString &subject, const QString &extensions) {
        const QString key = file(base) + QStringLiteral(".key");
        const QString request = file(base) + QStringLiteral(".csr");
        const QString extensionFile = file(base) + QStringLiteral(".ext");
        QFile ext(extensionFile);
        if (!ext.open(QIODevice::WriteOnly) || ext.write(extensions.toUtf8()) < 0)
            return false;
        ext.close();
        return openssl(QStringList{QStringLiteral("req")} + ecKey +
                       QStringList{QStringLiteral("-keyout"), key, QStringLiteral("-out"), request,
                                   QStringLiteral("-subj"), subject}) &&
               openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
                        QStringLiteral("-CA"), file("ca.crt"), QStringLiteral("-CAkey"), file("ca.key"),
                        QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), file(base) + QStringLiteral(".crt"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), extensionFile});
    };
    m_ok = m_dir.isValid() && makeCa("ca.key", "ca.crt", "adp-test-ca") &&
           makeCa("other.key", "other.crt", "some-other-ca") &&
           makeSigned("server", QStringLiteral("/CN=127.0.0.1"),
                      QStringLiteral("subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n")) &&
           makeSigned("client", QStringLiteral("/O=deployers/CN=%1").arg(QLatin1String(kClientUser)),
                      QStringLiteral("extendedKeyUsage=clientAuth\n"));
    if (!m_ok)
        return;
    m_caCertificate = read(file("ca.crt"));
    m_otherCaCertificate = read(file("other.crt"));
    m_serverCertificate = read(file("server.crt"));
    m_serverKey = read(file("server.key"));
    m_clientCertificate = read(file("client.crt"));
    m_clientKey = read(file("client.key"));
}

bool TestPki::openssl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error =
            QStringLiteral("openssl %1: %2").arg(arguments.first(), QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    return true;
}

QByteArray TestPki::read(const QString &file) const
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

} // namespace adp::test::kube
