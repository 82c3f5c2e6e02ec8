#include "logs/LogViewer.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace adp::app;

// The job log viewer on its own (offscreen): ANSI parsed into text and colours, GitLab's sections
// folded and unfolded, lines that arrive in pieces, search with a count and wrap-around, follow
// that lets go when the reader scrolls up, the first error, copy and save.
class TestLogViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ansiBecomesTextAndStyles()
    {
        AnsiParser parser;
        const auto line =
            parser.parse(u"\x1b[32;1mOK\x1b[0m plain \x1b[38;5;196mred\x1b[39m \x1b[38;2;1;2;3mtrue\x1b[0m\x1b[K");
        QCOMPARE(line.text, QStringLiteral("OK plain red true"));
        QCOMPARE(line.runs.size(), 3);
        QCOMPARE(line.runs.at(0).start, 0);
        QCOMPARE(line.runs.at(0).length, 2);
        QCOMPARE(line.runs.at(0).style.foreground, AnsiParser::standardColour(2));
        QVERIFY(line.runs.at(0).style.bold);
        QCOMPARE(line.runs.at(1).start, 9);
        QCOMPARE(line.runs.at(1).style.foreground, AnsiParser::colour256(196));
        QCOMPARE(line.runs.at(2).style.foreground, qRgb(1, 2, 3));
        // A colour left on carries over to the next line, as in a terminal; tabs line up at 8.
        const auto open = parser.parse(u"\x1b[31mstill");
        const auto next = parser.parse(u"red\tx");
        QCOMPARE(next.text, QStringLiteral("red     x"));
        QCOMPARE(next.runs.first().style.foreground, AnsiParser::standardColour(1));
        QCOMPARE(open.runs.size(), 1);
        // Cut-off and lone escapes never break the text.
        QCOMPARE(AnsiParser().parse(u"a\x1b[3").text, QStringLiteral("a"));
        QCOMPARE(AnsiParser()
                     .parse(u"a\x1b"
                            "b")
                     .text,
                 QStringLiteral("ab"));
    }

    void sectionsFold()
    {
        LogDocument document;
        document.append("before\n"
                        "\x1b[0Ksection_start:1700000000:build[collapsed=true]\r\x1b[0KBuilding\n"
                        "compile a\n"
                        "\x1b[0Ksection_start:1700000001:inner\r\x1b[0KInner\n"
                        "compile b\n"
                        "\x1b[0Ksection_end:1700000003:inner\r\x1b[0K\n"
                        "link\n"
                        "\x1b[0Ksection_end:1700000009:build\r\x1b[0K\n"
                        "after\n");
        QCOMPARE(document.lineCount(), 7); // the lines that only end sections show nothing
        QCOMPARE(document.text(1), QStringLiteral("Building"));
        QCOMPARE(document.sections().size(), 2);
        const auto &build = document.sections().at(0);
        QCOMPARE(build.name, QStringLiteral("build"));
        QCOMPARE(build.header, 1);
        QCOMPARE(build.last, 5);
        QCOMPARE(build.seconds, 9);
        QVERIFY(build.collapsed);
        QCOMPARE(document.sections().at(1).depth, 1);
        QCOMPARE(document.sections().at(1).last, 4);
        // Folded: before, Building, after.
        QCOMPARE(document.visibleCount(), 3);
        QCOMPARE(document.lineAtVisible(2), 6);
        document.toggle(0);
        QCOMPARE(document.visibleCount(), 7);
        document.toggle(1);
        QCOMPARE(document.visibleCount(), 6);
        QCOMPARE(document.visibleRowOf(4), 3); // inside the folded inner section: its header's row
        document.reveal(4);
        QCOMPARE(document.visibleCount(), 7);
    }

    void linesArriveInPieces()
    {
        LogDocument document;
        QSignalSpy added(&document, &LogDocument::linesAdded);
        const QByteArray text = QStringLiteral("héllo wörld\nprogress 10%\rprogress 100%\nlast").toUtf8();
        for (const char byte : text) // one byte at a time: UTF-8 sequences split too
            document.append(QByteArrayView(&byte, 1));
        QCOMPARE(document.lineCount(), 2);
        QCOMPARE(document.text(0), QStringLiteral("héllo wörld"));
        QCOMPARE(document.text(1), QStringLiteral("progress 100%")); // a carriage return overwrote
        document.finish();
        QCOMPARE(document.lineCount(), 3);
        QCOMPARE(document.text(2), QStringLiteral("last"));
        QCOMPARE(added.size(), 3);
    }

    void searchCountsAndWraps()
    {
        LogViewer viewer;
        viewer.resize(800, 300);
        viewer.show();
        QByteArray log;
        for (int i = 0; i < 500; ++i)
            log += (i % 100 == 7 ? QByteArray("step %1 WARNING disk\n") : QByteArray("step %1 ok\n"))
                       .replace("%1", QByteArray::number(i));
        viewer.document().append(log);
        viewer.setSearch(QStringLiteral("warning"));
        QCOMPARE(viewer.matchCount(), 5);
        const QList<QLabel *> labels = viewer.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *label) { return label->text() == u"1 of 5"; }));
        QCOMPARE(viewer.currentMatchLine(), 7);
        const int top = viewer.view().firstVisibleRow();
        QVERIFY(top <= 7 && 7 < top + viewer.view().rowsPerPage()); // the match is in view
        viewer.nextMatch();
        QCOMPARE(viewer.currentMatchLine(), 107);
        viewer.previousMatch();
        viewer.previousMatch(); // wraps to the last
        QCOMPARE(viewer.currentMatchLine(), 407);
        viewer.nextMatch(); // and back to the first
        QCOMPARE(viewer.currentMatchLine(), 7);
        // Lines that arrive later are searched too.
        viewer.document().append("late WARNING\n");
        QCOMPARE(viewer.matchCount(), 6);
        viewer.setSearch(QStringLiteral("nothing like this"));
        QCOMPARE(viewer.matchCount(), 0);
        QVERIFY(
            std::any_of(labels.begin(), labels.end(), [](QLabel *label) { return label->text() == u"No matches"; }));
        viewer.nextMatch(); // nothing to go to: nothing happens
        QCOMPARE(viewer.currentMatch(), -1);
    }

    void followLetsGoWhenScrolledUp()
    {
        LogViewer viewer;
        viewer.resize(800, 300);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        LogView &view = viewer.view();
        QVERIFY(view.isFollowing());
        for (int i = 0; i < 200; ++i)
            viewer.document().append(QByteArray("line ") + QByteArray::number(i) + '\n');
        QScrollBar *bar = view.verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum()); // the newest line in view
        bar->setValue(10);                      // the reader scrolls up
        QVERIFY(!view.isFollowing());
        viewer.document().append("more\n");
        QCOMPARE(bar->value(), 10); // stays where the reader is
        view.setFollowing(true);
        viewer.document().append("even more\n");
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(view.lineAt(view.viewport()->height() - view.lineHeight() / 2 - 1), viewer.document().lineCount() - 1);
    }

    // Whatever the font's height, the viewport may hold a partial row: for every
    // remainder of the line height the newest line sits on the bottom edge, and a
    // click in the partial row at the top selects the line drawn there.
    void followShowsTheNewestLineAtTheBottomForEveryViewportHeight()
    {
        LogViewer viewer;
        viewer.resize(800, 300);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        LogView &view = viewer.view();
        for (int i = 0; i < 300; ++i)
            viewer.document().append(QByteArray("line ") + QByteArray::number(i) + '\n');
        const int lineHeight = view.lineHeight();
        QSet<int> remainders;
        for (int extra = 0; extra < 3 * lineHeight && remainders.size() < lineHeight; ++extra) {
            viewer.resize(800, 300 + extra);
            QTRY_COMPARE(viewer.height(), 300 + extra);
            const int height = view.viewport()->height();
            remainders.insert(height % lineHeight);
            view.setFollowing(true);
            viewer.document().append("tail\n");
            const int last = viewer.document().lineCount() - 1;
            QCOMPARE(view.lineAt(height - 1), last);
            QCOMPARE(view.lineAt(height - lineHeight), last);
            QCOMPARE(view.lineAt(height - lineHeight - 1), last - 1);
            // The row at the top edge, partial or whole.
            const int topLine = last - (height - 1) / lineHeight;
            QCOMPARE(view.lineAt(0), topLine);
            QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(view.viewport()->width() / 2, 0));
            QCOMPARE(view.selection(), qMakePair(topLine, topLine));
            QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(view.viewport()->width() / 2, height - 1));
            QCOMPARE(view.selection(), qMakePair(last, last));
            QVERIFY(view.isFollowing()); // a click does not let go of the tail
        }
        QCOMPARE(remainders.size(), lineHeight);
    }

    void firstErrorCopyAndSave()
    {
        LogViewer viewer;
        viewer.resize(800, 300);
        viewer.show();
        QVERIFY(!viewer.jumpToFirstError());
        viewer.document().append(
            "$ make\ncompiling\nterrorist.c: fine\nmain.c:3: error: expected ';'\nERROR: Job failed: exit code 2\n");
        QVERIFY(viewer.jumpToFirstError());
        QCOMPARE(viewer.view().selection(), qMakePair(3, 3));
        viewer.copy();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("main.c:3: error: expected ';'\n"));
        viewer.view().selectLines(-1, -1);
        viewer.copy();
        QVERIFY(QApplication::clipboard()->text().startsWith(u"$ make\ncompiling\n"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("job.log"));
        QCOMPARE(viewer.saveTo(path), QString());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll().count('\n'), 5);
        QVERIFY(!viewer.saveTo(dir.filePath(QStringLiteral("missing/dir/job.log"))).isEmpty());
    }

    void clickingTheArrowFolds()
    {
        LogViewer viewer;
        viewer.resize(800, 300);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.document().append(
            "section_start:1:tests\r\x1b[0KTests\none\ntwo\nsection_end:2:tests\r\x1b[0K\nafter\n");
        viewer.view().setFollowing(false);
        viewer.view().verticalScrollBar()->setValue(0);
        QCOMPARE(viewer.document().visibleCount(), 4);
        const int y = viewer.view().lineHeight() / 2;
        QTest::mouseClick(viewer.view().viewport(), Qt::LeftButton, {}, QPoint(5, y));
        QCOMPARE(viewer.document().visibleCount(), 2);
        QVERIFY(viewer.document().sections().first().collapsed);
        QTest::mouseClick(viewer.view().viewport(), Qt::LeftButton, {}, QPoint(5, y));
        QCOMPARE(viewer.document().visibleCount(), 4);
    }
};

QTEST_MAIN(TestLogViewer)
#include "tst_log_viewer.moc"
