#include "shared/core/ApiTime.h"
#include "shared/core/Project.h"
#include "shared/core/ProjectFields.h"
#include "shared/core/ProjectListQuery.h"
#include "shared/core/ProjectValidator.h"

#include <QJsonDocument>
#include <QtTest>

using namespace adp::shared;

// The project value type: JSON round trip, strict field parsing and the
// validation rules every client and the server share.
class TestProject : public QObject
{
    Q_OBJECT

private:
    static Project validProject()
    {
        Project project;
        project.name = QStringLiteral("Payments API");
        project.slug = QStringLiteral("payments-api");
        project.defaultBranch = QStringLiteral("main");
        return project;
    }

    static QStringList fieldsWithErrors(const FieldErrors &errors)
    {
        QStringList fields;
        for (const FieldError &error : errors)
            fields.append(error.field + u':' + error.code);
        return fields;
    }

private Q_SLOTS:
    // The API's time format written without QDateTime (exports write a million) is QDateTime's.
    void apiTimeWithoutQDateTimeIsTheSame()
    {
        for (const qint64 ms : {Q_INT64_C(0), Q_INT64_C(1), Q_INT64_C(1796400559332), Q_INT64_C(951782400000),
                                Q_INT64_C(-1), Q_INT64_C(-86400001), Q_INT64_C(253402300799999)}) {
            const QString expected = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
            QCOMPARE(QString::fromLatin1(adp::shared::toApiTimeUtf8(ms)), expected);
            QCOMPARE(adp::shared::toApiTime(ms), expected);
        }
    }

    void jsonRoundTrip()
    {
        Project project = validProject();
        project.id = 42;
        project.description = QStringLiteral("多语言 description\nwith lines");
        project.repositoryUrl = QStringLiteral("https://github.com/acme/payments.git");
        project.visibility = Visibility::Internal;
        project.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
        project.updatedAt = QDateTime::fromMSecsSinceEpoch(1700000005456, Qt::UTC);
        project.createdBy = QStringLiteral("alice");

        const QByteArray text = QJsonDocument(project.toJson()).toJson();
        const auto back = Project::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(back.has_value());
        QCOMPARE(*back, project);
        QCOMPARE(project.toJson().value(QStringLiteral("visibility")).toString(), QStringLiteral("internal"));
        QCOMPARE(project.toJson().value(QStringLiteral("created_at")).toString(),
                 QStringLiteral("2023-11-14T22:13:20.123Z"));
    }

    void fromJsonRejectsNonProjects()
    {
        QVERIFY(!Project::fromJson(QJsonObject{}).has_value());
        QVERIFY(!Project::fromJson(
                     {{QStringLiteral("id"), QStringLiteral("7")}, {QStringLiteral("slug"), QStringLiteral("a")}})
                     .has_value());
    }

    void validate_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // "" = valid, else field:code

        QTest::newRow("valid") << "name"
                               << "Payments API"
                               << "";
        QTest::newRow("name empty") << "name"
                                    << "   "
                                    << "name:required";
        QTest::newRow("name too long") << "name" << QString(101, u'x') << "name:too_long";
        QTest::newRow("name 100 ok") << "name" << QString(100, u'x') << "";
        QTest::newRow("name control char") << "name"
                                           << "bad\x01name"
                                           << "name:invalid_format";
        QTest::newRow("name chinese") << "name"
                                      << "支付服务"
                                      << "";
        QTest::newRow("slug empty") << "slug"
                                    << ""
                                    << "slug:required";
        QTest::newRow("slug uppercase") << "slug"
                                        << "Payments"
                                        << "slug:invalid_format";
        QTest::newRow("slug digit first") << "slug"
                                          << "1abc"
                                          << "slug:invalid_format";
        QTest::newRow("slug one char") << "slug"
                                       << "a"
                                       << "slug:invalid_format";
        QTest::newRow("slug trailing dash") << "slug"
                                            << "abc-"
                                            << "slug:invalid_format";
        QTest::newRow("slug double dash") << "slug"
                                          << "a--b"
                                          << "slug:invalid_format";
        QTest::newRow("slug underscore") << "slug"
                                         << "my_app"
                                         << "";
        QTest::newRow("slug too long") << "slug" << QString(65, u'a') << "slug:too_long";
        QTest::newRow("slug 64 ok") << "slug" << QString(64, u'a') << "";
        QTest::newRow("description too long") << "description" << QString(2001, u'd') << "description:too_long";
        QTest::newRow("description newlines ok") << "description"
                                                 << "line\nline\tx"
                                                 << "";
        QTest::newRow("repo https") << "repository_url"
                                    << "https://gitlab.com/group/sub/app.git"
                                    << "";
        QTest::newRow("repo ssh scp-like") << "repository_url"
                                           << "git@github.com:acme/app.git"
                                           << "";
        QTest::newRow("repo ssh url") << "repository_url"
                                      << "ssh://git@host:2222/acme/app.git"
                                      << "";
        QTest::newRow("repo file") << "repository_url"
                                   << "file:///srv/git/app.git"
                                   << "";
        QTest::newRow("repo path") << "repository_url"
                                   << "/srv/git/app"
                                   << "";
        QTest::newRow("repo empty ok") << "repository_url"
                                       << ""
                                       << "";
        QTest::newRow("repo ftp") << "repository_url"
                                  << "ftp://host/app.git"
                                  << "repository_url:invalid_format";
        QTest::newRow("repo no host") << "repository_url"
                                      << "https:///app.git"
                                      << "repository_url:invalid_format";
        QTest::newRow("repo spaces") << "repository_url"
                                     << "https://host/a b.git"
                                     << "repository_url:invalid_format";
        QTest::newRow("repo relative") << "repository_url"
                                       << "acme/app"
                                       << "repository_url:invalid_format";
        QTest::newRow("repo too long") << "repository_url"
                                       << "https://h/" + QString(500, u'a') << "repository_url:too_long";
        QTest::newRow("branch feature") << "default_branch"
                                        << "release/2.0"
                                        << "";
        QTest::newRow("branch empty") << "default_branch"
                                      << ""
                                      << "default_branch:required";
        QTest::newRow("branch space") << "default_branch"
                                      << "my branch"
                                      << "default_branch:invalid_format";
        QTest::newRow("branch dotdot") << "default_branch"
                                       << "a..b"
                                       << "default_branch:invalid_format";
        QTest::newRow("branch lock") << "default_branch"
                                     << "main.lock"
                                     << "default_branch:invalid_format";
        QTest::newRow("branch dash") << "default_branch"
                                     << "-main"
                                     << "default_branch:invalid_format";
        QTest::newRow("branch tilde") << "default_branch"
                                      << "a~1"
                                      << "default_branch:invalid_format";
        QTest::newRow("branch at-brace") << "default_branch"
                                         << "a@{1}"
                                         << "default_branch:invalid_format";
    }

    void validate()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        Project project = validProject();
        FieldErrors parseErrors;
        const auto fields = ProjectFields::fromJson({{field, value}}, parseErrors);
        QVERIFY(parseErrors.isEmpty());
        fields.applyTo(project);
        const QStringList errors = fieldsWithErrors(ProjectValidator::validate(project));
        if (expected.isEmpty())
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u',')));
        else
            QCOMPARE(errors, QStringList{expected});
    }

    void fieldsRejectWrongTypesAndUnknownKeys()
    {
        FieldErrors errors;
        const QJsonObject input{{QStringLiteral("name"), 5},
                                {QStringLiteral("slug"), QJsonValue::Null},
                                {QStringLiteral("visibility"), QStringLiteral("secret")},
                                {QStringLiteral("id"), 9},
                                {QStringLiteral("description"), QJsonArray{}}};
        const auto fields = ProjectFields::fromJson(input, errors);
        QStringList found = fieldsWithErrors(errors);
        found.sort();
        QCOMPARE(found, (QStringList{"description:invalid_type", "id:unknown_field", "name:invalid_type",
                                     "slug:invalid_type", "visibility:invalid_value"}));
        QVERIFY(!fields.name && !fields.slug && !fields.visibility);
    }

    void fieldsPartialUpdateLeavesOthers()
    {
        Project project = validProject();
        project.description = QStringLiteral("keep");
        FieldErrors errors;
        ProjectFields::fromJson({{QStringLiteral("name"), QStringLiteral("  Renamed  ")}}, errors).applyTo(project);
        QVERIFY(errors.isEmpty());
        QCOMPARE(project.name, QStringLiteral("Renamed"));
        QCOMPARE(project.description, QStringLiteral("keep"));
        QCOMPARE(project.slug, QStringLiteral("payments-api"));
    }

    void fieldsToJsonOnlySetKeys()
    {
        ProjectFields fields;
        fields.slug = QStringLiteral("abc");
        fields.visibility = Visibility::Public;
        QCOMPARE(fields.toJson(), (QJsonObject{{QStringLiteral("slug"), QStringLiteral("abc")},
                                               {QStringLiteral("visibility"), QStringLiteral("public")}}));
    }

    void listQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("errorField");

        QTest::newRow("defaults") << ""
                                  << "name" << false << 50 << "";
        QTest::newRow("desc created") << "sort=-created_at&limit=10"
                                      << "created_at" << true << 10 << "";
        QTest::newRow("bad sort") << "sort=password"
                                  << "name" << false << 50 << "sort";
        QTest::newRow("limit zero") << "limit=0"
                                    << "name" << false << 50 << "limit";
        QTest::newRow("limit huge") << "limit=1000"
                                    << "name" << false << 50 << "limit";
        QTest::newRow("limit text") << "limit=ten"
                                    << "name" << false << 50 << "limit";
        QTest::newRow("search long") << "q=" + QString(201, u'q') << "name" << false << 50 << "q";
    }

    void listQuery()
    {
        QFETCH(QString, query);
        QFETCH(QString, sort);
        QFETCH(bool, descending);
        QFETCH(int, limit);
        QFETCH(QString, errorField);
        FieldErrors errors;
        const auto parsed = ProjectListQuery::fromUrlQuery(QUrlQuery(query), errors);
        QCOMPARE(parsed.sort, sort);
        QCOMPARE(parsed.descending, descending);
        QCOMPARE(parsed.limit, limit);
        QCOMPARE(errors.isEmpty() ? QString() : errors.first().field, errorField);
    }

    void listQueryRoundTrip()
    {
        ProjectListQuery query;
        query.search = QStringLiteral("a&b=c 支付");
        query.sort = QStringLiteral("updated_at");
        query.descending = true;
        query.limit = 7;
        query.cursor = QStringLiteral("abc_-");
        FieldErrors errors;
        const auto back =
            ProjectListQuery::fromUrlQuery(QUrlQuery(query.toUrlQuery().toString(QUrl::FullyEncoded)), errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(back.search, query.search);
        QCOMPARE(back.sort, query.sort);
        QCOMPARE(back.descending, true);
        QCOMPARE(back.limit, 7);
        QCOMPARE(back.cursor, query.cursor);
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
