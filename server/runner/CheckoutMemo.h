#pragma once

#include "CheckoutSnapshot.h"

#include <QHash>
#include <QMutex>
#include <memory>

namespace adp::server::runner {

// Commits this process checked out, by mirror and commit id, to write into the next workspace at
// the same commit without git: the jobs of a pipeline, a retried job, another pipeline on a commit
// seen before. In memory only and bounded: past `maxBytes` it starts again empty.
class CheckoutMemo
{
public:
    explicit CheckoutMemo(qsizetype maxBytes = 16 * 1024 * 1024)
        : m_maxBytes(maxBytes)
    {
    }

    std::shared_ptr<const CheckoutSnapshot> find(const QString &mirror, const QString &sha) const;
    void remember(const QString &mirror, const QString &sha, CheckoutSnapshot snapshot);
    // How large a snapshot may be: an eighth of the budget, so that one never fills it.
    CheckoutSnapshot::Limits limits() const;

private:
    const qsizetype m_maxBytes;
    mutable QMutex m_mutex;
    QHash<QString, std::shared_ptr<const CheckoutSnapshot>> m_snapshots; // "<mirror>\n<sha>"
    qsizetype m_bytes = 0;
};

} // namespace adp::server::runner
