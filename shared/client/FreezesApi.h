#pragma once

#include "ApiClient.h"
#include "shared/core/FreezeWindow.h"

namespace adp::shared {

// /api/v1/projects/{project}/freeze-windows and /environment-settings.
class FreezesApi
{
public:
    FreezesApi(ApiClient &client, const QString &project);

    template <typename T> using Done = std::function<void(const ApiResult<T> &)>;

    void windows(QObject *context, Done<QList<FreezeWindow>> done);
    void createWindow(const FreezeWindowFields &fields, QObject *context, Done<FreezeWindow> done);
    void removeWindow(qint64 id, QObject *context, Done<shared::Done> done);

    void settings(QObject *context, Done<QList<EnvironmentSetting>> done);
    // Creates or changes the setting of one environment name or wildcard.
    void putSetting(const EnvironmentSettingFields &fields, QObject *context, Done<EnvironmentSetting> done);
    void removeSetting(qint64 id, QObject *context, Done<shared::Done> done);

private:
    ApiClient &m_client;
    QString m_project; // /api/v1/projects/{project}/
};

} // namespace adp::shared
