#pragma once

#include "CostAttribution.h"
#include "shared/costs/FocusReader.h"
#include "storage/Transaction.h"

#include <QIODevice>
#include <QStringList>
#include <variant>

namespace adp::server::costs {

// Streams a FOCUS export into the lines of one cost import, inside the caller's transaction: the
// rows go in batches (COPY on PostgreSQL), so memory stays the same whatever the file's size, and
// the file's digest, providers, billing periods and totals are gathered on the way. Stops at the
// file's first error; the caller then rolls the transaction back and nothing of it stays.
class FocusImporter
{
public:
    static constexpr int kBatchRows = 8192;

    struct Summary
    {
        qint64 lines = 0;
        qint64 billedNanos = 0;
        qint64 effectiveNanos = 0;
        QString currency;
        QStringList providers; // sorted
        QDateTime periodStart;
        QDateTime periodEnd;
        QString sha256;
    };

    // New kinds of line are attributed by `attribution` (the organisation's rules) as they come.
    static std::variant<Summary, shared::costs::FocusError> import(storage::Transaction &tx, qint64 importId,
                                                                   qint64 organisationId,
                                                                   const CostAttribution &attribution, QIODevice &in);
};

} // namespace adp::server::costs
