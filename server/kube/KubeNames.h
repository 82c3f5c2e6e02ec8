#pragma once

#include <QRegularExpression>
#include <QString>

namespace adp::server::kube {

// Kubernetes' rules for names (RFC 1123): a DNS label for namespaces and ADP's cluster names, a
// DNS subdomain for most objects (service accounts among them); and for labels and images.
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

// A label: its key (an optional DNS subdomain prefix, '/', a name of at most 63) and its value.
inline bool isLabel(const QString &key, const QString &value)
{
    static const QRegularExpression name(QStringLiteral("^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$"));
    const QString prefix = key.contains(u'/') ? key.section(u'/', 0, 0) : QString();
    const QString local = key.section(u'/', -1);
    return !local.isEmpty() && name.match(local).hasMatch() && name.match(value).hasMatch() &&
           (prefix.isEmpty() || isDnsSubdomain(prefix)) && key.count(u'/') <= 1;
}

// An image reference as a pod spec takes it: registry/path:tag or @digest, no spaces.
inline bool isImageReference(const QString &image)
{
    static const QRegularExpression rule(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/:@-]{0,254}$"));
    return rule.match(image).hasMatch();
}

} // namespace adp::server::kube
