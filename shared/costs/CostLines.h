#pragma once

#include "CostBreakdown.h"

#include <QDate>
#include <QJsonObject>
#include <optional>

namespace adp::shared::costs {

// One thing a cost is made of: a bill's line, a job's run, a cluster workload (or a cluster's idle
// capacity) over the period, or what a project kept or asked its models over the period.
struct CostLine
{
    QString source;      // bill, job, workload, idle, storage, ai
    QDate day;           // a bill line's or a run's day; invalid for what is summed over the period
    QString what;        // bill: service, SKU and resource; job: name #attempt; workload: cluster/namespace/kind:name
    QString project;     // slug; empty when unattributed
    QString environment; // project/name, or empty
    QString service;
    qint64 costNanos = 0;

    QJsonObject toJson() const;
    static std::optional<CostLine> fromJson(const QJsonObject &object);
};

// GET /api/v1/organisations/{o}/costs/lines: the breakdown's parameters (from, to, where, metric,
// currency) and `limit`: what the narrowed costs are made of, the costliest first.
struct CostLines
{
    static constexpr int kDefaultLimit = 200;
    static constexpr int kMaxLimit = 1000;

    QString organisation;
    QString currency;
    CostQuery query;
    int limit = kDefaultLimit;
    qint64 totalNanos = 0; // of every line found, shown or not
    int found = 0;
    QList<CostLine> lines;

    // `limit` from the query string (and the breakdown's own parameters without it).
    static int limitOf(QUrlQuery &query, FieldErrors &errors);
    bool truncated() const { return found > lines.size(); }
    QJsonObject toJson() const;
    static std::optional<CostLines> fromJson(const QJsonObject &object);
};

} // namespace adp::shared::costs
