#include "CostSavings.h"

#include "Money.h"
#include "shared/core/TextRules.h"

#include <QJsonArray>
#include <algorithm>

namespace adp::shared::costs {

namespace {
// Money over `days` as a month of 30 days.
qint64 monthly(qint64 nanos, int days)
{
    return days > 0 ? qint64(WideNanos(nanos) * 30 / days) : nanos;
}

qint64 shareOf(qint64 nanos, int percent)
{
    return qint64(WideNanos(nanos) * percent / 100);
}

double gigabytes(qint64 bytes)
{
    return double(qRound64(double(bytes) / 1e7)) / 100.0; // two decimals
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

SavingsQuery SavingsQuery::fromQuery(const QUrlQuery &query, FieldErrors &errors)
{
    SavingsQuery asked;
    const auto days = [&](const QString &key, int &into) {
        if (!query.hasQueryItem(key))
            return;
        bool numeric = false;
        into = query.queryItemValue(key).toInt(&numeric);
        if (!numeric || into < 1 || into > kMaxDays)
            errors.append(invalidField(key, QStringLiteral("must be a number of days from 1 to %1").arg(kMaxDays)));
    };
    asked.project = query.queryItemValue(QStringLiteral("project"), QUrl::FullyDecoded);
    days(QStringLiteral("idle_days"), asked.idleDays);
    days(QStringLiteral("stale_days"), asked.staleDays);
    asked.currency = query.queryItemValue(QStringLiteral("currency"), QUrl::FullyDecoded);
    if (!asked.currency.isEmpty() && !textrules::isCurrencyCode(asked.currency))
        errors.append(invalidField(QStringLiteral("currency"), QStringLiteral("must be an ISO 4217 code such as USD")));
    static const QStringList kKnown{QStringLiteral("project"), QStringLiteral("idle_days"),
                                    QStringLiteral("stale_days"), QStringLiteral("currency")};
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!kKnown.contains(key))
            errors.append({key, QString::fromLatin1(fieldcodes::UnknownField), QStringLiteral("is not a parameter")});
    }
    return asked;
}

QUrlQuery SavingsQuery::toQuery() const
{
    QUrlQuery query;
    if (!project.isEmpty())
        query.addQueryItem(QStringLiteral("project"), QString::fromUtf8(QUrl::toPercentEncoding(project)));
    query.addQueryItem(QStringLiteral("idle_days"), QString::number(idleDays));
    query.addQueryItem(QStringLiteral("stale_days"), QString::number(staleDays));
    if (!currency.isEmpty())
        query.addQueryItem(QStringLiteral("currency"), currency);
    return query;
}

QJsonObject CostSaving::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("project"), project},
            {QStringLiteral("project_name"), projectName},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("monthly_cost"), decimalOfNanos(monthlyCostNanos)},
            {QStringLiteral("saving"), decimalOfNanos(savingNanos)},
            {QStringLiteral("basis"), basis},
            {QStringLiteral("figures"), figures},
            {QStringLiteral("message"), message}};
}

std::optional<CostSaving> CostSaving::fromJson(const QJsonObject &object)
{
    const auto cost = nanosOfDecimal(object.value(QStringLiteral("monthly_cost")).toString());
    const auto saving = nanosOfDecimal(object.value(QStringLiteral("saving")).toString());
    if (!cost || !saving || !object.value(QStringLiteral("kind")).isString())
        return std::nullopt;
    CostSaving item;
    item.kind = object.value(QStringLiteral("kind")).toString();
    item.project = object.value(QStringLiteral("project")).toString();
    item.projectName = object.value(QStringLiteral("project_name")).toString();
    item.subject = object.value(QStringLiteral("subject")).toString();
    item.monthlyCostNanos = *cost;
    item.savingNanos = *saving;
    item.basis = object.value(QStringLiteral("basis")).toString();
    item.figures = object.value(QStringLiteral("figures")).toObject();
    item.message = object.value(QStringLiteral("message")).toString();
    return item;
}

QJsonObject CostSavings::toJson() const
{
    QJsonArray list;
    for (const CostSaving &item : items)
        list.append(item.toJson());
    return {{QStringLiteral("organisation"), organisation},
            {QStringLiteral("project"), project.isEmpty() ? QJsonValue() : QJsonValue(project)},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("from"), dateOrNull(from)},
            {QStringLiteral("to"), dateOrNull(to)},
            {QStringLiteral("idle_days"), idleDays},
            {QStringLiteral("stale_days"), staleDays},
            {QStringLiteral("total_saving"), decimalOfNanos(totalSavingNanos)},
            {QStringLiteral("items"), list},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

std::optional<CostSavings> CostSavings::fromJson(const QJsonObject &object)
{
    const auto total = nanosOfDecimal(object.value(QStringLiteral("total_saving")).toString());
    if (!total)
        return std::nullopt;
    CostSavings savings;
    savings.organisation = object.value(QStringLiteral("organisation")).toString();
    savings.project = object.value(QStringLiteral("project")).toString();
    savings.currency = object.value(QStringLiteral("currency")).toString();
    savings.from = QDate::fromString(object.value(QStringLiteral("from")).toString(), Qt::ISODate);
    savings.to = QDate::fromString(object.value(QStringLiteral("to")).toString(), Qt::ISODate);
    savings.idleDays = object.value(QStringLiteral("idle_days")).toInt();
    savings.staleDays = object.value(QStringLiteral("stale_days")).toInt();
    savings.totalSavingNanos = *total;
    for (const QJsonValue &value : object.value(QStringLiteral("items")).toArray()) {
        const auto item = CostSaving::fromJson(value.toObject());
        if (!item)
            return std::nullopt;
        savings.items.append(*item);
    }
    for (const QJsonValue &note : object.value(QStringLiteral("notes")).toArray())
        savings.notes.append(note.toString());
    return savings;
}

QList<CostSaving> SavingsAdvisor::advise(const SavingsFacts &facts)
{
    QList<CostSaving> found;
    const auto add = [&](CostSaving saving) {
        if (saving.savingNanos <= 0)
            return;
        saving.message = messageOf(saving);
        found.append(std::move(saving));
    };
    const qint64 idleSince = facts.nowMs - qint64(facts.idleDays) * kDayMs;
    for (const auto &environment : facts.environments) {
        const qint64 lastActivity = environment.lastDeployedMs > 0 ? environment.lastDeployedMs : environment.createdMs;
        if (environment.stopped || lastActivity > idleSince)
            continue;
        const qint64 cost = monthly(environment.costNanos, facts.windowDays);
        const int idleFor = int((facts.nowMs - lastActivity) / kDayMs);
        add({QStringLiteral("idle_environment"),
             environment.project,
             environment.projectName,
             environment.name,
             cost,
             cost,
             QStringLiteral("measured"),
             {{QStringLiteral("days_since_deployment"), idleFor},
              {QStringLiteral("never_deployed"), environment.lastDeployedMs == 0},
              {QStringLiteral("window_days"), facts.windowDays}},
             {}});
    }
    for (const auto &job : facts.jobs) {
        const qint64 cost = monthly(job.costNanos, facts.windowDays);
        const QJsonObject runs{{QStringLiteral("runs"), job.runs},
                               {QStringLiteral("minutes"), double(qRound64(double(job.runMs) / 6000.0)) / 10.0},
                               {QStringLiteral("window_days"), facts.windowDays}};
        const auto addJob = [&](const char *kind, qint64 saving, const char *basis, const char *figure, int value) {
            QJsonObject figures = runs;
            figures.insert(QLatin1String(figure), value);
            add({QLatin1String(kind),
                 job.project,
                 job.projectName,
                 job.name,
                 cost,
                 saving,
                 QLatin1String(basis),
                 figures,
                 {}});
        };
        if (job.retries > 0)
            addJob("retried_job", monthly(job.retryCostNanos, facts.windowDays), "measured", "retries", job.retries);
        if (job.uncached)
            addJob("uncached_job", shareOf(cost, kUncachedSharePercent), "assumed", "assumed_share",
                   kUncachedSharePercent);
        if (job.skippable)
            addJob("skippable_job", shareOf(cost, kSkippableSharePercent), "assumed", "assumed_share",
                   kSkippableSharePercent);
    }
    for (const auto &stored : facts.stored) {
        // Bytes kept for a month at the price of a GB-month.
        const qint64 cost = qint64(WideNanos(stored.staleBytes) * stored.pricePerGbMonthNanos / 1'000'000'000);
        add({stored.meter == u"storage.caches" ? QStringLiteral("stale_caches") : QStringLiteral("stale_artifacts"),
             stored.project,
             stored.projectName,
             {},
             cost,
             cost,
             QStringLiteral("measured"),
             {{QStringLiteral("files"), stored.staleCount},
              {QStringLiteral("gigabytes"), gigabytes(stored.staleBytes)},
              {QStringLiteral("stale_days"), facts.staleDays}},
             {}});
    }
    for (const auto &workload : facts.workloads) {
        if (workload.samples < kMinimumSamples)
            continue;
        // A month of 30 days of what the pods reserve, at the node prices.
        constexpr qint64 kMonthHours = 30 * 24;
        const auto monthlyOf = [&](qint64 perPod, qint64 hourNanos, int perUnit) {
            return qint64(WideNanos(perPod) * qRound64(workload.pods * 1000) * kMonthHours * hourNanos / perUnit /
                          1000);
        };
        const auto advised = [](qint64 p95) { return p95 + (p95 * kHeadroomPercent + 99) / 100; };
        const qint64 cpuAdvised = std::min(workload.cpuRequestMcores, advised(workload.cpuP95Mcores));
        const qint64 memoryAdvised = std::min(workload.memoryRequestMib, advised(workload.memoryP95Mib));
        const qint64 cost = monthlyOf(workload.cpuRequestMcores, workload.cpuHourNanos, 1000) +
                            monthlyOf(workload.memoryRequestMib, workload.memoryHourNanos, 1024);
        const qint64 saving = monthlyOf(workload.cpuRequestMcores - cpuAdvised, workload.cpuHourNanos, 1000) +
                              monthlyOf(workload.memoryRequestMib - memoryAdvised, workload.memoryHourNanos, 1024);
        add({QStringLiteral("over_requested_workload"),
             workload.project,
             workload.projectName,
             workload.name,
             cost,
             saving,
             QStringLiteral("measured"),
             {{QStringLiteral("cpu_request_millicores"), workload.cpuRequestMcores},
              {QStringLiteral("cpu_p95_millicores"), workload.cpuP95Mcores},
              {QStringLiteral("cpu_advised_millicores"), cpuAdvised},
              {QStringLiteral("memory_request_mib"), workload.memoryRequestMib},
              {QStringLiteral("memory_p95_mib"), workload.memoryP95Mib},
              {QStringLiteral("memory_advised_mib"), memoryAdvised},
              {QStringLiteral("pods"), double(qRound64(workload.pods * 10)) / 10.0},
              {QStringLiteral("samples"), workload.samples},
              {QStringLiteral("sample_days"), workload.sampleDays}},
             {}});
    }
    // The largest first; ties in a stable order, so the same facts give the same list.
    std::stable_sort(found.begin(), found.end(), [](const CostSaving &a, const CostSaving &b) {
        if (a.savingNanos != b.savingNanos)
            return a.savingNanos > b.savingNanos;
        return std::tie(a.project, a.kind, a.subject) < std::tie(b.project, b.kind, b.subject);
    });
    return found;
}

QString SavingsAdvisor::messageOf(const CostSaving &saving)
{
    const QJsonObject &f = saving.figures;
    const auto number = [&f](const char *key) { return f.value(QLatin1String(key)).toVariant().toString(); };
    if (saving.kind == u"idle_environment")
        return (f.value(QStringLiteral("never_deployed")).toBool()
                    ? tr("%1 in %2 was never deployed to in %3 days and still costs this much a month (what the last "
                         "%4 days cost): stop it, or let it auto-stop.")
                    : tr("%1 in %2 has had no deployment for %3 days and still costs this much a month (what the last "
                         "%4 days cost): stop it, or let it auto-stop."))
            .arg(saving.subject, saving.projectName, number("days_since_deployment"), number("window_days"));
    if (saving.kind == u"retried_job")
        return tr("%1 in %2 was retried %3 time(s) in %4 runs over %5 days: what the retries cost is saved by fixing "
                  "why it fails.")
            .arg(saving.subject, saving.projectName, number("retries"), number("runs"), number("window_days"));
    if (saving.kind == u"uncached_job")
        return tr("%1 in %2 installs dependencies with no cache (%3 runs, %4 minutes over %5 days): a cache: keyed "
                  "on the lock file; the saving assumes %6% of its cost.")
            .arg(saving.subject, saving.projectName, number("runs"), number("minutes"), number("window_days"),
                 number("assumed_share"));
    if (saving.kind == u"skippable_job")
        return tr("%1 in %2 is slow and runs in every pipeline (%3 runs, %4 minutes over %5 days): rules: changes "
                  "would skip it when nothing it checks changed; the saving assumes %6% of its cost.")
            .arg(saving.subject, saving.projectName, number("runs"), number("minutes"), number("window_days"),
                 number("assumed_share"));
    if (saving.kind == u"stale_artifacts")
        return tr("%1 keeps %2 GB of artifacts in %3 file(s) older than %4 days that never expire: set "
                  "artifacts: expire_in, or delete them.")
            .arg(saving.projectName, number("gigabytes"), number("files"), number("stale_days"));
    if (saving.kind == u"stale_caches")
        return tr("%1 keeps %2 GB of caches in %3 key(s) no job has saved for %4 days: delete the ones no job restores.")
            .arg(saving.projectName, number("gigabytes"), number("files"), number("stale_days"));
    if (saving.kind == u"over_requested_workload")
        return tr("%1 in %2 requests %3m CPU and %4 MiB per pod; the 95th percentile of what its pods used over "
                  "%5 day(s) is %6m and %7 MiB: requests of %8m and %9 MiB leave %10% headroom.")
            .arg(saving.subject, saving.projectName, number("cpu_request_millicores"), number("memory_request_mib"),
                 number("sample_days"), number("cpu_p95_millicores"), number("memory_p95_mib"),
                 number("cpu_advised_millicores"), number("memory_advised_mib"))
            .arg(kHeadroomPercent);
    return saving.subject;
}

} // namespace adp::shared::costs
