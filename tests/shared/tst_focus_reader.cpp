#include "shared/costs/FocusReader.h"
#include "shared/costs/Money.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using adp::shared::costs::FocusError;
using adp::shared::costs::FocusReader;
using adp::shared::costs::FocusRow;
using adp::shared::costs::nanosOfDecimal;

// FOCUS billing exports read on the FinOps Foundation's real 1,000-row sample (tests/data/focus):
// every row, money exact to a billionth, in any pieces; and bad files stopped at their first
// error with its row and column.
class TestFocusReader : public QObject
{
    Q_OBJECT

private:
    static QByteArray sample()
    {
        QFile file(QStringLiteral(ADP_SOURCE_DIR "/tests/data/focus/focus-1.0-sample-1000.csv"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static std::optional<FocusError> readAll(const QByteArray &bytes, QList<FocusRow> *rows = nullptr)
    {
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        return FocusReader::read(buffer, [rows](const FocusRow &row) {
            if (rows)
                rows->append(row);
            return true;
        });
    }

    static QString errorOf(const QByteArray &bytes)
    {
        const auto error = readAll(bytes);
        return error ? error->toString() : QString();
    }

    static QByteArray header()
    {
        return "BilledCost,EffectiveCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,"
               "ChargePeriodEnd,ChargeCategory,ProviderName,ServiceName,Tags\n";
    }

private Q_SLOTS:
    void readsTheRealSampleExactly()
    {
        QList<FocusRow> rows;
        QCOMPARE(errorOf(sample()), QString());
        QVERIFY(!readAll(sample(), &rows));
        QCOMPARE(rows.size(), 1000);
        qint64 billed = 0, effective = 0;
        int tagged = 0, aws = 0;
        for (const FocusRow &row : rows) {
            billed += row.billedCostNanos;
            effective += row.effectiveCostNanos;
            tagged += row.tags.isEmpty() ? 0 : 1;
            aws += row.providerName == "AWS" ? 1 : 0;
        }
        // Python's Decimal, each row rounded half up to a billionth: 20.520226762 and 14.976514186.
        QCOMPARE(billed, 20'520'226'762LL);
        QCOMPARE(effective, 14'976'514'186LL);
        QCOMPARE(tagged, 711);
        QCOMPARE(aws, 942);
        const FocusRow &first = rows.first();
        QCOMPARE(first.line, 2);
        QCOMPARE(first.billedCostNanos, 800);
        QCOMPARE(first.currency, QByteArray("USD"));
        QCOMPARE(first.chargePeriodStartMs, QDateTime(QDate(2024, 9, 18), QTime(22, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(first.serviceName, QByteArray("Amazon Simple Queue Service"));
        QVERIFY(first.regionId == "us-west-2");
        QVERIFY(first.tags.isEmpty()); // NULL
        // Row 956 takes Azure disk usage back: negative cost and negative quantity.
        QCOMPARE(rows.at(954).line, 956);
        QCOMPARE(rows.at(954).billedCostNanos, -12'889'920LL);
        const auto credit =
            std::find_if(rows.begin(), rows.end(), [](const FocusRow &row) { return row.chargeCategory == "Credit"; });
        QVERIFY(credit != rows.end());
        QCOMPARE(credit->billedCostNanos, -2'613'700'000LL);
    }

    void sameRowsInAnyPieces()
    {
        const QByteArray bytes = sample();
        QRandomGenerator random(20261205);
        for (int round = 0; round < 5; ++round) {
            FocusReader reader;
            qint64 billed = 0;
            const auto sink = [&billed](const FocusRow &row) {
                billed += row.billedCostNanos;
                return true;
            };
            for (qsizetype at = 0; at < bytes.size();) {
                const qsizetype size = round == 0 ? 1 : random.bounded(1, 5000);
                QVERIFY(reader.feed(QByteArrayView(bytes).sliced(at, std::min(size, bytes.size() - at)), sink));
                at += size;
            }
            QVERIFY(reader.finish(sink));
            QCOMPARE(reader.rows(), 1000);
            QCOMPARE(billed, 20'520'226'762LL);
        }
    }

    void numbersAndTimes()
    {
        QCOMPARE(nanosOfDecimal(QByteArrayView("12.5")), 12'500'000'000LL);
        QCOMPARE(nanosOfDecimal(QByteArrayView("-0.00000080000")), -800LL);
        QCOMPARE(nanosOfDecimal(QByteArrayView("1e-3")), 1'000'000LL);
        QCOMPARE(nanosOfDecimal(QByteArrayView("0.0000000005")), 1LL);
        QCOMPARE(nanosOfDecimal(QByteArrayView(".25")), 250'000'000LL);
        QCOMPARE(nanosOfDecimal(QByteArrayView("abc")), std::nullopt);
        QCOMPARE(nanosOfDecimal(QByteArrayView("")), std::nullopt);
        QCOMPARE(nanosOfDecimal(QByteArrayView("99999999999999999999")), std::nullopt);
        QCOMPARE(FocusReader::timeOf("2024-09-01T00:00:00Z"), QDateTime(QDate(2024, 9, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(FocusReader::timeOf("2024-09-01 02:00:00+02:00"), QDateTime(QDate(2024, 9, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(!FocusReader::timeOf("yesterday").isValid());
    }

    void badFilesNameTheirFirstError()
    {
        const QByteArray good =
            "1.5,1.5,USD,2024-09-01,2024-10-01,2024-09-02T00:00:00Z,2024-09-02T01:00:00Z,Usage,AWS,S3,NULL\n";
        QCOMPARE(errorOf(header() + good), QString());
        QCOMPARE(errorOf(QByteArray()), QStringLiteral("row 1: the file is empty"));
        QCOMPARE(
            errorOf("Cost,Currency\n1,USD\n"),
            QStringLiteral("row 1, column BilledCost: not a FOCUS 1.0-1.2 export: it has no BilledCost, "
                           "EffectiveCost, BillingCurrency, BillingPeriodStart, BillingPeriodEnd, "
                           "ChargePeriodStart, ChargePeriodEnd, ChargeCategory, ProviderName, ServiceName column"));
        const auto withRow = [&](const QByteArray &row) { return errorOf(header() + good + row); };
        QCOMPARE(withRow("abc,1,USD,2024-09-01,2024-10-01,2024-09-02,2024-09-02,Usage,AWS,S3,NULL\n"),
                 QStringLiteral("row 3, column BilledCost: \"abc\" is not a number"));
        QCOMPARE(withRow("-1,-1,USD,2024-09-01,2024-10-01,2024-09-02,2024-09-02,Usage,AWS,S3,NULL\n"),
                 QStringLiteral("row 3, column BilledCost: a Usage charge cannot cost less than nothing unless it is a "
                                "correction or takes usage back"));
        QCOMPARE(withRow("-1,-1,USD,2024-09-01,2024-10-01,2024-09-02,2024-09-02,Credit,AWS,S3,NULL\n"), QString());
        QCOMPARE(withRow("1,1,EUR,2024-09-01,2024-10-01,2024-09-02,2024-09-02,Usage,AWS,S3,NULL\n"),
                 QStringLiteral("row 3, column BillingCurrency: EUR, where the rows before are in USD: one import is "
                                "one currency"));
        QCOMPARE(withRow("1,1,USD,2024-13-01,2024-10-01,2024-09-02,2024-09-02,Usage,AWS,S3,NULL\n"),
                 QStringLiteral("row 3, column BillingPeriodStart: \"2024-13-01\" is not a date and time"));
        QCOMPARE(withRow("1,1,USD,2024-10-01,2024-09-01,2024-09-02,2024-09-02,Usage,AWS,S3,NULL\n"),
                 QStringLiteral("row 3, column BillingPeriodEnd: the billing period ends before it starts"));
        QCOMPARE(withRow("1,1,USD,2024-09-01,2024-10-01,2024-09-02,2024-09-02,Refund,AWS,S3,NULL\n"),
                 QStringLiteral("row 3, column ChargeCategory: \"Refund\" is none of Usage, Purchase, Tax, Credit, "
                                "Adjustment"));
        QCOMPARE(withRow("1,1,USD,2024-09-01,2024-10-01,2024-09-02,2024-09-02,Usage,AWS,S3\n"),
                 QStringLiteral("row 3: 10 fields where the header has 11"));
        QCOMPARE(withRow("1,1,USD,2024-09-01,2024-10-01,2024-09-02,2024-09-02,Usage,AWS,S3,\"{\"\"team\"\": 3\"\n"),
                 QStringLiteral("row 3, column Tags: not a JSON object (invalid termination by number)"));
        QCOMPARE(withRow("1,1,USD,2024-09-01,2024-10-01,2024-09-02,2024-09-02,Usage,AWS,\"S3\n"),
                 QStringLiteral("row 3: the file ends inside a quoted field"));
        QCOMPARE(withRow("1,1,USD,2024-09-01,2024-10-01,2024-09-02,2024-09-02,Usage,AWS,S\"3,NULL\n"),
                 QStringLiteral("row 3: a quote inside an unquoted field"));
        QCOMPARE(withRow("1,1,USD,2024-09-01,2024-10-01,2024-09-02,2024-09-02,Usage,AWS,\"" +
                         QByteArray(FocusReader::kMaxField + 1, 'x') + "\",NULL\n"),
                 QStringLiteral("row 3: a field is longer than 65536 bytes"));
        QCOMPARE(withRow(QByteArray("1,1,USD,2024-09-01,2024-10-01,2024-09-02,2024-09-02,Usage,AWS,S\0"
                                    "3,NULL\n",
                                    71)),
                 QStringLiteral("row 3: a NUL byte: not a text file"));
        // A quoted "NULL" is text, a field may hold a line break, CRLF endings are fine.
        QList<FocusRow> rows;
        QVERIFY(!readAll(header() + "1,1,USD,2024-09-01,2024-10-01,2024-09-02,2024-09-02,Usage,AWS,\"NULL\",NULL\r\n" +
                             "2,2,USD,2024-09-01,2024-10-01,2024-09-02,2024-09-02,Usage,AWS,\"Simple\nStorage\",NULL",
                         &rows));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).serviceName, QByteArray("NULL"));
        QCOMPARE(rows.at(1).serviceName, QByteArray("Simple\nStorage"));
        QCOMPARE(rows.at(1).line, 3);
        // A quantity is a number; a negative one is usage taken back, which may cost less than nothing.
        const QByteArray withQuantity =
            "BilledCost,EffectiveCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,"
            "ChargePeriodEnd,ChargeCategory,ProviderName,ServiceName,ConsumedQuantity,ConsumedUnit\n";
        QCOMPARE(errorOf(withQuantity + "1,1,USD,2024-09-01,2024-10-01,2024-09-02,2024-09-02,Usage,AWS,S3,lots,GB\n"),
                 QStringLiteral("row 2, column ConsumedQuantity: \"lots\" is not a number"));
        rows.clear();
        QVERIFY(!readAll(withQuantity + "-1,-1,USD,2024-09-01,2024-10-01,2024-09-02,2024-09-02,Usage,AWS,S3,-2.5,GB\n",
                         &rows));
        QCOMPARE(rows.at(0).consumedQuantity, QByteArray("-2.5"));
        QCOMPARE(rows.at(0).consumedUnit, QByteArray("GB"));
        // Tags: values of any JSON type become text, kept as compact JSON too.
        rows.clear();
        QVERIFY(!readAll(header() + "1,1,USD,2024-09-01,2024-10-01,2024-09-02,2024-09-02,Usage,AWS,S3,"
                                    "\"{\"\"team\"\": \"\"web\"\", \"\"cores\"\": 4}\"\n",
                         &rows));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).tags.value(QStringLiteral("team")), QStringLiteral("web"));
        QCOMPARE(rows.at(0).tags.value(QStringLiteral("cores")), QStringLiteral("4"));
        QCOMPARE(rows.at(0).tagsJson, QByteArray(R"({"cores":"4","team":"web"})"));
    }
};

QTEST_GUILESS_MAIN(TestFocusReader)
#include "tst_focus_reader.moc"
