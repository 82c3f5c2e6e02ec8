#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace adp::server::crypto {

// A server key kept in a file of its own (base64, mode 0600), outside the
// database it protects: read when present, created with `size` random bytes
// when absent. Throws std::runtime_error when it can do neither or the file
// holds a key of another size.
QByteArray loadOrCreateKey(const QString &path, int size, const char *purpose);

// The same for a key ring: one base64 key per line, the current key first and
// keys it replaces after it (what was sealed with them still opens).
QList<QByteArray> loadOrCreateKeyRing(const QString &path, int size, const char *purpose);
// Replaces the file at once (written aside, then renamed; mode 0600 from the first byte).
void writeKeyRing(const QString &path, const QList<QByteArray> &keys, const char *purpose);
QByteArray randomKey(int size);

} // namespace adp::server::crypto
