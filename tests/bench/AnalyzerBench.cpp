// adp-bench-analyzer: the job failure analyzer on the labelled set of real failure logs
// (tests/data/failure-logs: class accuracy, first bad line, failing tests, compiler locations),
// then its speed and memory on a 100 MB log.
//   adp-bench-analyzer [--logs DIR] [--megabytes N]
#include "ProcessMemory.h"
#include "shared/analysis/FailureAnalyzer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>

using namespace adp::shared::analysis;

namespace {

QString lineOf(const QByteArray &log, qint64 number)
{
    const QList<QByteArray> lines = log.split('\n');
    return number > 0 && number <= lines.size() ? QString::fromUtf8(lines.at(number - 1)) : QString();
}

// A build's ordinary output, with the words a failure's lines hold here and there.
QByteArray noiseLines(int seed)
{
    QByteArray out;
    for (int i = 0; i < 64; ++i) {
        const int n = seed * 64 + i;
        out += "[ " + QByteArray::number(n % 100) + "%] Building CXX object src/CMakeFiles/shop.dir/cart_" +
               QByteArray::number(n) + ".cpp.o\n";
        out += "/usr/bin/c++ -DQT_CORE_LIB -Werror=return-type -Wall -Wextra -O2 -c /builds/shop/src/cart_" +
               QByteArray::number(n) + ".cpp -o cart_" + QByteArray::number(n) + ".o\n";
        out +=
            "ok " + QByteArray::number(n) + " - error messages are translated (" + QByteArray::number(n % 7) + " ms)\n";
        out += "PASS   : TestCart::failedPaymentsAreRetried(case " + QByteArray::number(n) + ")\n";
        out += "Downloading https://repo.example.test/maven2/org/shop/lib/" + QByteArray::number(n) +
               "/lib.jar (12 kB at 1.2 MB/s)\n";
        out += "test tests::prices_" + QByteArray::number(n) + " ... ok\n";
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const QDir logs(option(QStringLiteral("--logs"), QStringLiteral(ADP_FAILURE_LOGS_DIR)));
    const int megabytes = option(QStringLiteral("--megabytes"), QStringLiteral("100")).toInt();
    QTextStream out(stdout);

    QFile labelsFile(logs.filePath(QStringLiteral("labels.json")));
    if (!labelsFile.open(QIODevice::ReadOnly)) {
        out << "cannot read " << labelsFile.fileName() << Qt::endl;
        return 1;
    }
    const QJsonObject labels = QJsonDocument::fromJson(labelsFile.readAll()).object();
    int right = 0, firstRight = 0, firstLabelled = 0, testsRight = 0, testsLabelled = 0, placesRight = 0,
        placesLabelled = 0;
    QMap<QString, QPair<int, int>> byClass;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        const QJsonObject label = it.value().toObject();
        QFile file(logs.filePath(it.key() + QStringLiteral(".log")));
        if (!file.open(QIODevice::ReadOnly)) {
            out << "missing " << file.fileName() << Qt::endl;
            return 1;
        }
        const QByteArray log = file.readAll();
        const FailureVerdict verdict = FailureAnalyzer::analyze(log);
        const QString expected = label.value(QStringLiteral("class")).toString();
        const QString got = failureClassName(verdict.failureClass);
        auto &tally = byClass[expected];
        ++tally.second;
        QStringList misses;
        if (got == expected) {
            ++right;
            ++tally.first;
        } else {
            misses.append(QStringLiteral("class %1, expected %2").arg(got, expected));
        }
        const QString first = label.value(QStringLiteral("first_error")).toString();
        if (!first.isEmpty()) {
            ++firstLabelled;
            if (lineOf(log, verdict.firstErrorLine).contains(first))
                ++firstRight;
            else
                misses.append(QStringLiteral("first line %1 (%2), expected one with \"%3\"")
                                  .arg(verdict.firstErrorLine)
                                  .arg(lineOf(log, verdict.firstErrorLine).left(80), first));
        }
        if (label.contains(QStringLiteral("tests"))) {
            ++testsLabelled;
            bool all = true;
            for (const QJsonValue &test : label.value(QStringLiteral("tests")).toArray()) {
                const QString name = test.toString();
                all = all && std::any_of(verdict.tests.begin(), verdict.tests.end(),
                                         [&name](const QString &found) { return found.contains(name); });
            }
            if (all)
                ++testsRight;
            else
                misses.append(QStringLiteral("tests [%1]").arg(verdict.tests.join(QStringLiteral(", "))));
        }
        if (label.contains(QStringLiteral("location"))) {
            ++placesLabelled;
            const QString place = label.value(QStringLiteral("location")).toString();
            const QString found =
                verdict.location ? verdict.location->file + u':' + QString::number(verdict.location->line) : QString();
            if (!found.isEmpty() && found.endsWith(place))
                ++placesRight;
            else
                misses.append(QStringLiteral("location %1, expected %2")
                                  .arg(found.isEmpty() ? QStringLiteral("none") : found, place));
        }
        if (!misses.isEmpty())
            out << "  " << it.key() << ": " << misses.join(QStringLiteral("; ")) << Qt::endl;
    }
    const auto percent = [](int a, int b) { return b ? QString::number(100.0 * a / b, 'f', 1) : QStringLiteral("-"); };
    out << "classes by label:";
    for (auto it = byClass.begin(); it != byClass.end(); ++it)
        out << ' ' << it.key() << ' ' << it.value().first << '/' << it.value().second;
    out << Qt::endl;
    out << "classifier accuracy: " << right << '/' << labels.size() << " = " << percent(right, int(labels.size()))
        << "% (target >= 90%)" << Qt::endl;
    out << "first bad line: " << firstRight << '/' << firstLabelled << " = " << percent(firstRight, firstLabelled)
        << "%; failing tests named: " << testsRight << '/' << testsLabelled << "; compiler locations: " << placesRight
        << '/' << placesLabelled << Qt::endl;

    // Speed and memory: a long ordinary log that ends in a real failure.
    QFile tail(logs.filePath(QStringLiteral("gxx-no-member.log")));
    tail.open(QIODevice::ReadOnly);
    const QByteArray failure = tail.readAll();
    QByteArray big;
    big.reserve(qsizetype(megabytes) * 1024 * 1024 + failure.size() + 65536);
    for (int seed = 0; big.size() < qsizetype(megabytes) * 1024 * 1024; ++seed)
        big += noiseLines(seed);
    big += failure;
    const qint64 rssBefore = (adp::bench::rssKb(QCoreApplication::applicationPid()) * 1024);
    double best = 1e9;
    FailureVerdict verdict;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        FailureAnalyzer analyzer;
        for (qsizetype at = 0; at < big.size(); at += 1 << 20) // as read from a file, a MiB at a time
            analyzer.feed(QByteArrayView(big).sliced(at, std::min<qsizetype>(1 << 20, big.size() - at)));
        verdict = analyzer.finish();
        best = std::min(best, timer.nsecsElapsed() / 1e9);
    }
    out << "analysis of a " << QString::number(big.size() / 1048576.0, 'f', 1) << " MiB log (" << verdict.lines
        << " lines): " << QString::number(best, 'f', 3) << " s, "
        << QString::number(big.size() / 1048576.0 / best, 'f', 0) << " MiB/s (target < 1 s for 100 MB); verdict "
        << failureClassName(verdict.failureClass) << " at line " << verdict.firstErrorLine << "; RSS growth while "
        << "analyzing "
        << QString::number(((adp::bench::rssKb(QCoreApplication::applicationPid()) * 1024) - rssBefore) / 1048576.0,
                           'f', 1)
        << " MiB" << Qt::endl;
    return 0;
}
