#pragma once

#include "CostLedger.h"
#include "access/Authorizer.h"
#include "core/ServiceError.h"

#include <functional>

namespace adp::server::costs {

// An organisation's costs as a file, written while it is sent: `csv` sums each day by project,
// environment, team, provider, service and category (for spreadsheets: text that looks like a
// formula is neutralised); `focus` gives every bill line in FOCUS 1.0's
// columns (with x_Project, x_Environment and x_Team), which the importer reads back. Members
// may export (cost.read).
class CostExporter
{
public:
    struct Plan
    {
        qint64 organisationId = 0;
        QString currency;
        shared::costs::CostQuery query;
        bool focus = false;
    };
    using Sink = std::function<bool(QByteArray piece)>; // false: nobody reads any more

    CostExporter(CostLedger &ledger, const access::Authorizer &authorizer)
        : m_ledger(ledger)
        , m_authorizer(authorizer)
    {
    }

    Outcome<Plan> begin(const MutationContext &context, const QString &organisation,
                        const shared::costs::CostQuery &query, const QString &format,
                        const shared::FieldErrors &invalid);
    void write(const Plan &plan, const Sink &sink);

private:
    void writeFocus(const Plan &plan, const Sink &sink);
    void writeDaily(const Plan &plan, const Sink &sink);

    CostLedger &m_ledger;
    const access::Authorizer &m_authorizer;
};

} // namespace adp::server::costs
