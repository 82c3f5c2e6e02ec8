#pragma once

#include "ApiCalls.h"
#include "shared/core/AuditStream.h"

namespace adp::shared {

// /api/v1/audit/streams: the receivers the audit trail is streamed to. Administrators and
// auditors only.
class AuditStreamsApi
{
public:
    template <typename R> using Then = std::function<void(const ApiResult<R> &)>;

    explicit AuditStreamsApi(ApiClient &client)
        : m_client(client)
    {
    }

    void list(QObject *context, Then<QList<AuditStream>> done)
    {
        fetchItems<AuditStream>(m_client, kPath, {}, context, std::move(done));
    }
    // The answer carries the verification token, shown this once.
    void create(const AuditStreamFields &fields, QObject *context, Then<AuditStream> done)
    {
        sendForOne<AuditStream>(m_client, "POST", kPath, fields.toJson(), context, std::move(done), kWhat);
    }
    void get(qint64 id, QObject *context, Then<AuditStream> done)
    {
        sendForOne<AuditStream>(m_client, "GET", onePath(id), {}, context, std::move(done), kWhat);
    }
    void update(qint64 id, const AuditStreamFields &fields, QObject *context, Then<AuditStream> done)
    {
        sendForOne<AuditStream>(m_client, "PATCH", onePath(id), fields.toJson(), context, std::move(done), kWhat);
    }
    void remove(qint64 id, QObject *context, Then<Done> done)
    {
        sendForNothing(m_client, "DELETE", onePath(id), context, std::move(done));
    }

private:
    static constexpr auto kWhat = "an audit stream";
    inline static const QString kPath = QStringLiteral("/api/v1/audit/streams");
    static QString onePath(qint64 id) { return kPath + u'/' + QString::number(id); }

    ApiClient &m_client;
};

} // namespace adp::shared
