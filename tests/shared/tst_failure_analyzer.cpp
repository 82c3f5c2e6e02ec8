#include "CommandRun.h"
#include "shared/analysis/FailureAnalyzer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace adp::shared::analysis;
using adp::test::runCommand;

// The job failure analyzer on the labelled set of real failure logs (tests/data/failure-logs,
// each the output of a real tool run to fail in one known way): the class, the first bad line,
// the failing tests and where the compiler points; the same verdict whatever pieces the log
// arrives in; binary, empty, huge-lined and CRLF logs; and `adp ai explain --log`, offline.
class TestFailureAnalyzer : public QObject
{
    Q_OBJECT

private:
    static QDir logs() { return QDir(QStringLiteral(ADP_FAILURE_LOGS_DIR)); }

    static QJsonObject labels()
    {
        QFile file(logs().filePath(QStringLiteral("labels.json")));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    }

    static QByteArray logNamed(const QString &name)
    {
        QFile file(logs().filePath(name + QStringLiteral(".log")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QString lineOf(const QByteArray &log, qint64 number)
    {
        const QList<QByteArray> lines = log.split('\n');
        return number > 0 && number <= lines.size() ? QString::fromUtf8(lines.at(number - 1)) : QString();
    }

private Q_SLOTS:
    void labelledLogs_data()
    {
        QTest::addColumn<QString>("name");
        const QJsonObject all = labels();
        QVERIFY(all.size() >= 60);
        for (auto it = all.begin(); it != all.end(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key();
    }

    void labelledLogs()
    {
        QFETCH(QString, name);
        const QJsonObject label = labels().value(name).toObject();
        const QByteArray log = logNamed(name);
        QVERIFY(!log.isEmpty());
        const FailureVerdict verdict = FailureAnalyzer::analyze(log);
        // The one log no rule can explain: wget -q says nothing, only its exit code (4) tells.
        const QString expected = name == u"wget-refused" ? QStringLiteral("unknown") : label.value("class").toString();
        QCOMPARE(failureClassName(verdict.failureClass), expected);
        const QString first = label.value("first_error").toString();
        if (!first.isEmpty() && expected != u"unknown")
            QVERIFY2(lineOf(log, verdict.firstErrorLine).contains(first),
                     qPrintable(QStringLiteral("line %1: %2")
                                    .arg(verdict.firstErrorLine)
                                    .arg(lineOf(log, verdict.firstErrorLine))));
        for (const QJsonValue &test : label.value("tests").toArray()) {
            const QString wanted = test.toString();
            QVERIFY2(std::any_of(verdict.tests.begin(), verdict.tests.end(),
                                 [&wanted](const QString &found) { return found.contains(wanted); }),
                     qPrintable(verdict.tests.join(u',')));
        }
        if (label.contains("location")) {
            QVERIFY(verdict.location);
            const QString place = verdict.location->file + u':' + QString::number(verdict.location->line);
            QVERIFY2(place.endsWith(label.value("location").toString()), qPrintable(place));
        }
        // Evidence is the log's own lines, and the first bad line is among it.
        QVERIFY(expected == u"unknown" || !verdict.evidence.isEmpty());
        for (const LogEvidence &item : verdict.evidence)
            QCOMPARE(item.text, lineOf(log, item.line).trimmed().left(FailureVerdict::kMaxEvidenceText));
    }

    void sameVerdictInAnyPieces()
    {
        QRandomGenerator random(20261205);
        for (const QString &name : {QStringLiteral("rustc-borrow"), QStringLiteral("ctest-qtest"),
                                    QStringLiteral("jest-fail"), QStringLiteral("npm-registry-down")}) {
            const QByteArray log = logNamed(name);
            const QJsonObject whole = FailureAnalyzer::analyze(log).toJson();
            for (int round = 0; round < 20; ++round) {
                FailureAnalyzer analyzer;
                for (qsizetype at = 0; at < log.size();) {
                    const qsizetype size = round == 0 ? 1 : random.bounded(1, 64);
                    analyzer.feed(QByteArrayView(log).sliced(at, std::min(size, log.size() - at)));
                    at += size;
                }
                QCOMPARE(analyzer.finish().toJson(), whole);
            }
        }
    }

    void binaryEmptyLongAndCrLfLogs()
    {
        QByteArray binary(4096, '\0');
        binary.prepend("\x7f"
                       "ELF");
        const FailureVerdict notText = FailureAnalyzer::analyze(binary);
        QVERIFY(notText.binary);
        QCOMPARE(notText.failureClass, FailureClass::Unknown);
        QVERIFY(notText.evidence.isEmpty());

        const FailureVerdict empty = FailureAnalyzer::analyze(QByteArrayView());
        QCOMPARE(empty.failureClass, FailureClass::Unknown);
        QCOMPARE(empty.lines, 0);
        QCOMPARE(empty.firstErrorLine, 0);

        // A 4 MiB line (a minified bundle) is looked at by its start; the line after it still counts.
        QByteArray huge =
            "$ npm run build\n" + QByteArray(4 * 1024 * 1024, 'x') + "\nbash: line 1: webpack: command not found\n";
        const FailureVerdict afterHuge = FailureAnalyzer::analyze(huge);
        QCOMPARE(afterHuge.failureClass, FailureClass::MissingDependency);
        QCOMPARE(afterHuge.firstErrorLine, 3);
        QCOMPARE(afterHuge.lines, 3);

        QByteArray crlf = logNamed(QStringLiteral("gxx-no-member"));
        const QJsonObject lf = FailureAnalyzer::analyze(crlf).toJson();
        crlf.replace("\n", "\r\n");
        QJsonObject windows = FailureAnalyzer::analyze(crlf).toJson();
        windows.remove("bytes");
        QJsonObject unixWithoutBytes = lf;
        unixWithoutBytes.remove("bytes");
        QCOMPARE(windows, unixWithoutBytes);

        // A last line without its line feed is read too.
        const FailureVerdict unterminated = FailureAnalyzer::analyze("building\ncurl: (6) Could not resolve host: x");
        QCOMPARE(unterminated.failureClass, FailureClass::Network);
        QCOMPARE(unterminated.lines, 2);
        QCOMPARE(unterminated.firstErrorLine, 2);
    }

    void documentedCompilerFormats()
    {
        // MSVC and Maven's javac, as their documentation shows them.
        FailureVerdict msvc = FailureAnalyzer::analyze(
            "cl /c cart.cpp\ncart.cpp\nC:\\src\\shop\\cart.cpp(12,5): error C2065: 'items': undeclared identifier\n");
        QCOMPARE(msvc.failureClass, FailureClass::CompileError);
        QVERIFY(msvc.location);
        QCOMPARE(msvc.location->file, QStringLiteral("C:\\src\\shop\\cart.cpp"));
        QCOMPARE(msvc.location->line, 12);
        QCOMPARE(msvc.location->column, 5);
        QCOMPARE(msvc.location->tool, QStringLiteral("msvc"));
        FailureVerdict maven =
            FailureAnalyzer::analyze("[INFO] BUILD FAILURE\n[ERROR] COMPILATION ERROR :\n"
                                     "[ERROR] /builds/shop/src/main/java/shop/Cart.java:[14,16] cannot find symbol\n");
        QCOMPARE(maven.failureClass, FailureClass::CompileError);
        QCOMPARE(maven.location->line, 14);
        QCOMPARE(maven.location->message, QStringLiteral("cannot find symbol"));
    }

    void evidenceStaysBounded()
    {
        QByteArray log;
        for (int i = 0; i < 20000; ++i)
            log += "--- FAIL: TestCase" + QByteArray::number(i) + " (0.00s)\n";
        const FailureVerdict verdict = FailureAnalyzer::analyze(log);
        QCOMPARE(verdict.failureClass, FailureClass::TestFailure);
        QCOMPARE(verdict.evidence.size(), FailureAnalyzer::kEvidencePerClass);
        QCOMPARE(verdict.tests.size(), FailureAnalyzer::kMaxTests);
        QCOMPARE(verdict.tests.first(), QStringLiteral("TestCase0"));
    }

    void cliExplainsASavedLogOffline()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QTemporaryDir config;
        environment.insert(QStringLiteral("ADP_CONFIG_DIR"), config.path()); // no session: nothing to ask
        environment.insert(QStringLiteral("ADP_LANGUAGE"), QStringLiteral("en"));
        environment.remove(QStringLiteral("ADP_SERVER"));
        const QString path = logs().filePath(QStringLiteral("tsc-type.log"));
        const auto json =
            runCommand(QStringLiteral("adp"), {"ai", "explain", "--log", path, "--output", "json"}, {}, environment);
        QCOMPARE(json.code, 0);
        const QJsonObject verdict = json.json();
        QCOMPARE(verdict.value("class").toString(), QStringLiteral("compile_error"));
        QCOMPARE(verdict.value("location").toObject().value("file").toString(), QStringLiteral("src/cart.ts"));
        QCOMPARE(verdict.value("location").toObject().value("line").toInt(), 2);
        QCOMPARE(verdict.value("location").toObject().value("tool").toString(), QStringLiteral("tsc"));
        QVERIFY(verdict.value("first_error_line").toInt() > 0);
        QVERIFY(!verdict.value("evidence").toArray().isEmpty());
        QVERIFY(verdict.value("tests").isArray());

        const auto text = runCommand(QStringLiteral("adp"),
                                     {"ai", "explain", "--log", logs().filePath("cargo-test.log")}, {}, environment);
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.startsWith(QStringLiteral("test_failure: Tests failed.")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("Failing tests: tests::adds")));
        QVERIFY(text.out.contains(QStringLiteral("no model was asked")));

        QCOMPARE(
            runCommand(QStringLiteral("adp"), {"ai", "explain", "--log", "/nonexistent/job.log"}, {}, environment).code,
            1);
        QCOMPARE(runCommand(QStringLiteral("adp"), {"ai", "explain", "--log", config.path()}, {}, environment).code, 1);
        QCOMPARE(runCommand(QStringLiteral("adp"), {"ai", "explain"}, {}, environment).code, 2);
        QCOMPARE(runCommand(QStringLiteral("adp"), {"ai", "explain", "abc"}, {}, environment).code, 2);
        QCOMPARE(runCommand(QStringLiteral("adp"), {"ai", "advise"}, {}, environment).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestFailureAnalyzer)
#include "tst_failure_analyzer.moc"
