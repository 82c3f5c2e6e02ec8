// adp-bench-cost-usage: ADP's own usage at the scale of a busy organisation. 10,000,000 job_usage
// rows (200 projects over a year, three executor classes, every tenth run a deploy) written in
// batches; the roll-up that sums them into usage_daily (the scheduler's chore, once for the
// backlog); then the question the Costs area asks, "each project's priced usage by day over the
// year" (UsageLedger: rolled-up days plus the tail not yet rolled up, priced in C++), against the
// same GROUP BY over the raw rows for comparison.
//   adp-bench-cost-usage --database URL [--rows N] [--projects N]
#include "core/Clock.h"
#include "costs/CostPriceRepository.h"
#include "costs/UsageLedger.h"
#include "costs/UsageRollup.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/RowBatch.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

using namespace adp::server;

namespace {
constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kLastDay = 20'789; // 2026-12-02: the year before it
const QStringList kExecutors{QStringLiteral("shell"), QStringLiteral("bubblewrap"), QStringLiteral("kubernetes")};

double secondsOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

class FixedClock : public Clock
{
public:
    qint64 nowMs() const override { return (kLastDay + 1) * kDayMs; }
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QStringLiteral("An empty database (postgres:// or sqlite://)."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("rows"), QStringLiteral("How many job_usage rows."), QStringLiteral("n"),
                      QStringLiteral("10000000")});
    parser.addOption(
        {QStringLiteral("projects"), QStringLiteral("How many projects."), QStringLiteral("n"), QStringLiteral("200")});
    parser.process(app);
    QTextStream out(stdout);
    const qint64 total = parser.value(QStringLiteral("rows")).toLongLong();
    const int projects = parser.value(QStringLiteral("projects")).toInt();
    auto database = storage::Database::open(parser.value(QStringLiteral("database")), 2);
    storage::Migrator(*database).migrate();
    const bool postgres = database->dialect() == storage::Dialect::Postgres;

    QList<qint64> projectIds;
    {
        storage::Transaction tx(*database);
        for (int i = 0; i < projects; ++i) {
            const QString slug = QStringLiteral("project-%1").arg(i);
            projectIds.append(
                tx.exec(QStringLiteral("INSERT INTO projects (name, sort_name, search_text, slug, "
                                       "default_branch, visibility, created_at, updated_at) VALUES (?, ?, ?, ?, "
                                       "'main', 'private', 0, 0) RETURNING id"),
                        {slug, slug, slug, slug})
                    .value(0, 0)
                    .toLongLong());
        }
        for (const QString &meter :
             {QStringLiteral("runner.shell"), QStringLiteral("runner.bubblewrap"), QStringLiteral("runner.kubernetes"),
              QStringLiteral("kubernetes.cpu"), QStringLiteral("kubernetes.memory")}) {
            tx.exec(QStringLiteral("INSERT INTO cost_prices (organisation_id, meter, currency, unit_nanos, valid_from, "
                                   "created_by, created_at) VALUES (1, ?, 'USD', ?, ?, 'bench', 0)"),
                    {meter, 480'000'000, kLastDay - 400});
        }
        tx.commit();
    }

    // The rows, as job ends write them: a project, a day of the year, a class, a run of 10 s to 20 min.
    QRandomGenerator random(42);
    constexpr qint64 kBatch = 50'000;
    const QStringList columns{QStringLiteral("job_id"),     QStringLiteral("attempt"),
                              QStringLiteral("project_id"), QStringLiteral("environment_id"),
                              QStringLiteral("day"),        QStringLiteral("executor"),
                              QStringLiteral("run_ms"),     QStringLiteral("cpu_millicores"),
                              QStringLiteral("memory_mib")};
    const double written = secondsOf([&] {
        for (qint64 done = 0; done < total;) {
            storage::RowBatch batch(int(columns.size()));
            for (qint64 i = 0; i < kBatch && done < total; ++i, ++done) {
                const QString &executor = kExecutors.at(int(done % 3));
                const bool pod = executor == u"kubernetes";
                batch.add(done + 1)
                    .add(qint64(1))
                    .add(projectIds.at(int(random.bounded(projects))))
                    .add(qint64(0))
                    .add(kLastDay - qint64(random.bounded(365)))
                    .add(executor)
                    .add(qint64(10'000 + random.bounded(1'190'000)))
                    .add(qint64(pod ? 500 : 0))
                    .add(qint64(pod ? 1024 : 0));
            }
            storage::Transaction tx(*database);
            tx.copyIn(QStringLiteral("job_usage"), columns, batch);
            tx.commit();
        }
    });
    out << QStringLiteral("backend %1, %2 job_usage rows over %3 projects and 365 days\n")
               .arg(postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite"))
               .arg(total)
               .arg(projects);
    out << QStringLiteral("written in batches of %1: %2 s (%3 rows/s)\n")
               .arg(kBatch)
               .arg(written, 0, 'f', 2)
               .arg(qint64(double(total) / written));
    if (postgres)
        database->query(QStringLiteral("ANALYZE job_usage"));

    const std::pair<QString, qint64> raw = [&] {
        qint64 groups = 0;
        const double seconds = secondsOf([&] {
            database->forEachRow(QStringLiteral("SELECT u.project_id, u.day, SUM(u.run_ms) FROM job_usage u JOIN "
                                                "projects p ON p.id = u.project_id WHERE p.organisation_id = 1 "
                                                "GROUP BY u.project_id, u.day"),
                                 {}, [&](const storage::RowView &) { ++groups; });
        });
        return std::pair{QString::number(seconds, 'f', 3), groups};
    }();
    out << QStringLiteral("GROUP BY project and day over the raw rows: %1 s (%2 groups)\n")
               .arg(raw.first)
               .arg(raw.second);

    const FixedClock clock;
    costs::UsageRollup rollup(*database, clock);
    qint64 rolled = 0;
    const double rollSeconds = secondsOf([&] { rolled = rollup.rollUp(); });
    out << QStringLiteral("roll-up of the backlog: %1 rows in %2 s (%3 rows/s), %4 usage_daily rows\n")
               .arg(rolled)
               .arg(rollSeconds, 0, 'f', 2)
               .arg(qint64(double(rolled) / rollSeconds))
               .arg(database->query(QStringLiteral("SELECT COUNT(*) FROM usage_daily")).value(0, 0).toLongLong());

    costs::UsageLedger ledger(*database);
    for (int run = 1; run <= 3; ++run) {
        qint64 costsSeen = 0;
        qint64 nanos = 0;
        const double seconds = secondsOf([&] {
            ledger.forEachCost(1, kLastDay - 365, kLastDay + 1, QStringLiteral("USD"),
                               [&](const costs::UsageLedger::Cost &cost) {
                                   ++costsSeen;
                                   nanos += cost.nanos;
                               });
        });
        out << QStringLiteral("priced usage by project and day over the year, run %1: %2 s (%3 costs, %4 USD)\n")
                   .arg(run)
                   .arg(seconds, 0, 'f', 3)
                   .arg(costsSeen)
                   .arg(double(nanos) / 1e9, 0, 'f', 2);
    }
    return 0;
}
