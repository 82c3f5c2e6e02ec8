#include "shared/pipeline/CronSchedule.h"
#include "shared/pipeline/FreezePeriod.h"

#include <QtTest>

using adp::pipeline::CronSchedule;
using adp::pipeline::FreezePeriod;

// Cron expressions of pipeline schedules: what parses, what is refused with
// the field named, and when they fire in a time zone, across clock changes;
// and deploy freeze windows made of two of them.
class TestCronSchedule : public QObject
{
    Q_OBJECT

private:
    static QDateTime utc(const QString &iso) { return QDateTime::fromString(iso, Qt::ISODate).toUTC(); }

    static QStringList nextTimes(const QString &expression, const QString &zone, const QString &after, int count)
    {
        QString error;
        const auto schedule = CronSchedule::parse(expression, &error);
        if (!schedule)
            return {QStringLiteral("error: ") + error};
        QStringList times;
        const QTimeZone timeZone(zone.toUtf8());
        for (const QDateTime &time : schedule->next(utc(after), timeZone, count))
            times.append((zone == u"UTC" ? time.toUTC() : time.toTimeZone(timeZone)).toString(Qt::ISODate));
        return times;
    }

private Q_SLOTS:
    void firesWhenExpected_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("every 15 minutes")
            << "*/15 * * * *"
            << "UTC"
            << "2026-11-26T10:07:30Z"
            << QStringList{"2026-11-26T10:15:00Z", "2026-11-26T10:30:00Z", "2026-11-26T10:45:00Z"};
        QTest::newRow("strictly after") << "0 3 * * *"
                                        << "UTC"
                                        << "2026-11-26T03:00:00Z" << QStringList{"2026-11-27T03:00:00Z"};
        QTest::newRow("in a time zone") << "30 9 * * MON-FRI"
                                        << "Asia/Shanghai"
                                        << "2026-11-27T02:00:00Z"
                                        << QStringList{"2026-11-30T09:30:00+08:00", "2026-12-01T09:30:00+08:00"};
        QTest::newRow("lists, ranges, steps")
            << "5,10-12/2 8 * * *"
            << "UTC"
            << "2026-01-01T00:00:00Z"
            << QStringList{"2026-01-01T08:05:00Z", "2026-01-01T08:10:00Z", "2026-01-01T08:12:00Z"};
        QTest::newRow("start/step runs to the end")
            << "50/5 1 * * *"
            << "UTC"
            << "2026-01-01T00:00:00Z"
            << QStringList{"2026-01-01T01:50:00Z", "2026-01-01T01:55:00Z", "2026-01-02T01:50:00Z"};
        // Both day fields restricted: either matches (the 13th, or any Friday).
        QTest::newRow("day of month or week")
            << "0 0 13 * FRI"
            << "UTC"
            << "2026-02-01T00:00:00Z"
            << QStringList{"2026-02-06T00:00:00Z", "2026-02-13T00:00:00Z", "2026-02-20T00:00:00Z"};
        QTest::newRow("7 is Sunday") << "0 12 * * 7"
                                     << "UTC"
                                     << "2026-11-26T00:00:00Z" << QStringList{"2026-11-29T12:00:00Z"};
        QTest::newRow("leap day") << "0 0 29 2 *"
                                  << "UTC"
                                  << "2026-03-01T00:00:00Z" << QStringList{"2028-02-29T00:00:00Z"};
        QTest::newRow("macros") << "@monthly"
                                << "UTC"
                                << "2026-11-26T00:00:00Z" << QStringList{"2026-12-01T00:00:00Z"};
        QTest::newRow("month names") << "0 0 1 jan,JUL *"
                                     << "UTC"
                                     << "2026-02-01T00:00:00Z"
                                     << QStringList{"2026-07-01T00:00:00Z", "2027-01-01T00:00:00Z"};
        // Berlin springs forward at 02:00 on 2026-03-29: 02:30 does not exist and runs at 03:00.
        QTest::newRow("skipped by a clock change")
            << "30 2 * * *"
            << "Europe/Berlin"
            << "2026-03-28T12:00:00Z" << QStringList{"2026-03-29T03:00:00+02:00", "2026-03-30T02:30:00+02:00"};
        // And falls back at 03:00 on 2026-10-25: 02:30 happens twice and runs once.
        QTest::newRow("twice by a clock change")
            << "30 2 * * *"
            << "Europe/Berlin"
            << "2026-10-24T12:00:00Z" << QStringList{"2026-10-25T02:30:00+01:00", "2026-10-26T02:30:00+01:00"};
        QTest::newRow("never") << "0 0 31 2 *"
                               << "UTC"
                               << "2026-01-01T00:00:00Z" << QStringList{};
    }
    void firesWhenExpected()
    {
        QFETCH(QString, expression);
        QFETCH(QString, zone);
        QFETCH(QString, after);
        QFETCH(QStringList, expected);
        QCOMPARE(nextTimes(expression, zone, after, int(expected.size()) + (expected.isEmpty() ? 1 : 0)), expected);
    }

    void refusesNamingTheField_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("error");
        QTest::newRow("too few") << "* * * *"
                                 << "needs five fields";
        QTest::newRow("too many") << "* * * * * *"
                                  << "has 6";
        QTest::newRow("minute range") << "60 * * * *"
                                      << "minute: '60' is not within 0-59";
        QTest::newRow("hour") << "0 24 * * *"
                              << "hour: '24'";
        QTest::newRow("day zero") << "0 0 0 * *"
                                  << "day of month: '0'";
        QTest::newRow("month name") << "0 0 1 FOO *"
                                    << "month: 'FOO'";
        QTest::newRow("weekday") << "0 0 * * 8"
                                 << "day of week: '8'";
        QTest::newRow("bad step") << "*/0 * * * *"
                                  << "minute: the step in '*/0'";
        QTest::newRow("reversed range") << "0 10-5 * * *"
                                        << "hour: '10-5'";
        QTest::newRow("empty item") << "1,,2 * * * *"
                                    << "minute: '' is not";
        QTest::newRow("unknown macro") << "@sometimes"
                                       << "needs five fields";
    }
    void refusesNamingTheField()
    {
        QFETCH(QString, expression);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!CronSchedule::parse(expression, &message));
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void findsTheLastFiringBefore()
    {
        QString error;
        const auto weekly = CronSchedule::parse(QStringLiteral("0 23 * * FRI"), &error);
        QVERIFY(weekly);
        const QTimeZone berlin("Europe/Berlin");
        // Thursday 3 December 2026: the last Friday 23:00 in Berlin was 27 November (22:00 UTC).
        QCOMPARE(weekly->latestAtOrBefore(utc("2026-12-03T12:00:00Z"), berlin), utc("2026-11-27T22:00:00Z"));
        QCOMPARE(weekly->latestAtOrBefore(utc("2026-11-27T22:00:00Z"), berlin), utc("2026-11-27T22:00:00Z"));
        // Across the October clock change: Friday 23 October 2026 23:00 was still summer time (21:00 UTC).
        QCOMPARE(weekly->latestAtOrBefore(utc("2026-10-28T00:00:00Z"), berlin), utc("2026-10-23T21:00:00Z"));
        const auto leap = CronSchedule::parse(QStringLiteral("0 0 29 2 *"), &error);
        QCOMPARE(leap->latestAtOrBefore(utc("2026-12-03T00:00:00Z"), QTimeZone::utc()), utc("2024-02-29T00:00:00Z"));
    }

    void freezeWindowsSayWhenTheyHold()
    {
        // GitLab's example: from Friday 23:00 to Monday 07:00, in Berlin.
        shared_errors.clear();
        const auto weekend =
            FreezePeriod::parse(QStringLiteral("0 23 * * 5"), QStringLiteral("0 7 * * 1"),
                                QStringLiteral("Europe/Berlin"), utc("2026-12-01T00:00:00Z"), shared_errors);
        QVERIFY(weekend);
        QVERIFY(!weekend->activeAt(utc("2026-12-04T21:59:00Z"))); // Friday 22:59 in Berlin
        QVERIFY(weekend->activeAt(utc("2026-12-04T22:00:00Z")));  // Friday 23:00
        QVERIFY(weekend->activeAt(utc("2026-12-06T12:00:00Z")));  // Sunday
        QVERIFY(!weekend->activeAt(utc("2026-12-07T06:00:00Z"))); // Monday 07:00
        QCOMPARE(weekend->endsAfter(utc("2026-12-05T12:00:00Z")), utc("2026-12-07T06:00:00Z"));
        QCOMPARE(weekend->startsAfter(utc("2026-12-01T00:00:00Z")), utc("2026-12-04T22:00:00Z"));
        // A year-end freeze spans months.
        const auto yearEnd = FreezePeriod::parse(QStringLiteral("0 0 15 12 *"), QStringLiteral("0 0 2 1 *"),
                                                 QStringLiteral("UTC"), utc("2026-12-01T00:00:00Z"), shared_errors);
        QVERIFY(yearEnd && yearEnd->activeAt(utc("2027-01-01T10:00:00Z")));
        QVERIFY(!yearEnd->activeAt(utc("2026-12-14T23:59:00Z")));
        QVERIFY(shared_errors.isEmpty());

        // Bad input names each field.
        const auto bad =
            FreezePeriod::parse(QStringLiteral("61 * * * *"), QStringLiteral("0 0 30 2 *"),
                                QStringLiteral("Mars/Olympus"), utc("2026-12-01T00:00:00Z"), shared_errors);
        QVERIFY(!bad);
        QStringList fields;
        for (const auto &error : std::as_const(shared_errors))
            fields.append(error.field);
        QCOMPARE(fields, (QStringList{"cron_timezone", "freeze_start", "freeze_end"}));
    }

private:
    adp::shared::FieldErrors shared_errors;
};

QTEST_GUILESS_MAIN(TestCronSchedule)
#include "tst_cron_schedule.moc"
