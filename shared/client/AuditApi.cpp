#include "AuditApi.h"

#include <QJsonArray>
#include <QJsonObject>

namespace adp::shared {

void AuditApi::list(const AuditQuery &query, QObject *context, std::function<void(const ApiResult<AuditPage> &)> done)
{
    m_client.send("GET", QStringLiteral("/api/v1/audit"), query.toUrlQuery(), {}, context,
                  [done](const ApiResult<QJsonDocument> &result) {
                      if (!result.ok())
                          return done(result.error());
                      const QJsonObject object = result.value().object();
                      AuditPage page;
                      for (const QJsonValue &item : object.value(QStringLiteral("items")).toArray()) {
                          if (auto event = AuditEvent::fromJson(item.toObject()))
                              page.items.append(*event);
                      }
                      page.nextCursor = object.value(QStringLiteral("next_cursor")).toString();
                      done(page);
                  });
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
