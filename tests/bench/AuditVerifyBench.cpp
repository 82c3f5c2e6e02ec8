// adp-bench-audit: fills a database's audit trail with N chained events (the
// same HMAC chain AuditRecorder writes, in multi-row inserts so seeding takes
// seconds, not hours), then times the real `adp-server audit verify` over it.
// Issue #3's target: 1,000,000 events verified in under 3 s on PostgreSQL.
// Then the same trail exported through the real server (issue #22: 1,000,000 events to CSV in
// under 5 s, the server's RSS growing by less than 20 MB) and the file checked offline with the
// real `adp audit verify-export` (under 3 s), and a PDF report of the newest 10,000 events
// (under 10 s, the whole chain verified for its cover included).
#include "CommandRun.h"
#include "HttpTestClient.h"
#include "ProcessMemory.h"
#include "ServerProcess.h"
#include "audit/AuditChain.h"
#include "audit/AuditRepository.h"
#include "audit/StoredAuditEvent.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>

using namespace adp::server;

namespace {

constexpr qint64 kFirstEventMs = 1'700'000'000'000LL; // seeded events are 1 ms apart from here

struct Download
{
    double seconds = -1;
    qint64 bytes = 0;
    qint64 peakRssKb = 0;
    QString verdict; // `adp audit verify-export` on the file
    double verifySeconds = -1;
};

struct ExportFigures
{
    qint64 idleRssKb = 0;
    Download csv;        // the whole trail
    Download report;     // a PDF report of the newest events
    Download compliance; // GET /api/v1/compliance/report: every check, the chain's verification among them
    qint64 reportEvents = 0;
};

// Streams `path` of the server into `file` while sampling the server's RSS (the test client
// would hold a 374 MB export in memory).
Download download(const adp::test::ServerProcess &server, const QString &token, const QString &path,
                  const QString &file, qint64 idleRssKb)
{
    Download figures;
    figures.peakRssKb = idleRssKb;
    QFile out(file);
    out.open(QIODevice::WriteOnly | QIODevice::Truncate);
    QNetworkAccessManager network;
    QEventLoop loop;
    QNetworkRequest request(server.url().resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(600000);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = network.get(request);
    QObject::connect(reply, &QNetworkReply::readyRead, [&]() {
        const QByteArray data = reply->readAll();
        out.write(data);
        figures.bytes += data.size();
    });
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout,
                     [&]() { figures.peakRssKb = std::max(figures.peakRssKb, adp::bench::rssKb(server.pid())); });
    sampler.start(20);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    figures.seconds = double(timer.nsecsElapsed()) / 1e9;
    sampler.stop();
    out.write(reply->readAll());
    reply->deleteLater();
    return figures;
}

// The offline check with the real CLI, against the key saved as anyone gets it.
void verifyOffline(Download &figures, const QString &file, const QString &keyFile, const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    QElapsedTimer timer;
    timer.start();
    const auto verified = adp::test::runCommand(
        QStringLiteral("adp"),
        {QStringLiteral("audit"), QStringLiteral("verify-export"), file, QStringLiteral("--public-key"), keyFile}, {},
        environment);
    figures.verifySeconds = double(timer.nsecsElapsed()) / 1e9;
    figures.verdict = verified.out.trimmed().section(u':', 1).trimmed();
    QFile::remove(file);
}

// Starts adp-server on the seeded trail, signs in, streams a CSV export of all of it and a PDF
// report of the newest `reportEvents` events (seeded 1 ms apart), then checks both offline.
ExportFigures measureExport(const QString &database, const QString &keyFile, const QString &dataDir, qint64 total,
                            qint64 reportEvents)
{
    ExportFigures figures;
    const bool postgres = database.startsWith(QStringLiteral("postgres"));
    adp::test::ServerProcess server(
        {postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite"), database, QString()}, dataDir);
    if (!server.start({QStringLiteral("--audit-key-file"), keyFile, QStringLiteral("--workers"), QStringLiteral("0")}))
        return figures;
    adp::test::HttpTestClient client(server.url());
    const QString token = client.login(QStringLiteral("admin"), server.adminPassword());
    QFile publicKey(dataDir + QStringLiteral("/export-key.json"));
    publicKey.open(QIODevice::WriteOnly);
    publicKey.write(
        adp::test::HttpTestClient(server.url()).get(QStringLiteral("/.well-known/adp-audit-signing-key")).body);
    publicKey.close();

    QThread::msleep(500);
    figures.idleRssKb = adp::bench::rssKb(server.pid());
    const QString csv = dataDir + QStringLiteral("/export.csv");
    figures.csv = download(server, token, QStringLiteral("/api/v1/audit/export?format=csv"), csv, figures.idleRssKb);
    const QString since =
        QDateTime::fromMSecsSinceEpoch(kFirstEventMs + total - reportEvents + 1, Qt::UTC).toString(Qt::ISODateWithMs);
    const QString pdf = dataDir + QStringLiteral("/report.pdf");
    figures.report = download(server, token, QStringLiteral("/api/v1/audit/export?format=pdf&since=") + since, pdf,
                              adp::bench::rssKb(server.pid()));
    const QString checks = dataDir + QStringLiteral("/compliance.json");
    figures.compliance =
        download(server, token, QStringLiteral("/api/v1/compliance/report"), checks, adp::bench::rssKb(server.pid()));
    QFile::remove(checks);
    server.terminate();
    verifyOffline(figures.csv, csv, publicKey.fileName(), dataDir);
    verifyOffline(figures.report, pdf, publicKey.fileName(), dataDir);
    figures.reportEvents = reportEvents;
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("bin"), QStringLiteral("Directory with adp-server."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("database"), QStringLiteral("An empty database (postgres:// or sqlite://)."),
                      QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("events"), QStringLiteral("How many events."), QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("report-events"), QStringLiteral("How many of the newest go in the PDF report."),
                      QStringLiteral("n"), QStringLiteral("10000")});
    parser.process(app);
    qputenv("ADP_BIN_DIR", parser.value(QStringLiteral("bin")).toLocal8Bit()); // for ServerProcess and runCommand
    QTextStream out(stdout);
    const qint64 total = parser.value(QStringLiteral("events")).toLongLong();
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(QStringLiteral("audit.key"));
    const audit::AuditChain chain = audit::AuditChain::fromKeyFile(keyFile);
    auto database = storage::Database::open(parser.value(QStringLiteral("database")), 2);
    storage::Migrator(*database).migrate();

    // Seed: realistic events (a project update with before/after summaries).
    QElapsedTimer seedTimer;
    seedTimer.start();
    constexpr int kRowsPerInsert = 1000;
    QString previous;
    audit::StoredAuditEvent event;
    const QString before = QStringLiteral(R"({"name":"Payments API","slug":"payments","visibility":"private"})");
    const QString after = QStringLiteral(R"({"name":"Payments API v2","slug":"payments","visibility":"internal"})");
    QString values;
    for (int i = 0; i < kRowsPerInsert; ++i)
        values += (i ? QStringLiteral(",") : QString()) + QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    const QString insert =
        QStringLiteral("INSERT INTO audit_events (seq, occurred_at, actor_id, actor_name, action, target_type, "
                       "target_id, request_id, ip, user_agent, before_json, after_json, prev_hash, hash) VALUES ") +
        values;
    for (qint64 seq = 1; seq <= total;) {
        storage::SqlParams params;
        params.reserve(kRowsPerInsert * 14);
        for (int i = 0; i < kRowsPerInsert; ++i, ++seq) {
            event.seq = seq;
            event.prevHash = previous;
            event.occurredAtMs = kFirstEventMs + seq;
            event.actorId = 0;
            event.actorName = QStringLiteral("alice");
            event.action = QStringLiteral("project.updated");
            event.targetType = QStringLiteral("project");
            event.targetId = QString::number(seq % 1000);
            event.requestId = QStringLiteral("req-%1").arg(seq);
            event.ip = QStringLiteral("10.0.0.7");
            event.userAgent = QStringLiteral("adp-desktop/0.1.0");
            event.beforeJson = before;
            event.afterJson = after;
            event.hash = chain.eventHash(previous, event);
            previous = event.hash;
            params << event.seq << event.occurredAtMs << QVariant() << event.actorName << event.action
                   << event.targetType << event.targetId << event.requestId << event.ip << event.userAgent
                   << event.beforeJson << event.afterJson << event.prevHash << event.hash;
        }
        storage::Transaction tx(*database);
        tx.exec(insert, params);
        tx.exec(QStringLiteral("UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, mac = ? WHERE id = 1"),
                {event.seq, event.hash, chain.headMac(event.seq, event.hash)});
        tx.commit();
    }
    const double seedSeconds = double(seedTimer.nsecsElapsed()) / 1e9;
    // Statistics, as autovacuum (or SQLite's optimizer) has long had them for a trail that grew
    // over months: right after a bulk load PostgreSQL still expects few rows per seq range and
    // sorts bitmap scans instead of walking the seq index.
    database->query(QStringLiteral("ANALYZE audit_events"));

    // Where verification time goes: reading every event, and hashing every event (one core).
    QElapsedTimer partTimer;
    partTimer.start();
    audit::AuditRepository repository(*database);
    struct Row
    {
        QByteArray canonical, prevHash, hash;
    };
    QList<Row> all;
    all.reserve(total);
    for (qint64 first = 1; first <= total; first += 5000)
        repository.chainRange(first, first + 4999,
                              [&all](qint64, QByteArrayView canonical, QByteArrayView prev, QByteArrayView hash) {
                                  all.append({canonical.toByteArray(), prev.toByteArray(), hash.toByteArray()});
                              });
    const double readSeconds = double(partTimer.nsecsElapsed()) / 1e9;
    partTimer.restart();
    qint64 sealed = 0;
    for (const Row &stored : std::as_const(all))
        sealed += chain.hashOf(stored.prevHash, stored.canonical) == stored.hash;
    const double hashSeconds = double(partTimer.nsecsElapsed()) / 1e9;
    all.clear();
    database.reset();

    // Verify with the real command, three times; report the median.
    QList<double> seconds;
    QString verdict;
    for (int run = 0; run < 3; ++run) {
        QProcess verify;
        QElapsedTimer timer;
        timer.start();
        verify.start(parser.value(QStringLiteral("bin")) + QStringLiteral("/adp-server"),
                     {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"),
                      parser.value(QStringLiteral("database")), QStringLiteral("--audit-key-file"), keyFile,
                      QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--log-level"), QStringLiteral("warn")});
        verify.waitForFinished(600000);
        seconds.append(double(timer.nsecsElapsed()) / 1e9);
        verdict = QString::fromUtf8(verify.readAllStandardOutput()).trimmed();
    }
    std::sort(seconds.begin(), seconds.end());
    out << QStringLiteral("\n== adp-server audit verify ==\n");
    out << QStringLiteral("%1 %2\n").arg(QStringLiteral("events seeded (chained, multi-row inserts)"), -44).arg(total);
    out << QStringLiteral("%1 %2 s\n").arg(QStringLiteral("seeding took"), -44).arg(seedSeconds, 0, 'f', 1);
    out << QStringLiteral("%1 %2 s (runs: %3, %4, %5)\n")
               .arg(QStringLiteral("audit verify, median of 3"), -44)
               .arg(seconds.value(1), 0, 'f', 2)
               .arg(seconds.value(0), 0, 'f', 2)
               .arg(seconds.value(1), 0, 'f', 2)
               .arg(seconds.value(2), 0, 'f', 2);
    out << QStringLiteral("%1 %2 s / %3 s (%4 sealed)\n")
               .arg(QStringLiteral("of which: read all / hash all on one core"), -44)
               .arg(readSeconds, 0, 'f', 2)
               .arg(hashSeconds, 0, 'f', 2)
               .arg(sealed);
    out << QStringLiteral("%1 %2\n").arg(QStringLiteral("verdict"), -44).arg(verdict);

    const qint64 reportEvents = std::min<qint64>(parser.value(QStringLiteral("report-events")).toLongLong(), total);
    const ExportFigures exported =
        measureExport(parser.value(QStringLiteral("database")), keyFile, dir.path(), total, reportEvents);
    const auto print = [&out](const QString &title, const Download &figures, qint64 idleRssKb) {
        out << title;
        out << QStringLiteral("%1 %2 s (%3 MB, %4 MB/s)\n")
                   .arg(QStringLiteral("client's first byte asked to last"), -44)
                   .arg(figures.seconds, 0, 'f', 2)
                   .arg(double(figures.bytes) / 1e6, 0, 'f', 1)
                   .arg(double(figures.bytes) / 1e6 / figures.seconds, 0, 'f', 1);
        out << QStringLiteral("%1 %2 MB -> %3 MB (+%4 MB)\n")
                   .arg(QStringLiteral("server RSS before / at most during"), -44)
                   .arg(double(idleRssKb) / 1024.0, 0, 'f', 1)
                   .arg(double(figures.peakRssKb) / 1024.0, 0, 'f', 1)
                   .arg(double(figures.peakRssKb - idleRssKb) / 1024.0, 0, 'f', 1);
        out << QStringLiteral("%1 %2 s\n")
                   .arg(QStringLiteral("adp audit verify-export (offline)"), -44)
                   .arg(figures.verifySeconds, 0, 'f', 2);
        out << QStringLiteral("%1 %2\n").arg(QStringLiteral("its verdict"), -44).arg(figures.verdict);
    };
    print(QStringLiteral("\n== audit export (GET /api/v1/audit/export, CSV, the whole trail) ==\n"), exported.csv,
          exported.idleRssKb);
    print(QStringLiteral("\n== PDF audit report of the newest %1 events (format=pdf, since=...) ==\n")
              .arg(exported.reportEvents),
          exported.report, exported.idleRssKb);
    out << QStringLiteral("(the report's time includes verifying the whole chain of %1 events for its cover)\n")
               .arg(total);
    out << QStringLiteral("\n== compliance report (GET /api/v1/compliance/report, every check) ==\n");
    out << QStringLiteral("%1 %2 s, server RSS %3 MB -> %4 MB\n")
               .arg(QStringLiteral("all 8 checks over the trail"), -44)
               .arg(exported.compliance.seconds, 0, 'f', 2)
               .arg(double(exported.idleRssKb) / 1024, 0, 'f', 1)
               .arg(double(exported.compliance.peakRssKb) / 1024, 0, 'f', 1);
    return verdict.contains(QStringLiteral("intact")) && exported.csv.verdict.contains(QStringLiteral("complete")) &&
                   exported.report.verdict.contains(QStringLiteral("complete"))
               ? 0
               : 1;
}
