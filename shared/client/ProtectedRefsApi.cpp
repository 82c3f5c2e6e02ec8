#include "ProtectedRefsApi.h"

#include "ApiCalls.h"

namespace adp::shared {

ProtectedRefsApi::ProtectedRefsApi(ApiClient &client, const QString &project)
    : m_client(client)
    , m_base(QStringLiteral("/api/v1/projects/%1/protected-refs").arg(pathSegment(project)))
{
}

void ProtectedRefsApi::list(QObject *context, std::function<void(const ApiResult<QList<ProtectedRef>> &)> done)
{
    fetchItems<ProtectedRef>(m_client, m_base, {}, context, std::move(done));
}

void ProtectedRefsApi::create(const ProtectedRefFields &fields, QObject *context,
                              std::function<void(const ApiResult<ProtectedRef> &)> done)
{
    sendForOne<ProtectedRef>(m_client, "POST", m_base, fields.toJson(), context, std::move(done), "a protected ref");
}

void ProtectedRefsApi::remove(qint64 id, QObject *context, std::function<void(const ApiResult<Done> &)> done)
{
    sendForNothing(m_client, "DELETE", m_base + u'/' + QString::number(id), context, std::move(done));
}

} // namespace adp::shared
