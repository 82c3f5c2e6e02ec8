#pragma once

#include "JsonBody.h"
#include "Request.h"
#include "Router.h"

namespace adp::server::http {

// The three routes of a list a project (or an organisation) keeps (rules, protected refs, freeze
// windows, clusters): GET and POST at `path` (/api/v1/projects/{project}/<plural>), DELETE at
// `path`/{`idParam`}. The service's three member functions take the caller, the owner's key (the
// path's {`ownerParam`}) and a body or an id.
struct CollectionActions
{
    QString list;
    QString create;
    QString remove;
};

template <typename T, typename Fields, typename Service>
void addCollectionRoutes(Router &router, const QString &path, const QString &idParam, const CollectionActions &actions,
                         Service &service, Outcome<QList<T>> (Service::*list)(const MutationContext &, const QString &),
                         Outcome<T> (Service::*create)(const MutationContext &, const QString &, const Fields &),
                         Outcome<Unit> (Service::*remove)(const MutationContext &, const QString &, qint64),
                         qint64 maxBodyBytes, const QString &ownerParam = QStringLiteral("project"))
{
    const QString owner = ownerParam;
    router.add(Method::Get, path, actions.list, [&service, list, owner](Request &request) {
        return respond((service.*list)(request.mutation(), request.param(owner)), itemsResponse<T>);
    });
    router.add(Method::Post, path, actions.create,
               [&service, create, owner](Request &request) {
                   auto fields = readFields<Fields>(request.raw);
                   if (auto *response = std::get_if<HttpResponse>(&fields))
                       return *response;
                   return respond((service.*create)(request.mutation(), request.param(owner), std::get<Fields>(fields)),
                                  created<T>);
               },
               {maxBodyBytes, false});
    router.add(Method::Delete, path + QStringLiteral("/{%1}").arg(idParam), actions.remove,
               [&service, remove, idParam, owner](Request &request) {
                   return respond((service.*remove)(request.mutation(), request.param(owner), request.idParam(idParam)),
                                  noContent);
               });
}

} // namespace adp::server::http
