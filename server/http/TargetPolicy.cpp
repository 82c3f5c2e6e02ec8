#include "TargetPolicy.h"

#include <QHostAddress>
#include <QHostInfo>

namespace adp::server::http {

namespace {

bool isLocalAddress(const QHostAddress &address)
{
    if (address.isNull() || address.isLoopback() || address.isLinkLocal() || address.isSiteLocal() ||
        address.isUniqueLocalUnicast() || address.isMulticast() || address.isBroadcast() ||
        address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
        return true;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also IPv4 mapped into IPv6
    if (!isV4)
        return false;
    const QHostAddress plain(v4);
    static const QList<QPair<QHostAddress, int>> kPrivate = {
        QHostAddress::parseSubnet(QStringLiteral("0.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        QHostAddress::parseSubnet(QStringLiteral("127.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("169.254.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16"))};
    return std::any_of(kPrivate.begin(), kPrivate.end(),
                       [&plain](const QPair<QHostAddress, int> &subnet) { return plain.isInSubnet(subnet); });
}

} // namespace

QString TargetPolicy::refusal(const QString &host, bool resolve) const
{
    if (host.isEmpty())
        return QStringLiteral("has no host");
    if (m_allowLocal)
        return {};
    const QString name = host.toLower();
    if (name == u"localhost" || name.endsWith(QStringLiteral(".localhost")))
        return QStringLiteral("may not be this machine");
    QHostAddress literal;
    if (literal.setAddress(host))
        return isLocalAddress(literal) ? QStringLiteral("may not be this machine or a private network") : QString();
    if (!resolve)
        return {};
    const QHostInfo info = QHostInfo::fromName(host);
    if (info.error() != QHostInfo::NoError)
        return QStringLiteral("cannot be resolved: %1").arg(info.errorString());
    for (const QHostAddress &address : info.addresses()) {
        if (isLocalAddress(address))
            return QStringLiteral("resolves to this machine or a private network (%1)").arg(address.toString());
    }
    return {};
}

QString TargetPolicy::urlRefusal(const QUrl &url, bool resolve) const
{
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return QStringLiteral("must be an http(s) URL");
    if (!url.userInfo().isEmpty())
        return QStringLiteral("must not hold a user name or password");
    if (url.hasFragment())
        return QStringLiteral("must not have a fragment");
    return refusal(url.host(), resolve);
}

} // namespace adp::server::http
