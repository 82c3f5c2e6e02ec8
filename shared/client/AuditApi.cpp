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

} // namespace adp::shared
