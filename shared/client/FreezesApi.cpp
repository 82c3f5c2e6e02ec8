#include "FreezesApi.h"

#include "ApiCalls.h"

namespace adp::shared {

FreezesApi::FreezesApi(ApiClient &client, const QString &project)
    : m_client(client)
    , m_project(QStringLiteral("/api/v1/projects/%1/").arg(pathSegment(project)))
{
}

void FreezesApi::windows(QObject *context, Done<QList<FreezeWindow>> done)
{
    fetchItems<FreezeWindow>(m_client, m_project + QStringLiteral("freeze-windows"), {}, context, std::move(done));
}

void FreezesApi::createWindow(const FreezeWindowFields &fields, QObject *context, Done<FreezeWindow> done)
{
    sendForOne<FreezeWindow>(m_client, "POST", m_project + QStringLiteral("freeze-windows"), fields.toJson(), context,
                             std::move(done), "a freeze window");
}

void FreezesApi::removeWindow(qint64 id, QObject *context, Done<shared::Done> done)
{
    sendForNothing(m_client, "DELETE", m_project + QStringLiteral("freeze-windows/%1").arg(id), context,
                   std::move(done));
}

void FreezesApi::settings(QObject *context, Done<QList<EnvironmentSetting>> done)
{
    fetchItems<EnvironmentSetting>(m_client, m_project + QStringLiteral("environment-settings"), {}, context,
                                   std::move(done));
}

void FreezesApi::putSetting(const EnvironmentSettingFields &fields, QObject *context, Done<EnvironmentSetting> done)
{
    sendForOne<EnvironmentSetting>(m_client, "PUT", m_project + QStringLiteral("environment-settings"), fields.toJson(),
                                   context, std::move(done), "an environment setting");
}

void FreezesApi::removeSetting(qint64 id, QObject *context, Done<shared::Done> done)
{
    sendForNothing(m_client, "DELETE", m_project + QStringLiteral("environment-settings/%1").arg(id), context,
                   std::move(done));
}

} // namespace adp::shared
