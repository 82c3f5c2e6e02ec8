#include "DeployFreezesController.h"

#include "http/CollectionRoutes.h"

namespace adp::server::deployments {

using http::HttpResponse;
using http::Method;
using http::Request;

namespace {
const QString kProject = QStringLiteral("project");
constexpr qint64 kMaxBody = 4 * 1024;
} // namespace

void DeployFreezesController::registerRoutes(http::Router &router)
{
    http::addCollectionRoutes(router, QStringLiteral("/api/v1/projects/{project}/freeze-windows"),
                              QStringLiteral("freeze_window"),
                              {QStringLiteral("freeze_window.list"), QStringLiteral("freeze_window.create"),
                               QStringLiteral("freeze_window.delete")},
                              m_freezes, &DeployFreezeService::windows, &DeployFreezeService::createWindow,
                              &DeployFreezeService::removeWindow, kMaxBody);

    const QString settings = QStringLiteral("/api/v1/projects/{project}/environment-settings");
    router.add(Method::Get, settings, QStringLiteral("environment.setting.list"), [this](Request &request) {
        return http::respond(m_freezes.settings(request.mutation(), request.param(kProject)),
                             http::itemsResponse<shared::EnvironmentSetting>);
    });
    router.add(Method::Put, settings, QStringLiteral("environment.setting.set"),
               [this](Request &request) {
                   auto fields = http::readFields<shared::EnvironmentSettingFields>(request.raw);
                   if (auto *response = std::get_if<HttpResponse>(&fields))
                       return *response;
                   return http::respond(m_freezes.putSetting(request.mutation(), request.param(kProject),
                                                             std::get<shared::EnvironmentSettingFields>(fields)),
                                        http::ok<shared::EnvironmentSetting>);
               },
               {kMaxBody, false});
    router.add(Method::Delete, settings + QStringLiteral("/{environment_setting}"),
               QStringLiteral("environment.setting.delete"), [this](Request &request) {
                   return http::respond(m_freezes.removeSetting(request.mutation(), request.param(kProject),
                                                                request.idParam(QStringLiteral("environment_setting"))),
                                        http::noContent);
               });

    router.add(Method::Post, QStringLiteral("/api/v1/projects/{project}/deployments/{deployment}/override-freeze"),
               QStringLiteral("deployment.freeze_override"), [this](Request &request) {
                   return http::respond(m_holds.overrideFreeze(request.mutation(), request.param(kProject),
                                                               request.idParam(QStringLiteral("deployment"))),
                                        http::ok<shared::Deployment>);
               });
}

} // namespace adp::server::deployments
