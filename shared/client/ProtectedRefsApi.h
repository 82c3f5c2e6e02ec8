#pragma once

#include "ApiClient.h"
#include "shared/core/ProtectedRef.h"

namespace adp::shared {

// /api/v1/projects/{project}/protected-refs: a project's protected branches and tags.
class ProtectedRefsApi
{
public:
    ProtectedRefsApi(ApiClient &client, const QString &project);

    void list(QObject *context, std::function<void(const ApiResult<QList<ProtectedRef>> &)> done);
    void create(const ProtectedRefFields &fields, QObject *context,
                std::function<void(const ApiResult<ProtectedRef> &)> done);
    void remove(qint64 id, QObject *context, std::function<void(const ApiResult<Done> &)> done);

private:
    ApiClient &m_client;
    QString m_base;
};

} // namespace adp::shared
