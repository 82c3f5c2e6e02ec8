// The job log viewer with a one-million-line log (issue #5): how long the lines take to arrive
// (ANSI parsed once each, in 64 KiB pieces as a live log streams), the time to the first paint,
// the worst and median frame while scrolling (page steps, jumps, single lines, a fold toggle),
// a search over every line, and the process's memory with it open.
// Usage: adp-bench-log-viewer [--lines N]   (QT_QPA_PLATFORM=offscreen without a display)
#include "BenchFigures.h"
#include "ProcessMemory.h"
#include "logs/LogViewer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTextStream>

using namespace adp::app;
using adp::bench::percentile;

namespace {

QByteArray makeLog(int lines)
{
    QByteArray log;
    log.reserve(qsizetype(lines) * 80);
    QRandomGenerator random(42);
    for (int i = 0; i < lines; ++i) {
        if (i % 10000 == 0)
            log += "\x1b[0Ksection_start:" + QByteArray::number(1700000000 + i) + ":step_" + QByteArray::number(i) +
                   "[collapsed=false]\r\x1b[0K\x1b[36;1mStep " + QByteArray::number(i / 10000) + "\x1b[0m\n";
        else if (i % 10000 == 9999)
            log += "\x1b[0Ksection_end:" + QByteArray::number(1700000000 + i) + ":step_" +
                   QByteArray::number(i - 9999) + "\r\x1b[0K\n";
        else if (i % 10 == 0)
            log += "\x1b[32m[ok]\x1b[0m test_" + QByteArray::number(i) + " passed in " +
                   QByteArray::number(random.bounded(1000)) + " ms \x1b[90m(worker " + QByteArray::number(i % 8) +
                   ")\x1b[0m\n";
        else if (i % 997 == 0)
            log += "\x1b[31;1merror:\x1b[0m src/module_" + QByteArray::number(i) +
                   ".cpp:42: expected ';' before '}' token\n";
        else
            log += "[build] compiling src/module_" + QByteArray::number(i) + ".cpp with -O2 -Wall -Wextra -Werror " +
                   QByteArray(random.bounded(40), 'x') + '\n';
    }
    return log;
}

class PaintWatcher : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("lines"), QStringLiteral("lines in the log"), QStringLiteral("n"), QStringLiteral("1000000")});
    parser.process(app);
    const int lines = parser.value(QStringLiteral("lines")).toInt();
    QTextStream out(stdout);

    const qint64 pid = QCoreApplication::applicationPid();
    const qint64 rssBefore = adp::bench::rssKb(pid);
    QByteArray log = makeLog(lines);
    const qint64 logBytes = log.size();

    LogViewer viewer;
    viewer.resize(1200, 800);
    QElapsedTimer timer;
    timer.start();
    for (qsizetype at = 0; at < log.size(); at += 64 * 1024)
        viewer.document().append(QByteArrayView(log).sliced(at, qMin<qsizetype>(64 * 1024, log.size() - at)));
    viewer.document().finish();
    const double appendMs = double(timer.nsecsElapsed()) / 1e6;
    QByteArray().swap(log); // the server's copy is not the viewer's to keep

    PaintWatcher watcher;
    viewer.view().viewport()->installEventFilter(&watcher);
    timer.restart();
    viewer.show();
    while (!watcher.painted && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double firstPaintMs = double(timer.nsecsElapsed()) / 1e6;

    // Frames: each a scroll (or a fold) and a full synchronous repaint of the view.
    QScrollBar *bar = viewer.view().verticalScrollBar();
    QList<double> frames;
    QRandomGenerator random(7);
    const auto frame = [&](const std::function<void()> &change) {
        QElapsedTimer one;
        one.start();
        change();
        viewer.view().viewport()->repaint();
        frames.append(double(one.nsecsElapsed()) / 1e6);
    };
    viewer.view().setFollowing(false);
    bar->setValue(0);
    for (int i = 0; i < 200; ++i)
        frame([&]() { bar->setValue(bar->value() + bar->pageStep()); });
    for (int i = 0; i < 200; ++i)
        frame([&]() { bar->setValue(int(random.bounded(bar->maximum() + 1))); });
    for (int i = 0; i < 200; ++i)
        frame([&]() { bar->setValue(bar->value() + 1); });
    for (int i = 0; i < 10; ++i)
        frame([&]() { viewer.document().toggle(int(random.bounded(int(viewer.document().sections().size())))); });
    frame([&]() { viewer.view().setFollowing(true); });

    timer.restart();
    viewer.setSearch(QStringLiteral("expected"));
    const double searchMs = double(timer.nsecsElapsed()) / 1e6;
    const int matches = viewer.matchCount();
    QCoreApplication::processEvents();
    const qint64 rssAfter = adp::bench::rssKb(pid);

    out << "\n## Log viewer, " << viewer.document().lineCount() << " lines ("
        << QString::number(double(logBytes) / 1048576.0, 'f', 1) << " MiB with ANSI)\n\n"
        << "| figure | value | target |\n|---|---|---|\n"
        << "| lines arriving (64 KiB pieces, ANSI parsed once) | " << QString::number(appendMs, 'f', 0) << " ms | |\n"
        << "| show to first paint | " << QString::number(firstPaintMs, 'f', 1) << " ms | |\n"
        << "| scrolling, worst frame (" << frames.size() << " frames) | "
        << QString::number(percentile(frames, 1.0), 'f', 2) << " ms | <= 50 ms |\n"
        << "| scrolling, median frame | " << QString::number(percentile(frames, 0.5), 'f', 2) << " ms | |\n"
        << "| search over every line (" << matches << " matches) | " << QString::number(searchMs, 'f', 0) << " ms | |\n"
        << "| process RSS before the log / with it open | " << QString::number(double(rssBefore) / 1024.0, 'f', 1)
        << " / " << QString::number(double(rssAfter) / 1024.0, 'f', 1) << " MB | < 300 MB |\n";
    return 0;
}
