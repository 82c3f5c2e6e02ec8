#pragma once

#include "ApiClient.h"
#include "shared/core/ProjectVariable.h"

namespace adp::shared {

// /api/v1/projects/{project}/variables: a project's CI/CD variables (maintainers).
class VariablesApi
{
public:
    VariablesApi(ApiClient &client, const QString &project);

    void list(QObject *context, std::function<void(const ApiResult<QList<ProjectVariable>> &)> done);
    void set(const QString &key, const ProjectVariableFields &fields, QObject *context,
             std::function<void(const ApiResult<ProjectVariable> &)> done);
    // Removes the key's value for one environment scope (`*` by default).
    void remove(const QString &key, const QString &environmentScope, QObject *context,
                std::function<void(const ApiResult<Done> &)> done);

private:
    ApiClient &m_client;
    QString m_base;
};

} // namespace adp::shared
