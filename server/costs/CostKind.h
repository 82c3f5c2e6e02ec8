#pragma once

#include "CostAttribution.h"

#include <QByteArray>

namespace adp::server::costs {

// A kind of billing line: everything a line says but its resource, hour and money. Many lines
// share one (a bill repeats the same service, SKU and tags for every resource and hour), so the
// lines name it by `key` and attribution works on kinds, not lines.
struct CostKind
{
    qint64 key = 0;
    QByteArray category;
    QByteArray provider;
    QByteArray service;
    QByteArray serviceCategory;
    QByteArray region;
    QByteArray subAccount;
    QByteArray sku;
    QByteArray chargeClass;  // Correction, or empty
    QByteArray consumedUnit; // what the line's quantity counts (Hours, GB...), or empty
    QByteArray tags;         // compact JSON, empty when none
    Attribution attribution;

    // A 64-bit SipHash of the fields above: the same kind gets the same key in every import,
    // without asking the database.
    qint64 computeKey() const;
    KindFacts facts() const;
};

} // namespace adp::server::costs
