#include "AuditApi.h"

#include "ApiCalls.h"

#include <QJsonArray>
#include <QJsonObject>

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

QNetworkReply *AuditApi::exportTo(const AuditQuery &filters, const QString &format, bool byteOrderMark, QIODevice *sink,
                                  QObject *context, std::function<void(qint64 received)> received,
                                  std::function<void(const ApiResult<qint64> &)> done)
{
    QUrlQuery query;
    const QJsonObject given = filters.filtersJson();
    for (auto it = given.begin(); it != given.end(); ++it)
        query.addQueryItem(it.key(), it.value().toString());
    query.addQueryItem(QStringLiteral("format"), format);
    if (byteOrderMark)
        query.addQueryItem(QStringLiteral("bom"), QStringLiteral("true"));
    return m_client.download(QStringLiteral("/api/v1/audit/export"), query, sink, context, std::move(received),
                             std::move(done));
}

void AuditApi::signingKey(QObject *context, std::function<void(const ApiResult<QJsonObject> &)> done)
{
    m_client.send("GET", QStringLiteral("/.well-known/adp-audit-signing-key"), {}, {}, context,
                  [done](const ApiResult<QJsonDocument> &result) {
                      if (!result.ok())
                          return done(result.error());
                      done(result.value().object());
                  });
}

} // namespace adp::shared
