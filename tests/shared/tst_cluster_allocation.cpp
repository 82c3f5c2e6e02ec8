#include "shared/costs/ClusterAllocation.h"

#include <QJsonArray>
#include <QtTest>

using namespace adp::shared::costs;
using adp::shared::FieldErrors;

// OpenCost's allocation arithmetic on its own: windows of whole UTC days, and the rows made from
// workloads and capacity — grouped, idle per cluster, shared namespaces and idle split without
// making or losing a billionth, whatever the weights.
class TestClusterAllocation : public QObject
{
    Q_OBJECT

private:
    static WorkloadUsage workload(const QString &cluster, const QString &ns, const QString &controller, qint64 cpuNanos,
                                  qint64 memoryNanos)
    {
        WorkloadUsage usage;
        usage.cluster = cluster;
        usage.namespaceName = ns;
        usage.controllerKind = controller.isEmpty() ? QString() : QStringLiteral("Deployment");
        usage.controller = controller.isEmpty() ? QStringLiteral("bare") : controller;
        usage.observedMs = 3'600'000;
        usage.cpuAllocatedMcoreMs = cpuNanos; // any quantity: only its share of capacity matters here
        usage.cpuNanos = cpuNanos;
        usage.memoryNanos = memoryNanos;
        return usage;
    }

    static AllocationQuery queryOf(const QString &text, FieldErrors *errors = nullptr)
    {
        FieldErrors ignored;
        return AllocationQuery::fromQuery(QUrlQuery(text), QDate(2026, 12, 2), errors ? *errors : ignored);
    }

    static qint64 total(const QList<Allocation> &rows)
    {
        qint64 sum = 0;
        for (const Allocation &row : rows)
            sum += row.totalNanos();
        return sum;
    }

private Q_SLOTS:
    void windowsAreWholeDays_data()
    {
        QTest::addColumn<QString>("window");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        // 2026-12-02 is a Wednesday.
        QTest::newRow("today") << "today" << QDate(2026, 12, 2) << QDate(2026, 12, 3);
        QTest::newRow("yesterday") << "yesterday" << QDate(2026, 12, 1) << QDate(2026, 12, 2);
        QTest::newRow("week") << "week" << QDate(2026, 11, 30) << QDate(2026, 12, 3);
        QTest::newRow("lastweek") << "lastweek" << QDate(2026, 11, 23) << QDate(2026, 11, 30);
        QTest::newRow("month") << "month" << QDate(2026, 12, 1) << QDate(2026, 12, 3);
        QTest::newRow("lastmonth") << "lastmonth" << QDate(2026, 11, 1) << QDate(2026, 12, 1);
        QTest::newRow("7d") << "7d" << QDate(2026, 11, 26) << QDate(2026, 12, 3);
        QTest::newRow("dates") << "2026-10-01,2026-11-01" << QDate(2026, 10, 1) << QDate(2026, 11, 1);
        QTest::newRow("rfc3339") << "2026-10-01T00:00:00Z,2026-10-02T08:00:00+08:00" << QDate(2026, 10, 1)
                                 << QDate(2026, 10, 2);
    }
    void windowsAreWholeDays()
    {
        QFETCH(QString, window);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        FieldErrors errors;
        const AllocationQuery query =
            queryOf(QStringLiteral("window=") + QString::fromLatin1(QUrl::toPercentEncoding(window)), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(query.from, from);
        QCOMPARE(query.to, to);
    }

    void idleIsWhatEachClusterDidNotAllocate()
    {
        const ClusterCapacity a{QStringLiteral("p/a"), 3'600'000, 8000, 0, 1000, 500};
        const ClusterCapacity b{QStringLiteral("p/b"), 3'600'000, 4000, 0, 300, 100};
        const QList<WorkloadUsage> workloads{workload("p/a", "web", "web", 600, 200),
                                             workload("p/b", "web", "api", 100, 50),
                                             workload("p/b", "jobs", "", 50, 0)};
        const QList<Allocation> byNamespace = AllocationCalculator::allocate(workloads, {a, b}, queryOf({}));
        QCOMPARE(byNamespace.size(), 3);
        QCOMPARE(byNamespace.at(0).name, QStringLiteral("web"));
        QCOMPARE(byNamespace.at(0).totalNanos(), 950);
        QCOMPARE(byNamespace.last().name, QStringLiteral("__idle__"));
        QCOMPARE(byNamespace.last().totalNanos(), (1500 - 800) + (400 - 200));
        QCOMPARE(total(byNamespace), 1900);
        // By cluster: idle per cluster; a bare pod has no controller.
        const QList<Allocation> byCluster =
            AllocationCalculator::allocate(workloads, {a, b}, queryOf(QStringLiteral("aggregate=cluster,controller")));
        QCOMPARE(byCluster.size(), 5);
        QCOMPARE(byCluster.at(2).name, QStringLiteral("p/b/__unallocated__"));
        QCOMPARE(byCluster.at(3).properties.value("cluster"), QStringLiteral("p/a"));
        QCOMPARE(byCluster.at(4).totalNanos(), 200);
        // Usage beyond capacity leaves nothing idle, never a negative row.
        const ClusterCapacity small{QStringLiteral("p/a"), 3'600'000, 100, 0, 10, 10};
        const auto over = AllocationCalculator::allocate({workloads.first()}, {small}, queryOf({}));
        QCOMPARE(over.last().totalNanos(), 0);
    }

    void sharingNeverMakesOrLosesABillionth()
    {
        const ClusterCapacity capacity{QStringLiteral("p/a"), 3'600'000, 100000, 0, 1'000'001, 333'333};
        const QList<WorkloadUsage> workloads{workload("p/a", "a", "a", 7, 3), workload("p/a", "b", "b", 11, 0),
                                             workload("p/a", "c", "c", 0, 0),
                                             workload("p/a", "kube-system", "k", 10, 1)};
        const qint64 before = total(AllocationCalculator::allocate(workloads, {capacity}, queryOf({})));
        for (const char *query : {"shareNamespaces=kube-system", "shareNamespaces=kube-system&shareSplit=even",
                                  "shareIdle=true", "shareIdle=true&shareNamespaces=kube-system&shareSplit=even"}) {
            const QList<Allocation> rows =
                AllocationCalculator::allocate(workloads, {capacity}, queryOf(QLatin1String(query)));
            QCOMPARE(total(rows), before);
        }
        // Even: 11 among three rows is 4, 4, 3; a row with no cost still gets its part.
        const QList<Allocation> even = AllocationCalculator::allocate(
            workloads, {capacity}, queryOf(QStringLiteral("shareNamespaces=kube-system&shareSplit=even&idle=false")));
        QList<qint64> parts;
        for (const Allocation &row : even)
            parts.append(row.sharedNanos);
        std::sort(parts.begin(), parts.end());
        QCOMPARE(parts, (QList<qint64>{3, 4, 4}));
        // Weighted: by cost, the row that costs nothing gets nothing.
        const QList<Allocation> weighted = AllocationCalculator::allocate(
            workloads, {capacity}, queryOf(QStringLiteral("shareNamespaces=kube-system&idle=false")));
        for (const Allocation &row : weighted) {
            if (row.name == u"c")
                QCOMPARE(row.sharedNanos, 0);
        }
        // Only shared namespaces: nothing to share with, they stay rows.
        const QList<Allocation> alone = AllocationCalculator::allocate(
            {workloads.last()}, {}, queryOf(QStringLiteral("shareNamespaces=kube-system")));
        QCOMPARE(alone.size(), 1);
        QCOMPARE(alone.first().totalNanos(), 11);
    }

    void anAnswerReadsBackAsItWasSent()
    {
        const ClusterCapacity capacity{QStringLiteral("p/a"), 3'600'000,   8000LL * 3'600'000,
                                       1024LL * 3'600'000,    320'000'000, 5'000'000};
        WorkloadUsage web = workload("p/a", "web", "web", 50'000'000, 1'000'000);
        web.cpuAllocatedMcoreMs = 1250LL * 3'600'000;
        web.cpuRequestMcoreMs = 1000LL * 3'600'000;
        web.cpuUsageMcoreMs = 850LL * 3'600'000;
        web.labels.insert(QStringLiteral("team"), QStringLiteral("shop"));
        AllocationSet set;
        set.organisation = QStringLiteral("acme");
        set.currency = QStringLiteral("USD");
        set.query = queryOf(QStringLiteral("aggregate=label:team&window=today"));
        set.allocations = AllocationCalculator::allocate({web}, {capacity}, set.query);
        set.totalNanos = total(set.allocations);
        const auto read = AllocationSet::fromJson(set.toJson());
        QVERIFY(read);
        QCOMPARE(read->allocations.size(), 2);
        QCOMPARE(read->allocations.first().labels.value("team"), QStringLiteral("shop"));
        QCOMPARE(read->allocations.first().cpuAllocatedMcoreMs, web.cpuAllocatedMcoreMs);
        QCOMPARE(read->allocations.first().cpuRequestMcoreMs, web.cpuRequestMcoreMs);
        QCOMPARE(read->allocations.first().totalNanos(), 51'000'000);
        QCOMPARE(read->totalNanos, set.totalNanos);
        QCOMPARE(read->query.aggregate, QStringList{QStringLiteral("label:team")});
        QCOMPARE(set.toJson().value("allocations").toArray().first().toObject().value("cpuEfficiency").toDouble(),
                 0.85);
    }
};

QTEST_GUILESS_MAIN(TestClusterAllocation)
#include "tst_cluster_allocation.moc"
