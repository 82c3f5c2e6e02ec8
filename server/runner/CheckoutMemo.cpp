#include "CheckoutMemo.h"

namespace adp::server::runner {

namespace {
QString keyOf(const QString &mirror, const QString &sha)
{
    return mirror + u'\n' + sha;
}
} // namespace

std::shared_ptr<const CheckoutSnapshot> CheckoutMemo::find(const QString &mirror, const QString &sha) const
{
    const QMutexLocker lock(&m_mutex);
    return m_snapshots.value(keyOf(mirror, sha));
}

void CheckoutMemo::remember(const QString &mirror, const QString &sha, CheckoutSnapshot snapshot)
{
    const qsizetype bytes = snapshot.bytes();
    const QMutexLocker lock(&m_mutex);
    if (bytes > m_maxBytes || m_snapshots.contains(keyOf(mirror, sha)))
        return;
    if (m_bytes + bytes > m_maxBytes) {
        m_snapshots.clear();
        m_bytes = 0;
    }
    m_snapshots.insert(keyOf(mirror, sha), std::make_shared<const CheckoutSnapshot>(std::move(snapshot)));
    m_bytes += bytes;
}

CheckoutSnapshot::Limits CheckoutMemo::limits() const
{
    CheckoutSnapshot::Limits limits;
    limits.maxBytes = m_maxBytes / 8;
    limits.maxFiles = std::min<qsizetype>(limits.maxFiles, m_maxBytes / 1024);
    return limits;
}

} // namespace adp::server::runner
