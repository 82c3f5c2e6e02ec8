#pragma once

#include "HttpResponse.h"
#include "core/ServiceError.h"

namespace adp::server::http {

// The one mapping from a service failure to an HTTP status and error code.
HttpResponse toHttpResponse(const ServiceError &error);

template <typename T, typename Render> HttpResponse respond(const Outcome<T> &outcome, Render &&render)
{
    if (!outcome.ok())
        return toHttpResponse(outcome.error());
    return render(outcome.value());
}

} // namespace adp::server::http
