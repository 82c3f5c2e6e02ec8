#pragma once

#include "CostKind.h"
#include "storage/Transaction.h"

namespace adp::server::costs {

// The cost_kinds table: the kinds of billing line an organisation's bills hold, attributed.
class CostKindRepository
{
public:
    // Those not stored yet are added (a kind of an earlier import stays as it was).
    static void insertNew(storage::Transaction &tx, qint64 organisationId, const QList<CostKind> &kinds);
    static QList<CostKind> all(storage::Transaction &tx, qint64 organisationId);
    static void attribute(storage::Transaction &tx, qint64 organisationId, const QList<CostKind> &kinds);
};

} // namespace adp::server::costs
