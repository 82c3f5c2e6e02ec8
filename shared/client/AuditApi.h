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

private:
    ApiClient &m_client;
};

} // namespace adp::shared
