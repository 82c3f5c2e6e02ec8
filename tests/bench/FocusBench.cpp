// adp-bench-focus: reading a FOCUS billing export of 1,000,000 rows (the FinOps Foundation's real
// sample, its rows repeated), a MiB at a time: rows a second and memory. The parse alone; the
// import into a database (#21) adds its writes to this.
//   adp-bench-focus [--rows N]
#include "ProcessMemory.h"
#include "shared/costs/FocusReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using adp::shared::costs::FocusReader;
using adp::shared::costs::FocusRow;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--rows"));
    const qint64 wanted = at >= 0 ? args.value(at + 1).toLongLong() : 1'000'000;
    QTextStream out(stdout);
    QFile file(QStringLiteral(ADP_FOCUS_SAMPLE));
    if (!file.open(QIODevice::ReadOnly)) {
        out << "cannot read " << file.fileName() << Qt::endl;
        return 1;
    }
    const QByteArray sample = file.readAll();
    const qsizetype headerEnd = sample.indexOf('\n') + 1;
    const QByteArray header = sample.left(headerEnd);
    const QByteArray body = sample.mid(headerEnd);
    const qint64 perCopy = body.count('\n');
    QByteArray big = header;
    for (qint64 rows = 0; rows < wanted; rows += perCopy)
        big += body;
    const qint64 rssBefore = adp::bench::rssKb(QCoreApplication::applicationPid());
    double best = 1e9;
    qint64 rows = 0;
    qint64 billed = 0;
    for (int run = 0; run < 3; ++run) {
        FocusReader reader;
        billed = 0;
        const auto sink = [&billed](const FocusRow &row) {
            billed += row.billedCostNanos;
            return true;
        };
        QElapsedTimer timer;
        timer.start();
        for (qsizetype offset = 0; offset < big.size(); offset += 1 << 20)
            reader.feed(QByteArrayView(big).sliced(offset, std::min<qsizetype>(1 << 20, big.size() - offset)), sink);
        reader.finish(sink);
        best = std::min(best, timer.nsecsElapsed() / 1e9);
        rows = reader.rows();
        if (reader.error()) {
            out << "error: " << reader.error()->toString() << Qt::endl;
            return 1;
        }
    }
    out << "FOCUS rows read: " << rows << " (" << QString::number(big.size() / 1048576.0, 'f', 0) << " MiB) in "
        << QString::number(best, 'f', 2) << " s: " << QString::number(rows / best, 'f', 0)
        << " rows/s (import target >= 200,000 rows/s); billed " << QString::number(billed / 1e9, 'f', 2)
        << " USD; RSS growth while reading "
        << QString::number((adp::bench::rssKb(QCoreApplication::applicationPid()) - rssBefore) / 1024.0, 'f', 1)
        << " MiB" << Qt::endl;
    return 0;
}
