#pragma once

#include <QByteArray>
#include <QHash>
#include <optional>

namespace adp::test {

// HTTP/1.1 as the test peers speak it (FakeHttpServer, the fake Kubernetes API): one request read
// off a connection's bytes, and the reason phrase of a status line.
struct HttpWireRequest
{
    QByteArray method;
    QByteArray target;                     // path and query as sent
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// The complete request at the start of `buffer` (Content-Length bodies) and how many bytes it
// took, or nullopt while it has not all arrived.
std::optional<std::pair<HttpWireRequest, qsizetype>> readHttpRequest(const QByteArray &buffer);
QByteArray httpReasonPhrase(int status);

} // namespace adp::test
