#include "ServiceErrorMapping.h"

#include "shared/core/ErrorCodes.h"

namespace adp::server::http {

namespace errorcodes = shared::errorcodes;

HttpResponse toHttpResponse(const ServiceError &error)
{
    switch (error.kind) {
    case ServiceError::Kind::Validation:
        return HttpResponse::fieldErrors(422, errorcodes::ValidationFailed, error.message, error.fields);
    case ServiceError::Kind::NotFound:
        return HttpResponse::error(404, errorcodes::NotFound, error.message);
    case ServiceError::Kind::Conflict:
        return HttpResponse::fieldErrors(409, errorcodes::Conflict, error.message, error.fields);
    case ServiceError::Kind::Unauthenticated:
        return HttpResponse::error(401, errorcodes::Unauthenticated, error.message);
    case ServiceError::Kind::Forbidden:
        return HttpResponse::error(403, errorcodes::Forbidden, error.message);
    case ServiceError::Kind::RateLimited: {
        HttpResponse response = HttpResponse::error(429, errorcodes::RateLimited, error.message,
                                                    {{QStringLiteral("retry_after_seconds"), error.retryAfterSeconds}});
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(error.retryAfterSeconds)});
        return response;
    }
    case ServiceError::Kind::Unavailable:
        return HttpResponse::error(503, errorcodes::Unavailable, error.message);
    }
    return HttpResponse::error(500, errorcodes::Internal, error.message);
}

} // namespace adp::server::http
