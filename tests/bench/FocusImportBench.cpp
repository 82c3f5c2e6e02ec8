// adp-bench-focus-import: `adp-server costs import-focus` with a FOCUS bill of 1,000,000 lines (the
// FinOps Foundation's real sample, its lines repeated) into SQLite or PostgreSQL: lines a second
// for the whole command (start, read, COPY/INSERT, commit), then the same bill again (which
// replaces the first: 1M lines deleted and 1M written), and the command's peak memory.
//   adp-bench-focus-import --bin DIR --backend sqlite|postgres [--database URL] [--rows N]
#include "ProcessMemory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The sample's header and then its lines until `rows` are written.
bool writeBill(const QString &path, qint64 rows)
{
    QFile sample(QStringLiteral(ADP_FOCUS_SAMPLE));
    QFile bill(path);
    if (!sample.open(QIODevice::ReadOnly) || !bill.open(QIODevice::WriteOnly))
        return false;
    const QByteArray bytes = sample.readAll();
    const qsizetype headerEnd = bytes.indexOf('\n') + 1;
    bill.write(bytes.left(headerEnd));
    const QList<QByteArray> lines = bytes.mid(headerEnd).split('\n');
    qint64 written = 0;
    while (written < rows) {
        for (const QByteArray &line : lines) {
            if (line.isEmpty() || written == rows)
                continue;
            bill.write(line);
            bill.write("\n");
            ++written;
        }
    }
    return true;
}

struct Run
{
    double seconds = 0;
    qint64 peakRssKb = 0;
    QString output;
    bool ok = false;
};

Run run(const QString &binary, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(binary, arguments);
    Run result;
    if (!process.waitForStarted())
        return result;
    while (!process.waitForFinished(20))
        result.peakRssKb = std::max(result.peakRssKb, adp::bench::rssKb(process.processId()));
    result.seconds = timer.nsecsElapsed() / 1e9;
    result.output = QString::fromUtf8(process.readAll()).trimmed();
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return result;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("bin"), QStringLiteral("Where adp-server is."), QStringLiteral("dir")},
                       {QStringLiteral("backend"), QStringLiteral("sqlite or postgres."), QStringLiteral("name")},
                       {QStringLiteral("database"), QStringLiteral("PostgreSQL URL."), QStringLiteral("url")},
                       {QStringLiteral("rows"), QStringLiteral("Lines in the bill."), QStringLiteral("n"),
                        QStringLiteral("1000000")}});
    parser.process(app);
    const QString backend = parser.value(QStringLiteral("backend"));
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    QTemporaryDir dir;
    const QString database = backend == u"postgres" ? parser.value(QStringLiteral("database"))
                                                    : QStringLiteral("sqlite://%1/adp.db").arg(dir.path());
    const QString bill = dir.filePath(QStringLiteral("bill.csv"));
    if (!writeBill(bill, rows)) {
        out() << "cannot write " << bill << Qt::endl;
        return 1;
    }
    const QString server = parser.value(QStringLiteral("bin")) + QStringLiteral("/adp-server");
    const QStringList common{QStringLiteral("--data-dir"),  dir.path(),
                             QStringLiteral("--database"),  database,
                             QStringLiteral("--log-level"), QStringLiteral("warn")};
    if (!run(server, QStringList{QStringLiteral("migrate")} + common).ok) {
        out() << "migrate failed" << Qt::endl;
        return 1;
    }
    const QStringList import = QStringList{QStringLiteral("costs"), QStringLiteral("import-focus"), bill,
                                           QStringLiteral("--organisation"), QStringLiteral("default")} +
                               common;
    const double mib = QFile(bill).size() / 1048576.0;
    for (const char *what : {"first import", "same bill again (replaces 1M lines)"}) {
        const Run result = run(server, import);
        if (!result.ok) {
            out() << "import failed: " << result.output << Qt::endl;
            return 1;
        }
        out() << "FOCUS import, " << backend << ", " << what << ": " << rows << " lines ("
              << QString::number(mib, 'f', 0) << " MiB) in " << QString::number(result.seconds, 'f', 2)
              << " s = " << QString::number(rows / result.seconds, 'f', 0)
              << " lines/s (target >= 200,000); peak RSS of the command "
              << QString::number(result.peakRssKb / 1024.0, 'f', 1) << " MiB" << Qt::endl;
    }
    return 0;
}
