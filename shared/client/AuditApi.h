#pragma once

#include "ApiClient.h"
#include "shared/core/AuditEvent.h"

namespace adp::shared {

struct AuditPage
{
    QList<AuditEvent> items;
    QString nextCursor;
};

// /api/v1/audit: filtered list (newest first) and chain verification.
class AuditApi
{
public:
    explicit AuditApi(ApiClient &client)
        : m_client(client)
    {
    }

    void list(const AuditQuery &query, QObject *context, std::function<void(const ApiResult<AuditPage> &)> done);
    void verify(QObject *context, std::function<void(const ApiResult<AuditVerification> &)> done);
    // GET /api/v1/audit/export into `sink`: every event `filters` pass, `format` csv or jsonl.
    QNetworkReply *exportTo(const AuditQuery &filters, const QString &format, bool byteOrderMark, QIODevice *sink,
                            QObject *context, std::function<void(qint64 received)> received,
                            std::function<void(const ApiResult<qint64> &)> done);
    // The server's public key for exports, as GET /.well-known/adp-audit-signing-key gives it.
    void signingKey(QObject *context, std::function<void(const ApiResult<QJsonObject> &)> done);

private:
    ApiClient &m_client;
};

} // namespace adp::shared
