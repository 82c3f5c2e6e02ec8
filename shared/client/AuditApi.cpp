#include "AuditApi.h"

#include "ApiCalls.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace adp::shared {

void AuditApi::list(const AuditQuery &query, QObject *context, std::function<void(const ApiResult<AuditPage> &)> done)
{
    fetchPage<AuditPage>(m_client, QStringLiteral("/api/v1/audit"), query.toUrlQuery(), context, std::move(done));
}

void AuditApi::verify(QObject *context, std::function<void(const ApiResult<AuditVerification> &)> done)
{
    m_client.send("GET", QStringLiteral("/api/v1/audit/verify"), {}, {}, context,
                  [done](const ApiResult<QJsonDocument> &result) {
                      if (!result.ok())
                          return done(result.error());
                      done(AuditVerification::fromJson(result.value().object()));
                  });
}

AuditExportOptions AuditExportOptions::forFile(const QString &path)
{
    AuditExportOptions options;
    if (path.endsWith(QStringLiteral(".jsonl"), Qt::CaseInsensitive)) {
        options.format = QStringLiteral("jsonl");
    } else if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        options.format = QStringLiteral("pdf");
        options.language = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    }
    return options;
}

QNetworkReply *AuditApi::exportTo(const AuditQuery &filters, const AuditExportOptions &options, QIODevice *sink,
                                  QObject *context, std::function<void(qint64 received)> received,
                                  std::function<void(const ApiResult<qint64> &)> done)
{
    QUrlQuery query = filters.filtersUrlQuery();
    query.addQueryItem(QStringLiteral("format"), options.format);
    if (options.byteOrderMark)
        query.addQueryItem(QStringLiteral("bom"), QStringLiteral("true"));
    if (!options.language.isEmpty())
        query.addQueryItem(QStringLiteral("language"), options.language);
    return m_client.download(QStringLiteral("/api/v1/audit/export"), query, sink, context, std::move(received),
                             std::move(done));
}

QJsonObject AuditSigningKey::toJson() const
{
    return {{QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
            {QStringLiteral("key_id"), keyId},
            {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())},
            {QStringLiteral("pem"), pem}};
}

std::optional<AuditSigningKey> AuditSigningKey::fromJson(const QJsonObject &object)
{
    constexpr qsizetype kEd25519PublicKeyBytes = 32;
    const auto decoded = QByteArray::fromBase64Encoding(
        object.value(QStringLiteral("public_key")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (object.value(QStringLiteral("algorithm")).toString() != u"Ed25519" || !decoded ||
        decoded.decoded.size() != kEd25519PublicKeyBytes)
        return std::nullopt;
    return AuditSigningKey{decoded.decoded, object.value(QStringLiteral("key_id")).toString(),
                           object.value(QStringLiteral("pem")).toString()};
}

void AuditApi::signingKey(QObject *context, std::function<void(const ApiResult<AuditSigningKey> &)> done)
{
    m_client.send("GET", QStringLiteral("/.well-known/adp-audit-signing-key"), {}, {}, context,
                  [done](const ApiResult<QJsonDocument> &result) {
                      if (!result.ok())
                          return done(result.error());
                      const auto key = AuditSigningKey::fromJson(result.value().object());
                      if (!key)
                          return done(ApiError::network(tr("The server's signing key is not an Ed25519 key.")));
                      done(*key);
                  });
}

} // namespace adp::shared
