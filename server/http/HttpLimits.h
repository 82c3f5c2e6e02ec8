#pragma once

#include <QtGlobal>

namespace adp::server::http {

// What one client may make the server hold, and for how long. Bodies are
// limited per route (RouteOptions::maxBodyBytes) and checked against the
// declared length before a byte of the body is read.
struct HttpLimits
{
    int maxRequestLineBytes = 8 * 1024;
    int maxHeaderBytes = 32 * 1024; // the request line and every header together
    int maxHeaderCount = 100;
    int headerTimeoutMs = 10 * 1000;    // from a request's first byte to its last header
    int bodyIdleTimeoutMs = 30 * 1000;  // between two pieces of a body
    int keepAliveTimeoutMs = 60 * 1000; // an open connection with no request
    int maxConnectionsPerAddress = 256;
};

} // namespace adp::server::http
