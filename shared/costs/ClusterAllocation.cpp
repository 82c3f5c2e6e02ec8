#include "ClusterAllocation.h"

#include "Money.h"
#include "shared/core/TextRules.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <numeric>

namespace adp::shared::costs {

namespace {
constexpr double kHourMs = 3'600'000.0;

std::optional<QDate> dayOf(const QString &text)
{
    // QDate reads the date at the front of a longer text: only a bare date is one.
    const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (date.isValid())
        return date;
    const QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!moment.isValid())
        return std::nullopt;
    const QDateTime utc = moment.toUTC();
    if (utc.time() != QTime(0, 0))
        return std::nullopt; // usage is kept by day: a window starts and ends at midnight UTC
    return utc.date();
}

// The window's days [from, to), or an error in words.
std::optional<std::pair<QDate, QDate>> windowOf(const QString &window, const QDate &today, QString &error)
{
    const QDate tomorrow = today.addDays(1);
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate firstOfMonth(today.year(), today.month(), 1);
    if (window == u"today")
        return std::pair{today, tomorrow};
    if (window == u"yesterday")
        return std::pair{today.addDays(-1), today};
    if (window == u"week")
        return std::pair{monday, tomorrow};
    if (window == u"month")
        return std::pair{firstOfMonth, tomorrow};
    if (window == u"lastweek")
        return std::pair{monday.addDays(-7), monday};
    if (window == u"lastmonth")
        return std::pair{firstOfMonth.addMonths(-1), firstOfMonth};
    static const QRegularExpression days(QStringLiteral("^([0-9]{1,3})d$"));
    if (const auto match = days.match(window); match.hasMatch()) {
        const int count = match.captured(1).toInt();
        if (count >= 1 && count <= AllocationQuery::kMaxDays)
            return std::pair{today.addDays(1 - count), tomorrow};
    }
    const QStringList pair = window.split(u',');
    if (pair.size() == 2) {
        const auto from = dayOf(pair.at(0).trimmed());
        const auto to = dayOf(pair.at(1).trimmed());
        if (from && to && *from < *to && from->daysTo(*to) <= AllocationQuery::kMaxDays)
            return std::pair{*from, *to};
    }
    error = QStringLiteral("must be today, yesterday, week, month, lastweek, lastmonth, a number of days such as 7d "
                           "(1 to %1), or FROM,TO as dates or midnights UTC at most %1 days apart")
                .arg(AllocationQuery::kMaxDays);
    return std::nullopt;
}

std::optional<bool> booleanOf(const QString &text)
{
    if (text == u"true" || text == u"1")
        return true;
    if (text == u"false" || text == u"0")
        return false;
    return std::nullopt;
}

// `amount` split by `weights` (equally when they are all 0), the remainder of rounding down given
// to the largest remainders: the parts always add up to `amount`.
QList<qint64> split(qint64 amount, const QList<qint64> &weights)
{
    QList<qint64> parts(weights.size(), 0);
    if (weights.isEmpty())
        return parts;
    const WideNanos total =
        std::accumulate(weights.cbegin(), weights.cend(), WideNanos(0),
                        [](WideNanos sum, qint64 weight) { return sum + std::max<qint64>(weight, 0); });
    QList<std::pair<WideNanos, qsizetype>> remainders;
    qint64 given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const WideNanos weight = total > 0 ? WideNanos(std::max<qint64>(weights.at(i), 0)) : WideNanos(1);
        const WideNanos of = total > 0 ? total : WideNanos(weights.size());
        const WideNanos product = WideNanos(amount) * weight;
        parts[i] = qint64(product / of);
        remainders.append({product % of, i});
        given += parts[i];
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype i = 0; given < amount && i < remainders.size(); ++i, ++given)
        ++parts[remainders.at(i).second];
    return parts;
}

QString propertyOf(const QString &by, const WorkloadUsage &usage)
{
    if (by == u"cluster")
        return usage.cluster;
    if (by == u"namespace")
        return usage.namespaceName;
    if (by == u"controllerKind")
        return usage.controllerKind.isEmpty() ? QString::fromLatin1(Allocation::kUnallocated) : usage.controllerKind;
    if (by == u"controller")
        return usage.controllerKind.isEmpty() ? QString::fromLatin1(Allocation::kUnallocated) // a bare pod
                                              : QString(usage.controllerKind.toLower() + u':' + usage.controller);
    return usage.labels.value(by.mid(6), QLatin1String(Allocation::kUnallocated)); // label:KEY
}

// Idle of one cluster: what its nodes offered and its workloads did not take.
Allocation idleOf(const ClusterCapacity &capacity, const QList<WorkloadUsage> &workloads)
{
    Allocation idle;
    idle.name = QLatin1String(Allocation::kIdle);
    idle.properties.insert(QStringLiteral("cluster"), capacity.cluster);
    idle.observedMs = capacity.observedMs;
    qint64 cpuMcoreMs = capacity.cpuMcoreMs, memoryMibMs = capacity.memoryMibMs;
    qint64 cpuNanos = capacity.cpuNanos, memoryNanos = capacity.memoryNanos;
    for (const WorkloadUsage &usage : workloads) {
        if (usage.cluster != capacity.cluster)
            continue;
        cpuMcoreMs -= usage.cpuAllocatedMcoreMs;
        memoryMibMs -= usage.memoryAllocatedMibMs;
        cpuNanos -= usage.cpuNanos;
        memoryNanos -= usage.memoryNanos;
    }
    // Overcommitted (usage beyond what the nodes said they offer): nothing idle, never negative.
    idle.cpuAllocatedMcoreMs = std::max<qint64>(cpuMcoreMs, 0);
    idle.memoryAllocatedMibMs = std::max<qint64>(memoryMibMs, 0);
    idle.cpuNanos = std::max<qint64>(cpuNanos, 0);
    idle.memoryNanos = std::max<qint64>(memoryNanos, 0);
    return idle;
}

QJsonObject mapJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, QString> mapOf(const QJsonObject &object)
{
    QMap<QString, QString> map;
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

double hoursOf(qint64 quantityMs, double per)
{
    return double(quantityMs) / per / kHourMs;
}

double rounded(double value)
{
    return std::round(value * 1e6) / 1e6;
}
} // namespace

void ResourceTotals::addLater(const ResourceTotals &other)
{
    const qint64 longest = observedMs + other.observedMs;
    addAlongside(other);
    observedMs = longest;
}

void ResourceTotals::addAlongside(const ResourceTotals &other)
{
    observedMs = std::max(observedMs, other.observedMs);
    cpuRequestMcoreMs += other.cpuRequestMcoreMs;
    cpuUsageMcoreMs += other.cpuUsageMcoreMs;
    cpuAllocatedMcoreMs += other.cpuAllocatedMcoreMs;
    memoryRequestMibMs += other.memoryRequestMibMs;
    memoryUsageMibMs += other.memoryUsageMibMs;
    memoryAllocatedMibMs += other.memoryAllocatedMibMs;
    cpuNanos += other.cpuNanos;
    memoryNanos += other.memoryNanos;
}

AllocationQuery AllocationQuery::fromQuery(const QUrlQuery &query, const QDate &today, FieldErrors &errors)
{
    AllocationQuery asked;
    const auto text = [&](const char *key) { return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    if (query.hasQueryItem(QStringLiteral("window")))
        asked.window = text("window").trimmed();
    QString error;
    if (const auto window = windowOf(asked.window, today, error))
        std::tie(asked.from, asked.to) = *window;
    else
        errors.append(invalidField(QStringLiteral("window"), error));
    if (query.hasQueryItem(QStringLiteral("aggregate"))) {
        asked.aggregate = text("aggregate").split(u',', Qt::SkipEmptyParts);
        static const QStringList kProperties{QStringLiteral("cluster"), QStringLiteral("namespace"),
                                             QStringLiteral("controllerKind"), QStringLiteral("controller")};
        static const QRegularExpression label(QStringLiteral("^label:[A-Za-z0-9][A-Za-z0-9._/-]{0,252}$"));
        const bool known = std::all_of(asked.aggregate.cbegin(), asked.aggregate.cend(), [](const QString &by) {
            return kProperties.contains(by) || label.match(by).hasMatch();
        });
        if (asked.aggregate.isEmpty() || asked.aggregate.size() > 4 || !known)
            errors.append(invalidField(QStringLiteral("aggregate"),
                                       QStringLiteral("must be up to 4 of cluster, namespace, controllerKind, "
                                                      "controller and label:KEY, separated by commas")));
    }
    const auto flag = [&](const char *key, bool &into) {
        if (!query.hasQueryItem(QLatin1String(key)))
            return;
        if (const auto value = booleanOf(text(key)))
            into = *value;
        else
            errors.append(invalidField(QLatin1String(key), QStringLiteral("must be true or false")));
    };
    flag("idle", asked.idle);
    flag("shareIdle", asked.shareIdle);
    asked.shareNamespaces = text("shareNamespaces").split(u',', Qt::SkipEmptyParts);
    static const QRegularExpression dnsLabel(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
    if (!std::all_of(asked.shareNamespaces.cbegin(), asked.shareNamespaces.cend(),
                     [](const QString &name) { return dnsLabel.match(name).hasMatch(); }))
        errors.append(invalidField(QStringLiteral("shareNamespaces"), QStringLiteral("must be namespace names "
                                                                                     "separated by commas")));
    if (query.hasQueryItem(QStringLiteral("shareSplit")))
        asked.shareSplit = text("shareSplit");
    if (asked.shareSplit != u"weighted" && asked.shareSplit != u"even")
        errors.append(invalidField(QStringLiteral("shareSplit"), QStringLiteral("must be weighted or even")));
    asked.currency = text("currency");
    if (!asked.currency.isEmpty() && !textrules::isCurrencyCode(asked.currency))
        errors.append(invalidField(QStringLiteral("currency"), QStringLiteral("must be an ISO 4217 code such as USD")));
    static const QStringList kKnown{
        QStringLiteral("window"),    QStringLiteral("aggregate"),       QStringLiteral("idle"),
        QStringLiteral("shareIdle"), QStringLiteral("shareNamespaces"), QStringLiteral("shareSplit"),
        QStringLiteral("currency")};
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!kKnown.contains(key))
            errors.append({key, QString::fromLatin1(fieldcodes::UnknownField), QStringLiteral("is not a parameter")});
    }
    return asked;
}

QUrlQuery AllocationQuery::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("window"), QString::fromUtf8(QUrl::toPercentEncoding(window)));
    query.addQueryItem(QStringLiteral("aggregate"), QString::fromUtf8(QUrl::toPercentEncoding(aggregate.join(u','))));
    query.addQueryItem(QStringLiteral("idle"), idle ? QStringLiteral("true") : QStringLiteral("false"));
    query.addQueryItem(QStringLiteral("shareIdle"), shareIdle ? QStringLiteral("true") : QStringLiteral("false"));
    if (!shareNamespaces.isEmpty())
        query.addQueryItem(QStringLiteral("shareNamespaces"), shareNamespaces.join(u','));
    query.addQueryItem(QStringLiteral("shareSplit"), shareSplit);
    if (!currency.isEmpty())
        query.addQueryItem(QStringLiteral("currency"), currency);
    return query;
}

double Allocation::cpuEfficiency() const
{
    if (cpuRequestMcoreMs > 0)
        return double(cpuUsageMcoreMs) / double(cpuRequestMcoreMs);
    return cpuUsageMcoreMs > 0 ? 1.0 : 0.0;
}

double Allocation::memoryEfficiency() const
{
    if (memoryRequestMibMs > 0)
        return double(memoryUsageMibMs) / double(memoryRequestMibMs);
    return memoryUsageMibMs > 0 ? 1.0 : 0.0;
}

QJsonObject Allocation::toJson(const QDate &from, const QDate &to) const
{
    constexpr double kMib = 1024.0 * 1024.0;
    const double hours = double(observedMs) / kHourMs;
    const auto average = [&](qint64 quantityMs, double per) {
        return hours > 0 ? rounded(hoursOf(quantityMs, per) / hours) : 0.0;
    };
    const QString start = from.startOfDay(Qt::UTC).toString(Qt::ISODate);
    const QString end = to.startOfDay(Qt::UTC).toString(Qt::ISODate);
    const qint64 costNanos = cpuNanos + memoryNanos;
    const double efficiency =
        costNanos > 0
            ? (cpuEfficiency() * double(cpuNanos) + memoryEfficiency() * double(memoryNanos)) / double(costNanos)
            : 0.0;
    QJsonObject properties = mapJson(this->properties);
    if (!labels.isEmpty())
        properties.insert(QStringLiteral("labels"), mapJson(labels));
    return {{QStringLiteral("name"), name},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("window"), QJsonObject{{QStringLiteral("start"), start}, {QStringLiteral("end"), end}}},
            {QStringLiteral("start"), start},
            {QStringLiteral("end"), end},
            {QStringLiteral("minutes"), rounded(double(observedMs) / 60'000.0)},
            {QStringLiteral("cpuCores"), average(cpuAllocatedMcoreMs, 1000.0)},
            {QStringLiteral("cpuCoreRequestAverage"), average(cpuRequestMcoreMs, 1000.0)},
            {QStringLiteral("cpuCoreUsageAverage"), average(cpuUsageMcoreMs, 1000.0)},
            {QStringLiteral("cpuCoreHours"), rounded(hoursOf(cpuAllocatedMcoreMs, 1000.0))},
            {QStringLiteral("cpuCost"), decimalOfNanos(cpuNanos)},
            {QStringLiteral("cpuEfficiency"), rounded(cpuEfficiency())},
            {QStringLiteral("ramBytes"), rounded(average(memoryAllocatedMibMs, 1.0) * kMib)},
            {QStringLiteral("ramByteRequestAverage"), rounded(average(memoryRequestMibMs, 1.0) * kMib)},
            {QStringLiteral("ramByteUsageAverage"), rounded(average(memoryUsageMibMs, 1.0) * kMib)},
            {QStringLiteral("ramByteHours"), rounded(hoursOf(memoryAllocatedMibMs, 1.0) * kMib)},
            {QStringLiteral("ramCost"), decimalOfNanos(memoryNanos)},
            {QStringLiteral("ramEfficiency"), rounded(memoryEfficiency())},
            {QStringLiteral("sharedCost"), decimalOfNanos(sharedNanos)},
            {QStringLiteral("totalCost"), decimalOfNanos(totalNanos())},
            {QStringLiteral("totalEfficiency"), rounded(efficiency)}};
}

std::optional<Allocation> Allocation::fromJson(const QJsonObject &object)
{
    Allocation allocation;
    allocation.name = object.value(QStringLiteral("name")).toString();
    if (allocation.name.isEmpty())
        return std::nullopt;
    QJsonObject properties = object.value(QStringLiteral("properties")).toObject();
    allocation.labels = mapOf(properties.take(QStringLiteral("labels")).toObject());
    allocation.properties = mapOf(properties);
    const double hours = object.value(QStringLiteral("minutes")).toDouble() / 60.0;
    allocation.observedMs = qRound64(hours * kHourMs);
    const auto quantity = [&](const char *key, double per) {
        return qRound64(object.value(QLatin1String(key)).toDouble() * per * kHourMs);
    };
    constexpr double kMibBack = 1.0 / (1024.0 * 1024.0);
    allocation.cpuAllocatedMcoreMs = quantity("cpuCoreHours", 1000.0);
    allocation.cpuRequestMcoreMs = qRound64(object.value(QStringLiteral("cpuCoreRequestAverage")).toDouble() * 1000.0 *
                                            double(allocation.observedMs));
    allocation.cpuUsageMcoreMs = qRound64(object.value(QStringLiteral("cpuCoreUsageAverage")).toDouble() * 1000.0 *
                                          double(allocation.observedMs));
    allocation.memoryAllocatedMibMs = quantity("ramByteHours", kMibBack);
    allocation.memoryRequestMibMs = qRound64(object.value(QStringLiteral("ramByteRequestAverage")).toDouble() *
                                             kMibBack * double(allocation.observedMs));
    allocation.memoryUsageMibMs = qRound64(object.value(QStringLiteral("ramByteUsageAverage")).toDouble() * kMibBack *
                                           double(allocation.observedMs));
    const auto money = [&](const char *key) { return nanosOfDecimal(object.value(QLatin1String(key)).toString()); };
    const auto cpu = money("cpuCost"), memory = money("ramCost"), shared = money("sharedCost");
    if (!cpu || !memory || !shared)
        return std::nullopt;
    allocation.cpuNanos = *cpu;
    allocation.memoryNanos = *memory;
    allocation.sharedNanos = *shared;
    return allocation;
}

QJsonObject AllocationSet::toJson() const
{
    QJsonArray rows;
    for (const Allocation &allocation : allocations)
        rows.append(allocation.toJson(query.from, query.to));
    return {{QStringLiteral("organisation"), organisation},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("window"), query.window},
            {QStringLiteral("from"), query.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), query.to.toString(Qt::ISODate)},
            {QStringLiteral("aggregate"), QJsonArray::fromStringList(query.aggregate)},
            {QStringLiteral("idle"), query.idle},
            {QStringLiteral("share_idle"), query.shareIdle},
            {QStringLiteral("share_namespaces"), QJsonArray::fromStringList(query.shareNamespaces)},
            {QStringLiteral("share_split"), query.shareSplit},
            {QStringLiteral("total_cost"), decimalOfNanos(totalNanos)},
            {QStringLiteral("allocations"), rows},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

std::optional<AllocationSet> AllocationSet::fromJson(const QJsonObject &object)
{
    AllocationSet set;
    set.organisation = object.value(QStringLiteral("organisation")).toString();
    set.currency = object.value(QStringLiteral("currency")).toString();
    set.query.window = object.value(QStringLiteral("window")).toString();
    set.query.from = QDate::fromString(object.value(QStringLiteral("from")).toString(), Qt::ISODate);
    set.query.to = QDate::fromString(object.value(QStringLiteral("to")).toString(), Qt::ISODate);
    set.query.aggregate.clear();
    for (const QJsonValue &by : object.value(QStringLiteral("aggregate")).toArray())
        set.query.aggregate.append(by.toString());
    set.query.idle = object.value(QStringLiteral("idle")).toBool();
    set.query.shareIdle = object.value(QStringLiteral("share_idle")).toBool();
    for (const QJsonValue &name : object.value(QStringLiteral("share_namespaces")).toArray())
        set.query.shareNamespaces.append(name.toString());
    set.query.shareSplit = object.value(QStringLiteral("share_split")).toString();
    const auto total = nanosOfDecimal(object.value(QStringLiteral("total_cost")).toString());
    if (!total || !set.query.from.isValid() || !set.query.to.isValid())
        return std::nullopt;
    set.totalNanos = *total;
    for (const QJsonValue &row : object.value(QStringLiteral("allocations")).toArray()) {
        const auto allocation = Allocation::fromJson(row.toObject());
        if (!allocation)
            return std::nullopt;
        set.allocations.append(*allocation);
    }
    for (const QJsonValue &note : object.value(QStringLiteral("notes")).toArray())
        set.notes.append(note.toString());
    return set;
}

QList<Allocation> AllocationCalculator::allocate(const QList<WorkloadUsage> &workloads,
                                                 const QList<ClusterCapacity> &capacities, const AllocationQuery &query)
{
    QList<Allocation> idle;
    for (const ClusterCapacity &capacity : capacities)
        idle.append(idleOf(capacity, workloads));

    // Grouped by the asked properties, the shared namespaces' workloads set aside.
    QMap<QString, Allocation> rows;
    Allocation shared;
    bool anyShared = false;
    const auto keyOf = [&](const WorkloadUsage &usage, Allocation &shape) {
        QStringList parts;
        for (const QString &by : query.aggregate) {
            const QString value = propertyOf(by, usage);
            parts.append(value);
            if (by.startsWith(u"label:"))
                shape.labels.insert(by.mid(6), value);
            else
                shape.properties.insert(by, value);
        }
        return parts.join(u'/');
    };
    for (const WorkloadUsage &usage : workloads) {
        if (query.shareNamespaces.contains(usage.namespaceName)) {
            shared.addAlongside(usage);
            anyShared = true;
            continue;
        }
        Allocation shape;
        const QString key = keyOf(usage, shape);
        Allocation &row = rows[key];
        if (row.name.isEmpty()) {
            shape.name = key;
            row = shape;
        }
        row.addAlongside(usage);
    }
    QList<Allocation> result = rows.values();
    if (anyShared && result.isEmpty()) {
        // Nothing to share with: the shared namespaces are rows like the others.
        for (const WorkloadUsage &usage : workloads) {
            Allocation shape;
            const QString key = keyOf(usage, shape);
            auto found = std::find_if(result.begin(), result.end(), [&](const Allocation &a) { return a.name == key; });
            if (found == result.end()) {
                shape.name = key;
                result.append(shape);
                found = std::prev(result.end());
            }
            found->addAlongside(usage);
        }
    } else if (anyShared) {
        QList<qint64> weights;
        for (const Allocation &row : result)
            weights.append(query.shareSplit == u"even" ? 1 : row.cpuNanos + row.memoryNanos);
        const QList<qint64> parts = split(shared.cpuNanos + shared.memoryNanos, weights);
        for (qsizetype i = 0; i < result.size(); ++i)
            result[i].sharedNanos = parts.at(i);
    }

    if (query.shareIdle && !result.isEmpty()) {
        // Idle CPU goes with each row's CPU cost, idle memory with its memory cost (OpenCost's
        // weighted idle sharing), each cluster's idle to that cluster's rows when rows name one.
        qint64 idleCpu = 0, idleMemory = 0;
        for (const Allocation &row : std::as_const(idle)) {
            idleCpu += row.cpuNanos;
            idleMemory += row.memoryNanos;
        }
        QList<qint64> cpuWeights, memoryWeights;
        for (const Allocation &row : std::as_const(result)) {
            cpuWeights.append(row.cpuNanos);
            memoryWeights.append(row.memoryNanos);
        }
        const QList<qint64> cpuParts = split(idleCpu, cpuWeights);
        const QList<qint64> memoryParts = split(idleMemory, memoryWeights);
        for (qsizetype i = 0; i < result.size(); ++i) {
            result[i].cpuNanos += cpuParts.at(i);
            result[i].memoryNanos += memoryParts.at(i);
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const Allocation &a, const Allocation &b) {
        return a.totalNanos() != b.totalNanos() ? a.totalNanos() > b.totalNanos() : a.name < b.name;
    });
    if (query.idle && !(query.shareIdle && !result.isEmpty())) {
        if (query.aggregate.contains(QStringLiteral("cluster"))) {
            result.append(idle);
        } else if (!idle.isEmpty()) {
            Allocation merged;
            merged.name = QLatin1String(Allocation::kIdle);
            for (const Allocation &row : std::as_const(idle))
                merged.addAlongside(row);
            result.append(merged);
        }
    }
    return result;
}

} // namespace adp::shared::costs
