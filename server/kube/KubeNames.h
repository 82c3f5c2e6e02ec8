#pragma once

#include <QRegularExpression>
#include <QString>

namespace adp::server::kube {

// Kubernetes' rules for names (RFC 1123): a DNS label for namespaces and ADP's cluster names, a
// DNS subdomain for most objects (service accounts among them).
inline bool isDnsLabel(const QString &name)
{
    static const QRegularExpression rule(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
    return rule.match(name).hasMatch();
}

inline bool isDnsSubdomain(const QString &name)
{
    static const QRegularExpression rule(QStringLiteral("^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"));
    return rule.match(name).hasMatch();
}

} // namespace adp::server::kube
