#pragma once

#include <QCryptographicHash>
#include <QString>

namespace adp::shared {

// PKCE's S256 (RFC 7636): base64url(SHA-256(verifier)) without padding. The
// client sends it with /start; the server checks the verifier against it.
inline QString pkceChallenge(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace adp::shared
