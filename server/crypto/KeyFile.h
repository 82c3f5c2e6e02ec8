#pragma once

#include <QByteArray>
#include <QString>

namespace adp::server::crypto {

// A server key kept in a file of its own (base64, mode 0600), outside the
// database it protects: read when present, created with `size` random bytes
// when absent. Throws std::runtime_error when it can do neither or the file
// holds a key of another size.
QByteArray loadOrCreateKey(const QString &path, int size, const char *purpose);

} // namespace adp::server::crypto
