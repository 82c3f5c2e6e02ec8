#include "VariablesApi.h"

#include "ApiCalls.h"

#include <QUrlQuery>

namespace adp::shared {

VariablesApi::VariablesApi(ApiClient &client, const QString &project)
    : m_client(client)
    , m_base(QStringLiteral("/api/v1/projects/%1/variables").arg(pathSegment(project)))
{
}

void VariablesApi::list(QObject *context, std::function<void(const ApiResult<QList<ProjectVariable>> &)> done)
{
    fetchItems<ProjectVariable>(m_client, m_base, {}, context, std::move(done));
}

void VariablesApi::set(const QString &key, const ProjectVariableFields &fields, QObject *context,
                       std::function<void(const ApiResult<ProjectVariable> &)> done)
{
    sendForOne<ProjectVariable>(m_client, "PUT", m_base + u'/' + pathSegment(key), fields.toJson(), context,
                                std::move(done), "a variable");
}

void VariablesApi::remove(const QString &key, const QString &environmentScope, QObject *context,
                          std::function<void(const ApiResult<Done> &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("environment_scope"), environmentScope);
    sendForNothing(m_client, "DELETE", m_base + u'/' + pathSegment(key), context, std::move(done), query);
}

} // namespace adp::shared
