#pragma once

#include "shared/core/FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>
#include <optional>

namespace adp::shared::costs {

// What a savings question asks: ?project=P&idle_days=N&stale_days=N&currency=C, all optional.
struct SavingsQuery
{
    static constexpr int kMaxDays = 366;
    QString project;    // slug or id; empty: the whole organisation
    int idleDays = 14;  // an environment with no deployment for this long is idle
    int staleDays = 30; // artifacts and caches untouched for this long are stale
    QString currency;   // empty: the organisation's newest

    static SavingsQuery fromQuery(const QUrlQuery &query, FieldErrors &errors); // errors name the parameter
    QUrlQuery toQuery() const;
};

// One way to spend less, with what it would save a month and how that was estimated.
struct CostSaving
{
    // idle_environment, retried_job, uncached_job, skippable_job, stale_artifacts, stale_caches,
    // over_requested_workload
    QString kind;
    QString project; // slug
    QString projectName;
    QString subject;             // the environment's or job's name; empty for a project's files
    qint64 monthlyCostNanos = 0; // what it costs a month now
    qint64 savingNanos = 0;      // what the change would save a month
    QString basis;               // measured (from what it cost) or assumed (a share stated in figures)
    QJsonObject figures;
    QString message; // in words, from the figures (SavingsAdvisor::messageOf)

    QJsonObject toJson() const;
    static std::optional<CostSaving> fromJson(const QJsonObject &object);
};

// GET /api/v1/organisations/{o}/costs/savings: the organisation's (or one project's) savings, the
// largest first, over the last 30 days (today among them).
struct CostSavings
{
    QString organisation;
    QString project; // empty: all of the organisation's
    QString currency;
    QDate from; // the window looked at: [from, to)
    QDate to;
    int idleDays = 0;
    int staleDays = 0;
    qint64 totalSavingNanos = 0;
    QList<CostSaving> items;
    QStringList notes; // what could not be weighed, and why

    QJsonObject toJson() const;
    static std::optional<CostSavings> fromJson(const QJsonObject &object);
};

// What the advisor weighs, gathered by the server over the window (money in `currency`).
struct SavingsFacts
{
    struct Environment
    {
        QString project;
        QString projectName;
        QString name;
        qint64 costNanos = 0;      // attributed to it over the window: jobs and bill lines
        qint64 lastDeployedMs = 0; // 0: never deployed
        qint64 createdMs = 0;
        bool stopped = false;
    };
    struct Job
    {
        QString project;
        QString projectName;
        QString name;
        qint64 costNanos = 0; // every run over the window
        qint64 retryCostNanos = 0;
        int runs = 0;
        int retries = 0;
        qint64 runMs = 0;
        bool uncached = false;  // installs dependencies with no cache (PipelineAdvisor)
        bool skippable = false; // slow and in every pipeline (PipelineAdvisor)
    };
    struct Stored
    {
        QString project;
        QString projectName;
        QString meter; // storage.artifacts or storage.caches
        qint64 staleBytes = 0;
        int staleCount = 0;
        qint64 pricePerGbMonthNanos = 0;
    };

    // A cluster workload's requests per pod against the p95 of its pods' usage (metrics.k8s.io),
    // over the samples of the last days, and the cluster's node prices.
    struct Workload
    {
        QString project; // where its namespace is attributed
        QString projectName;
        QString name; // cluster/namespace/kind:controller
        int samples = 0;
        int sampleDays = 0;
        double pods = 0;             // on average
        qint64 cpuRequestMcores = 0; // per pod, as it is now
        qint64 cpuP95Mcores = 0;
        qint64 memoryRequestMib = 0;
        qint64 memoryP95Mib = 0;
        qint64 cpuHourNanos = 0;    // cluster.cpu, per CPU-hour
        qint64 memoryHourNanos = 0; // cluster.memory, per GiB-hour
    };

    qint64 nowMs = 0;
    int windowDays = 30;
    int idleDays = 14;
    int staleDays = 30;
    QList<Environment> environments;
    QList<Job> jobs;
    QList<Stored> stored;
    QList<Workload> workloads;
};

// Ways to spend less, deterministic from the facts: an environment no one deployed to for
// `idleDays` that still costs; what retried runs cost; jobs that install with no cache or run in
// every pipeline; artifacts and caches untouched for `staleDays`. Each saving says whether it was
// measured or rests on a stated share.
class SavingsAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(SavingsAdvisor)

public:
    static constexpr int kUncachedSharePercent = 30;  // of an installing job, what a warm cache saves
    static constexpr int kSkippableSharePercent = 50; // of an every-pipeline job, what rules: changes skips
    static constexpr int kHeadroomPercent = 20;       // a request advised above the p95 of usage
    static constexpr int kMinimumSamples = 12;        // an hour of samples before a request is judged

    static QList<CostSaving> advise(const SavingsFacts &facts);
    static QString messageOf(const CostSaving &saving); // in the caller's language
};

} // namespace adp::shared::costs
