#include "CommandRun.h"
#include "HttpTestClient.h"
#include "TestServer.h"
#include "shared/costs/Money.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace adp::test;

// Cloud bills imported from FOCUS exports on both backends, through the upload route and
// `adp-server costs import-focus`: the FinOps Foundation's real sample stored line by line, exact;
// the same bill again replaces it, never doubles it; a bad file, an overlapping bill, a body too
// large change nothing and say why (row and column); members list, admins import and delete.
class TestCostImports : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;
    const QString m_imports = QStringLiteral("/api/v1/organisations/default/costs/imports");

    bool start(std::shared_ptr<const adp::server::Clock> clock = nullptr)
    {
        QFETCH(QString, backend);
        if (backend == u"postgres")
            TestBackends::flushRedis();
        m_server = std::make_unique<TestServer>(TestBackends::create(backend), std::move(clock));
        if (!m_server->ok())
            return false;
        m_admin = std::make_unique<HttpTestClient>(m_server->url());
        return !m_admin->login(TestServer::kAdmin, TestServer::kPassword).isEmpty();
    }

    static QString samplePath() { return QStringLiteral(ADP_SOURCE_DIR "/tests/data/focus/focus-1.0-sample-1000.csv"); }
    static QByteArray sample()
    {
        QFile file(samplePath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A small bill of one provider over September 2024 (or the period given).
    static QByteArray bill(const QByteArray &provider, const QByteArray &currency = "USD",
                           const QByteArray &start = "2024-09-01", const QByteArray &end = "2024-10-01")
    {
        const QByteArray period = start + "," + end;
        return "BilledCost,EffectiveCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,"
               "ChargePeriodEnd,ChargeCategory,ProviderName,ServiceName,Tags\n"
               "1.5,1.25,USD," +
               period + ",2024-09-02,2024-09-03,Usage," + provider +
               ",Compute,NULL\n"
               "2.25,2," +
               currency + "," + period + ",2024-09-03,2024-09-04,Usage," + provider + ",Storage,NULL\n";
    }

    HttpResult upload(const QByteArray &bytes, const QString &source = QStringLiteral("bill.csv"))
    {
        return m_admin->request("POST", m_imports + QStringLiteral("?source=") + QUrl::toPercentEncoding(source), bytes,
                                {{"Content-Type", "text/csv"}});
    }

    const QString kLinesWithKinds = QStringLiteral(
        "SELECT COUNT(*) FROM cost_lines l JOIN cost_kinds k ON k.organisation_id = l.organisation_id AND k.kind = l.kind");

    // Billed nanos of the sample by where the rules put them: project slug (or "") -> sum.
    QHash<QString, qint64> billedByProject()
    {
        QHash<QString, qint64> sums;
        const auto rows = m_server->app().database().query(QStringLiteral(
            "SELECT COALESCE(p.slug, ''), SUM(l.billed_nanos) FROM cost_lines l JOIN cost_kinds k ON "
            "k.organisation_id = l.organisation_id AND k.kind = l.kind LEFT JOIN projects p ON p.id = k.project_id "
            "GROUP BY COALESCE(p.slug, '')"));
        for (int row = 0; row < rows.size(); ++row)
            sums.insert(rows.value(row, 0).toString(), rows.value(row, 1).toLongLong());
        return sums;
    }

    qint64 scalar(const QString &sql) { return m_server->app().database().query(sql).value(0, 0).toLongLong(); }

private Q_SLOTS:
    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void theRealSampleIsStoredExactlyAndOnce_data() { addBackendRows(); }
    void theRealSampleIsStoredExactlyAndOnce()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const HttpResult first = upload(sample(), QStringLiteral("/home/mia/bills/focus-september.csv"));
        QVERIFY2(first.status == 201, first.body.constData());
        const QJsonObject bill = first.json();
        QCOMPARE(bill.value("lines").toInteger(), 1000);
        // Python's Decimal over the file, each line rounded half up to a billionth.
        QCOMPARE(bill.value("billed_cost").toString(), QStringLiteral("20.520226762"));
        QCOMPARE(bill.value("effective_cost").toString(), QStringLiteral("14.976514186"));
        QCOMPARE(bill.value("currency").toString(), QStringLiteral("USD"));
        QCOMPARE(bill.value("providers").toArray(), (QJsonArray{"AWS", "Microsoft", "Oracle"}));
        QCOMPARE(bill.value("period_start").toString(), QStringLiteral("2024-09-01T00:00:00.000Z"));
        QCOMPARE(bill.value("period_end").toString(), QStringLiteral("2024-11-01T00:00:00.000Z"));
        QCOMPARE(bill.value("source").toString(), QStringLiteral("focus-september.csv")); // not the uploader's path
        QCOMPARE(bill.value("sha256").toString(),
                 QString::fromLatin1(QCryptographicHash::hash(sample(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(bill.value("imported_by").toString(), QStringLiteral("alice"));
        QVERIFY(!bill.contains("replaced"));
        const qint64 id = bill.value("id").toInteger();

        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cost_lines")), 1000);
        QCOMPARE(scalar(QStringLiteral("SELECT SUM(billed_nanos) FROM cost_lines")), 20'520'226'762LL);
        QCOMPARE(scalar(kLinesWithKinds + QStringLiteral(" WHERE k.tags <> ''")), 711);
        // Kinds: what lines are, apart from resource, hour and money (the sample mixes many accounts).
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cost_kinds")), 651); // Python: distinct tuples
        const auto reversal = m_server->app().database().query(
            QStringLiteral("SELECT l.billed_nanos, k.provider, k.category FROM cost_lines l JOIN cost_kinds k ON "
                           "k.organisation_id = l.organisation_id AND k.kind = l.kind WHERE l.line = 956"));
        QCOMPARE(reversal.value(0, 0).toLongLong(), -12'889'920LL); // Azure usage taken back
        QCOMPARE(reversal.value(0, 1).toString(), QStringLiteral("Microsoft"));
        const auto first2 = m_server->app().database().query(QStringLiteral(
            "SELECT l.charge_start, k.service, k.region, k.tags, l.resource_id FROM cost_lines l JOIN "
            "cost_kinds k ON k.organisation_id = l.organisation_id AND k.kind = l.kind WHERE l.line = 2"));
        QCOMPARE(first2.value(0, 0).toLongLong(),
                 QDateTime(QDate(2024, 9, 18), QTime(22, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(first2.value(0, 1).toString(), QStringLiteral("Amazon Simple Queue Service"));
        QCOMPARE(first2.value(0, 2).toString(), QStringLiteral("us-west-2"));
        QCOMPARE(first2.value(0, 3).toString(), QString());
        QVERIFY(first2.value(0, 4).toString().startsWith(QStringLiteral("arn:ats:sqs:")));

        // The same bill again takes the first one's place.
        const HttpResult again = upload(sample(), QStringLiteral("focus-september-v2.csv"));
        QCOMPARE(again.status, 201);
        QCOMPARE(again.json().value("replaced").toInteger(), id);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cost_lines")), 1000);
        QCOMPARE(scalar(QStringLiteral("SELECT SUM(billed_nanos) FROM cost_lines")), 20'520'226'762LL);
        const HttpResult listed = m_admin->get(m_imports);
        QCOMPARE(listed.json().value("items").toArray().size(), 1);
        QCOMPARE(m_admin->get(m_imports + QStringLiteral("/%1").arg(id)).status, 404);
        const qint64 second = again.json().value("id").toInteger();
        QCOMPARE(m_admin->get(m_imports + QStringLiteral("/%1").arg(second)).json().value("source").toString(),
                 QStringLiteral("focus-september-v2.csv"));

        const HttpResult trail = m_admin->get("/api/v1/audit?action=cost_import.&limit=50");
        const QJsonArray events = trail.json().value("items").toArray();
        QCOMPARE(events.size(), 2);
        const QJsonObject replacing = events.first().toObject(); // newest first
        QCOMPARE(replacing.value("after").toObject().value("replaced").toInteger(), id);
        QCOMPARE(replacing.value("scope").toObject().value("organisation_id").toInteger(), 1);

        // Deleted with its lines.
        QCOMPARE(m_admin->del(m_imports + QStringLiteral("/%1").arg(second)).status, 204);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cost_lines")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cost_imports")), 0);
        QCOMPARE(m_admin->get("/api/v1/audit?action=cost_import.deleted").json().value("items").toArray().size(), 1);
    }

    void badBillsChangeNothing_data() { addBackendRows(); }
    void badBillsChangeNothing()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QCOMPARE(upload(bill("AWS")).status, 201);
        const auto unchanged = [this]() {
            return scalar(QStringLiteral("SELECT COUNT(*) FROM cost_lines")) == 2 &&
                   scalar(QStringLiteral("SELECT COUNT(*) FROM cost_imports")) == 1;
        };
        // A second currency at row 3: the error names row and column; the first bill stays.
        const HttpResult mixed = upload(bill("GCP", "EUR"));
        QCOMPARE(mixed.status, 422);
        QVERIFY2(mixed.body.contains("row 3, column BillingCurrency"), mixed.body.constData());
        QCOMPARE(mixed.errorFields(), QStringList{"BillingCurrency"});
        QVERIFY(unchanged());
        QCOMPARE(upload(QByteArray()).status, 422);
        QCOMPARE(upload(bill("GCP").left(bill("GCP").indexOf('\n') + 1)).status, 422); // a header alone
        QCOMPARE(upload("{\"name\": \"not a bill\"}").status, 422);
        const HttpResult notFocus = upload("Cost,Currency\n1,USD\n");
        QCOMPARE(notFocus.status, 422);
        QVERIFY2(notFocus.body.contains("not a FOCUS 1.0-1.2 export"), notFocus.body.constData());
        HttpResult late =
            upload(bill("GCP") + "abc,1,USD,2024-09-01,2024-10-01,2024-09-02,2024-09-03,Usage,GCP,X,NULL\n");
        QVERIFY2(late.body.contains("row 4, column BilledCost"), late.body.constData());
        QVERIFY(unchanged());
        // The same provider over part of the same period is another bill: it would count twice.
        const HttpResult overlap = upload(bill("AWS", "USD", "2024-09-15", "2024-10-15"));
        QCOMPARE(overlap.status, 409);
        QVERIFY2(overlap.body.contains("overlaps import"), overlap.body.constData());
        QVERIFY(unchanged());
        QCOMPARE(
            m_admin->request("POST", m_imports + QStringLiteral("?source=") + QString(300, u'x'), bill("GCP")).status,
            422);
        QVERIFY(unchanged());
        // Another provider over the same period is a bill of its own.
        QCOMPARE(upload(bill("GCP")).status, 201);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cost_imports")), 2);

        // 2 GB declared: refused before a byte of it is read.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_server->url().port()));
        QVERIFY(socket.waitForConnected(3000));
        socket.write(("POST " + m_imports.toUtf8() +
                      " HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\nAuthorization: Bearer " +
                      m_admin->token().toUtf8() + "\r\nContent-Length: 2147483648\r\n\r\nBilledCost"));
        QByteArray answer;
        while (socket.waitForReadyRead(3000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(200).constData());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cost_imports")), 2);
    }

    void membersListAdminsImport_data() { addBackendRows(); }
    void membersListAdminsImport()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const qint64 id = upload(bill("AWS")).json().value("id").toInteger();
        QVERIFY(m_server->addUser(QStringLiteral("mia"), QStringLiteral("member-password")));
        HttpTestClient member(m_server->url());
        QVERIFY(!member.login(QStringLiteral("mia"), QStringLiteral("member-password")).isEmpty());
        QCOMPARE(member.get(m_imports).json().value("items").toArray().size(), 1);
        QCOMPARE(member.request("POST", m_imports, bill("GCP"), {{"Content-Type", "text/csv"}}).status, 403);
        QCOMPARE(member.del(m_imports + QStringLiteral("/%1").arg(id)).status, 403);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cost_imports")), 1);
        // Another organisation sees none of it.
        QCOMPARE(m_admin->post("/api/v1/organisations", {{"name", "Acme"}, {"slug", "acme"}}).status, 201);
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/organisations/acme/costs/imports/%1").arg(id)).status, 404);
        QCOMPARE(m_admin->del(QStringLiteral("/api/v1/organisations/acme/costs/imports/%1").arg(id)).status, 404);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cost_imports")), 1);
    }

    // Rules place kinds of cost in projects, environments and teams; every change attributes the
    // imported costs again; what no rule places stays unattributed.
    void rulesAttributeCosts_data() { addBackendRows(); }
    void rulesAttributeCosts()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QCOMPARE(m_admin->post("/api/v1/projects", {{"name", "Bright Path"}, {"slug", "bright-path"}}).status, 201);
        QCOMPARE(m_admin->post("/api/v1/projects", {{"name", "Zoom Map"}, {"slug", "zoom-map"}}).status, 201);
        QCOMPARE(m_admin->post("/api/v1/organisations/default/teams", {{"name", "Data"}, {"slug", "data"}}).status,
                 201);
        const qint64 bright = scalar(QStringLiteral("SELECT id FROM projects WHERE slug = 'bright-path'"));
        m_server->app().database().query(
            QStringLiteral("INSERT INTO environments (project_id, name, slug, folder, tier, created_at, updated_at) "
                           "VALUES (?, 'production', 'production', '', 'production', 1, 1)"),
            {bright});
        const QString rules = QStringLiteral("/api/v1/organisations/default/costs/rules");
        // A rule made before the bill applies as it comes in.
        const HttpResult first = m_admin->post(rules, {{"match", "tag:application"},
                                                       {"pattern", "BrightPath*"},
                                                       {"project", "bright-path"},
                                                       {"environment", "production"},
                                                       {"position", 10}});
        QVERIFY2(first.status == 201, first.body.constData());
        QCOMPARE(first.json().value("environment").toString(), QStringLiteral("production"));
        QCOMPARE(first.json().value("team"), QJsonValue());
        QCOMPARE(upload(sample()).status, 201);
        // The sample's lines tagged application=BrightPathMatrix, summed by Python.
        const qint64 brightPath = billedByProject().value(QStringLiteral("bright-path"));
        QCOMPARE(brightPath, 15'958'099'322LL);
        QCOMPARE(brightPath + billedByProject().value(QString()), 20'520'226'762LL);

        // A rule added later moves what it matches; one for the team alone leaves places as they are.
        const HttpResult zoom = m_admin->post(
            rules,
            {{"match", "tag:application"}, {"pattern", "ZoomMapMax"}, {"project", "zoom-map"}, {"position", 20}});
        QCOMPARE(zoom.status, 201);
        QCOMPARE(billedByProject().value(QStringLiteral("zoom-map")), 230'297'842LL);
        QCOMPARE(m_admin->post(rules, {{"match", "sub_account"}, {"pattern", "11353890204"}, {"team", "data"}}).status,
                 201);
        QCOMPARE(billedByProject().value(QStringLiteral("bright-path")), brightPath);
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM cost_kinds WHERE team_id IS NOT NULL")) > 0);
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM cost_kinds k WHERE k.team_id IS NOT NULL AND k.sub_account "
                                  "<> '11353890204'")),
            0);
        // Earlier rules win: a catch-all at position 0 takes everything from the others.
        const HttpResult catchAll =
            m_admin->post(rules, {{"match", "provider"}, {"pattern", "*"}, {"project", "zoom-map"}, {"position", 0}});
        QCOMPARE(catchAll.status, 201);
        QCOMPARE(billedByProject().value(QStringLiteral("zoom-map")), 20'520'226'762LL);
        const qint64 catchAllId = catchAll.json().value("id").toInteger();
        QCOMPARE(m_admin->patch(rules + QStringLiteral("/%1").arg(catchAllId), {{"pattern", "Oracle"}}).status, 200);
        QCOMPARE(billedByProject().value(QStringLiteral("bright-path")), brightPath);
        QCOMPARE(billedByProject().value(QStringLiteral("zoom-map")), 230'297'842LL + 537'073'925LL); // + Oracle's
        QCOMPARE(m_admin->del(rules + QStringLiteral("/%1").arg(first.json().value("id").toInteger())).status, 204);
        QCOMPARE(billedByProject().value(QStringLiteral("bright-path")), 0);
        QCOMPARE(m_admin->get(rules).json().value("items").toArray().size(), 3);
        const HttpResult trail = m_admin->get("/api/v1/audit?action=cost_rule.&limit=50");
        QCOMPARE(trail.json().value("items").toArray().size(), 6);

        // Bad rules: 422 naming the field, nothing changes.
        const auto refused = [&](const QJsonObject &body, const QStringList &fields) {
            const HttpResult result = m_admin->post(rules, body);
            return result.status == 422 && result.errorFields() == fields;
        };
        QVERIFY(refused({{"match", "colour"}, {"pattern", "*"}, {"project", "zoom-map"}}, {"match"}));
        QVERIFY(refused({{"match", "tag:"}, {"pattern", "*"}, {"project", "zoom-map"}}, {"match"}));
        QVERIFY(refused({{"match", "provider"}, {"pattern", ""}, {"project", "zoom-map"}}, {"pattern"}));
        QVERIFY(refused({{"match", "provider"}, {"pattern", "*"}, {"project", "nowhere"}}, {"project"}));
        QVERIFY(refused({{"match", "provider"}, {"pattern", "*"}, {"environment", "production"}}, {"environment"}));
        QVERIFY(
            refused({{"match", "provider"}, {"pattern", "*"}, {"project", "zoom-map"}, {"environment", "production"}},
                    {"environment"}));
        QVERIFY(refused({{"match", "provider"}, {"pattern", "*"}, {"team", "ghosts"}}, {"team"}));
        QVERIFY(refused({{"match", "provider"}, {"pattern", "*"}}, {"project"}));
        QVERIFY(
            refused({{"match", "provider"}, {"pattern", "*"}, {"project", "zoom-map"}, {"colour", "red"}}, {"colour"}));
        QCOMPARE(m_admin->get(rules).json().value("items").toArray().size(), 3);

        // Members read the rules, never change them.
        QVERIFY(m_server->addUser(QStringLiteral("mia"), QStringLiteral("member-password")));
        HttpTestClient member(m_server->url());
        QVERIFY(!member.login(QStringLiteral("mia"), QStringLiteral("member-password")).isEmpty());
        QCOMPARE(member.get(rules).json().value("items").toArray().size(), 3);
        QCOMPARE(member.post(rules, {{"match", "provider"}, {"pattern", "*"}, {"project", "zoom-map"}}).status, 403);
        QCOMPARE(member.del(rules + QStringLiteral("/%1").arg(catchAllId)).status, 403);
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/organisations/acme/costs/rules/%1").arg(catchAllId)).status, 404);
    }

    // What costs come to, by dimension and step, exact to a billionth (the figures are Python's
    // Decimal over the sample's lines).
    void breakdownsAndSummary_data() { addBackendRows(); }
    void breakdownsAndSummary()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QString costs = QStringLiteral("/api/v1/organisations/default/costs");
        // Nothing imported yet: nothing to show, no error.
        const HttpResult empty = m_admin->get(costs + QStringLiteral("/breakdown?from=2024-09-01&to=2024-10-01"));
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.json().value("total").toString(), QStringLiteral("0"));
        QCOMPARE(upload(sample()).status, 201);

        const HttpResult weekly =
            m_admin->get(costs + QStringLiteral("/breakdown?from=2024-09-01&to=2024-10-01&by=provider&interval=week"));
        QVERIFY2(weekly.status == 200, weekly.body.constData());
        const QJsonObject week = weekly.json();
        QCOMPARE(week.value("currency").toString(), QStringLiteral("USD"));
        QCOMPARE(week.value("total").toString(), QStringLiteral("20.520226762"));
        // From the 1st (a Sunday), then each Monday.
        QCOMPARE(week.value("steps").toArray().size(), 6);
        QCOMPARE(week.value("steps").toArray().at(3).toString(), QStringLiteral("2024-09-16T00:00:00.000Z"));
        const QJsonArray providers = week.value("groups").toArray();
        QCOMPARE(providers.size(), 3);
        QCOMPARE(providers.at(0).toObject().value("key").toString(), QStringLiteral("AWS"));
        QCOMPARE(providers.at(0).toObject().value("cost").toString(), QStringLiteral("18.006638651"));
        QCOMPARE(providers.at(1).toObject().value("cost").toString(), QStringLiteral("1.976514186"));
        QCOMPARE(providers.at(2).toObject().value("key").toString(), QStringLiteral("Oracle"));
        qint64 thirdWeek = 0;
        for (const QJsonValue &group : providers)
            thirdWeek +=
                *adp::shared::costs::nanosOfDecimal(group.toObject().value("series").toArray().at(3).toString());
        QCOMPARE(thirdWeek, 8'104'354'169LL);

        const QJsonObject monthly =
            m_admin
                ->get(costs +
                      QStringLiteral("/breakdown?from=2024-08-01&to=2024-11-01&interval=month&metric=effective"))
                .json();
        QCOMPARE(monthly.value("total").toString(), QStringLiteral("14.976514186"));
        const QJsonArray unattributed = monthly.value("groups").toArray().first().toObject().value("series").toArray();
        QCOMPARE(unattributed, (QJsonArray{"0", "14.976514186", "0"}));
        QCOMPARE(monthly.value("groups").toArray().first().toObject().value("key").toString(), QString());

        // Narrowed: one provider, then by service.
        const QJsonObject oracle =
            m_admin
                ->get(costs + QStringLiteral("/breakdown?from=2024-09-01&to=2024-10-01&by=service&interval=none"
                                             "&provider=Oracle"))
                .json();
        QCOMPARE(oracle.value("total").toString(), QStringLiteral("0.537073925"));

        QCOMPARE(m_admin->post("/api/v1/projects", {{"name", "Bright Path"}, {"slug", "bright-path"}}).status, 201);
        QCOMPARE(m_admin
                     ->post(costs + QStringLiteral("/rules"),
                            {{"match", "tag:application"}, {"pattern", "BrightPath*"}, {"project", "bright-path"}})
                     .status,
                 201);
        const HttpResult summary = m_admin->get(costs + QStringLiteral("/summary?from=2024-09-01&to=2024-10-01"));
        QVERIFY2(summary.status == 200, summary.body.constData());
        const QJsonObject glance = summary.json();
        QCOMPARE(glance.value("total").toString(), QStringLiteral("20.520226762"));
        QCOMPARE(glance.value("previous").toString(), QStringLiteral("0"));
        QCOMPARE(glance.value("change").toString(), QStringLiteral("20.520226762"));
        QCOMPARE(glance.value("unattributed").toString(), QStringLiteral("4.56212744")); // 20.520226762 - 15.958099322
        QCOMPARE(glance.value("top_projects").toArray().first().toObject().value("label").toString(),
                 QStringLiteral("Bright Path"));
        QCOMPARE(glance.value("top_services").toArray().size(), 5);
        QCOMPARE(glance.value("top_services").toArray().first().toObject().value("cost").toString(),
                 QStringLiteral("16.04169306"));

        // Bad questions: 422 naming the parameter.
        const auto refused = [&](const QString &query, const QStringList &fields) {
            const HttpResult result = m_admin->get(costs + QStringLiteral("/breakdown?") + query);
            return result.status == 422 && result.errorFields() == fields;
        };
        QVERIFY(refused(QStringLiteral("to=2024-10-01"), {"from"}));
        QVERIFY(refused(QStringLiteral("from=2024-10-01&to=2024-09-01"), {"to"}));
        QVERIFY(refused(QStringLiteral("from=2020-01-01&to=2024-09-01"), {"to"}));
        QVERIFY(refused(QStringLiteral("from=2024-09-01&to=2024-10-01&by=colour"), {"by"}));
        QVERIFY(refused(QStringLiteral("from=2024-09-01&to=2024-10-01&interval=hour"), {"interval"}));
        QVERIFY(refused(QStringLiteral("from=2024-09-01&to=2024-10-01&metric=list"), {"metric"}));
        QVERIFY(refused(QStringLiteral("from=2024-09-01&to=2024-10-01&currency=usd"), {"currency"}));
        QVERIFY(refused(QStringLiteral("from=2024-09-01&to=2024-10-01&colour=red"), {"colour"}));
        QCOMPARE(
            m_admin->get(costs + QStringLiteral("/breakdown?from=2024-09-01&to=2024-10-01&provider=x'%20OR%20'1'='1"))
                .json()
                .value("total")
                .toString(),
            QStringLiteral("0"));
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/organisations/acme/costs/summary?from=2024-09-01&to=2024-10-01"))
                     .status,
                 404);
    }

    // A month's forecast on 2024-09-20: September so far, and its days left from each weekday's mean
    // over the 28 days before (the figures: the same arithmetic in Python over the sample).
    void forecastsTheMonth_data() { addBackendRows(); }
    void forecastsTheMonth()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        const auto clock = std::make_shared<adp::server::ManualClock>(
            QDateTime(QDate(2024, 9, 20), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(start(clock));
        QCOMPARE(upload(sample()).status, 201);
        const QString costs = QStringLiteral("/api/v1/organisations/default/costs/forecast?month=");
        const HttpResult september = m_admin->get(costs + QStringLiteral("2024-09"));
        QVERIFY2(september.status == 200, september.body.constData());
        const QJsonObject forecast = september.json();
        QCOMPARE(forecast.value("actual").toString(), QStringLiteral("10.638487802"));
        QCOMPARE(forecast.value("days_observed").toInt(), 19);
        QCOMPARE(forecast.value("days_projected").toInt(), 11);
        QCOMPARE(forecast.value("forecast").toString(), QStringLiteral("14.118069357"));
        QCOMPARE(forecast.value("low").toString(), QStringLiteral("10.04940745"));
        QCOMPARE(forecast.value("high").toString(), QStringLiteral("18.186731265"));
        QVERIFY2(forecast.value("method").toString().contains(QStringLiteral("the 28 days before 2024-09-20")),
                 qPrintable(forecast.value("method").toString()));
        // A month that is over is what it cost; one to come is its weekdays' means alone.
        const QJsonObject august = m_admin->get(costs + QStringLiteral("2024-08")).json();
        QCOMPARE(august.value("forecast").toString(), QStringLiteral("0"));
        QCOMPARE(august.value("days_projected").toInt(), 0);
        const QJsonObject october = m_admin->get(costs + QStringLiteral("2024-10")).json();
        QCOMPARE(october.value("actual").toString(), QStringLiteral("0"));
        QCOMPARE(october.value("days_projected").toInt(), 31);
        QVERIFY(*adp::shared::costs::nanosOfDecimal(october.value("forecast").toString()) > 0);
        clock->advanceMs(11LL * 24 * 3600 * 1000);                                     // 2024-10-01: September is over
        QVERIFY(!m_admin->login(TestServer::kAdmin, TestServer::kPassword).isEmpty()); // the session has ended
        QCOMPARE(m_admin->get(costs + QStringLiteral("2024-09")).json().value("forecast").toString(),
                 QStringLiteral("20.520226762"));
        const HttpResult bad = m_admin->get(costs + QStringLiteral("September"));
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.errorFields(), QStringList{"month"});
    }

    // Exports: daily sums, and every line in FOCUS's columns, which the importer reads back whole.
    void exportsReadBack_data() { addBackendRows(); }
    void exportsReadBack()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QCOMPARE(upload(sample()).status, 201);
        QCOMPARE(m_admin->post("/api/v1/projects", {{"name", "Bright Path"}, {"slug", "bright-path"}}).status, 201);
        QCOMPARE(m_admin
                     ->post(QStringLiteral("/api/v1/organisations/default/costs/rules"),
                            {{"match", "tag:application"}, {"pattern", "BrightPath*"}, {"project", "bright-path"}})
                     .status,
                 201);
        const QString exports =
            QStringLiteral("/api/v1/organisations/default/costs/export?from=2024-09-01&to=2024-10-01");
        const HttpResult daily = m_admin->get(exports);
        QCOMPARE(daily.status, 200);
        const QList<QByteArray> rows = daily.body.split('\n');
        QVERIFY(rows.first().startsWith("date,project,environment,team,provider,service,category,billed_cost,"));
        qint64 billed = 0;
        for (const QByteArray &row : rows.mid(1)) {
            if (row.trimmed().isEmpty())
                continue;
            const QList<QByteArray> fields = row.trimmed().split(',');
            billed += *adp::shared::costs::nanosOfDecimal(QString::fromLatin1(fields.value(fields.size() - 3)));
        }
        QCOMPARE(billed, 20'520'226'762LL);

        const HttpResult focus = m_admin->get(exports + QStringLiteral("&format=focus"));
        QCOMPARE(focus.status, 200);
        QVERIFY(focus.body.startsWith("BilledCost,EffectiveCost,BillingCurrency,BillingPeriodStart,"));
        QCOMPARE(focus.body.count("\r\n"), 1001);
        QVERIFY(focus.body.contains(",ChargeClass,ConsumedQuantity,ConsumedUnit\r\n"));
        QVERIFY(focus.body.contains(",bright-path,NULL,NULL,"));
        // Read back by another organisation: the same lines, the same money, to a billionth.
        QCOMPARE(m_admin->post("/api/v1/organisations", {{"name", "Acme"}, {"slug", "acme"}}).status, 201);
        const HttpResult again = m_admin->request("POST", QStringLiteral("/api/v1/organisations/acme/costs/imports"),
                                                  focus.body, {{"Content-Type", "text/csv"}});
        QVERIFY2(again.status == 201, again.body.constData());
        QCOMPARE(again.json().value("lines").toInteger(), 1000);
        QCOMPARE(again.json().value("billed_cost").toString(), QStringLiteral("20.520226762"));
        QCOMPARE(again.json().value("effective_cost").toString(), QStringLiteral("14.976514186"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT kind) FROM cost_kinds WHERE organisation_id = 1")),
                 scalar(QStringLiteral("SELECT COUNT(DISTINCT kind) FROM cost_kinds WHERE organisation_id = 2")));
        // A bill's text that looks like a spreadsheet formula is neutralised in the daily file, kept
        // as it is in FOCUS (a file for machines, read back exactly).
        QCOMPARE(
            upload("BilledCost,EffectiveCost,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,"
                   "ChargePeriodEnd,ChargeCategory,ProviderName,ServiceName\n"
                   "1,1,USD,2024-09-01,2024-10-01,2024-09-05,2024-09-06,Usage,Evil,\"=HYPERLINK(\"\"x\"\")\"\n")
                .status,
            201);
        QVERIFY(m_admin->get(exports).body.contains(",Evil,\"'=HYPERLINK(\"\"x\"\")\",Usage,1,1,USD\r\n"));
        QVERIFY(m_admin->get(exports + QStringLiteral("&format=focus&provider=Evil"))
                    .body.contains(",Usage,Evil,\"=HYPERLINK(\"\"x\"\")\","));
        // Narrowed and refused like the breakdown.
        QCOMPARE(m_admin->get(exports + QStringLiteral("&format=focus&provider=Oracle")).body.count("\r\n"), 8);
        const HttpResult bad = m_admin->get(exports + QStringLiteral("&format=xlsx"));
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.errorFields(), QStringList{"format"});
        QCOMPARE(
            m_admin->get(QStringLiteral("/api/v1/organisations/nowhere/costs/export?from=2024-09-01&to=2024-10-01"))
                .status,
            404);
    }

    // adp costs: a bill uploaded, its rules and figures, as a person types them.
    void theCommandLine_data() { addBackendRows(); }
    void theCommandLine()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        QCOMPARE(m_admin->post("/api/v1/projects", {{"name", "Bright Path"}, {"slug", "bright-path"}}).status, 201);
        CliSession adp;
        QVERIFY(adp.login(m_server->url(), TestServer::kAdmin, TestServer::kPassword));
        const CommandResult imported = adp({"costs", "--org", "default", "import", samplePath()});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY2(
            imported.out.contains(QStringLiteral("Imported 1000 billing lines as import 1: AWS, Microsoft, Oracle, "
                                                 "2024-09-01 to 2024-11-01, billed 20.520226762 USD.")),
            qPrintable(imported.out));
        const CommandResult again = adp({"costs", "--org", "default", "import", samplePath()});
        QVERIFY2(again.out.contains(QStringLiteral("It replaces import 1.")), qPrintable(again.out));
        QCOMPARE(
            adp({"costs", "--org", "default", "imports", "--output", "json"}).json().value("items").toArray().size(),
            1);
        const CommandResult rule = adp({"costs", "--org", "default", "add-rule", "--match", "tag:application",
                                        "--pattern", "BrightPath*", "--project", "bright-path"});
        QVERIFY2(rule.code == 0, qPrintable(rule.err));
        QVERIFY2(
            rule.out.contains(QStringLiteral("tag:application matching 'BrightPath*' goes to project bright-path.")),
            qPrintable(rule.out));
        QCOMPARE(adp({"costs", "--org", "default", "add-rule", "--match", "colour", "--pattern", "*", "--project",
                      "bright-path"})
                     .code,
                 1);
        const CommandResult summary =
            adp({"costs", "--org", "default", "summary", "--from", "2024-09-01", "--to", "2024-10-01"});
        QVERIFY2(summary.code == 0, qPrintable(summary.err));
        QVERIFY2(
            summary.out.contains(QStringLiteral("2024-09-01 to 2024-10-01: 20.520226762 USD (the period before: 0, "
                                                "change 20.520226762); unattributed 4.56212744")),
            qPrintable(summary.out));
        QVERIFY(summary.out.contains(QStringLiteral("15.958099322  Bright Path")));
        const CommandResult byProvider =
            adp({"costs", "--org", "default", "breakdown", "--from", "2024-09-01", "--to", "2024-10-01", "--by",
                 "provider", "--interval", "month", "--where", "provider=Oracle"});
        QVERIFY2(byProvider.code == 0, qPrintable(byProvider.err));
        QVERIFY2(byProvider.out.contains(QStringLiteral("2024-09-01  Oracle")), qPrintable(byProvider.out));
        QVERIFY(byProvider.out.contains(QStringLiteral("0.537073925")));
        const CommandResult json = adp({"costs", "--org", "default", "breakdown", "--from", "2024-09-01", "--to",
                                        "2024-10-01", "--interval", "none", "--output", "json"});
        QCOMPARE(json.json().value("total").toString(), QStringLiteral("20.520226762"));
        const CommandResult forecast = adp({"costs", "--org", "default", "forecast", "--month", "2024-09"});
        QVERIFY2(forecast.code == 0, qPrintable(forecast.err));
        QVERIFY2(forecast.out.contains(QStringLiteral("2024-09: 20.520226762 USD so far; heading for 20.520226762")),
                 qPrintable(forecast.out));
        QCOMPARE(adp({"costs", "--org", "default", "forecast"}).code, 2);
        QTemporaryDir files;
        const QString exported = files.filePath(QStringLiteral("september.csv"));
        const CommandResult written = adp({"costs", "--org", "default", "export", "--from", "2024-09-01", "--to",
                                           "2024-10-01", "--format", "focus", "--file", exported});
        QVERIFY2(written.code == 0, qPrintable(written.err));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 1001);
        QVERIFY(!QFile::exists(exported + QStringLiteral(".part")));
        QCOMPARE(adp({"costs", "--org", "default", "export", "--from", "2024-09-01", "--to", "2024-10-01"}).code, 2);
        QCOMPARE(adp({"costs", "--org", "nowhere", "export", "--from", "2024-09-01", "--to", "2024-10-01", "--file",
                      files.filePath(QStringLiteral("none.csv"))})
                     .code,
                 1);
        QVERIFY(!QFile::exists(files.filePath(QStringLiteral("none.csv"))));
        QVERIFY(!QFile::exists(files.filePath(QStringLiteral("none.csv.part"))));
        QCOMPARE(adp({"costs", "--org", "default", "breakdown", "--from", "yesterday", "--to", "2024-10-01"}).code, 2);
        QCOMPARE(adp({"costs", "summary", "--from", "2024-09-01", "--to", "2024-10-01"}).code, 2);
        QCOMPARE(adp({"costs", "--org", "default", "import", "/nonexistent/bill.csv"}).code, 2);
        QCOMPARE(adp({"costs", "--org", "default", "delete-import", "1"}).code, 1); // replaced: gone
        QCOMPARE(adp({"costs", "--org", "default", "delete-import", "2"}).code, 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cost_lines")), 0);
    }

    // From disk, any size: the operator's command.
    void theServerCommandImportsFromDisk_data() { addBackendRows(); }
    void theServerCommandImportsFromDisk()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        const Backend storage = TestBackends::create(backend);
        QTemporaryDir dataDir;
        const QStringList common{"--data-dir",        dataDir.path(), "--database",
                                 storage.databaseUrl, "--log-level",  "warn"};
        QCOMPARE(runCommand(QStringLiteral("adp-server"), QStringList{"migrate"} + common).code, 0);
        const CommandResult imported =
            runCommand(QStringLiteral("adp-server"),
                       QStringList{"costs", "import-focus", samplePath(), "--organisation", "default"} + common);
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("imported 1000 billing lines from focus-1.0-sample-1000.csv")),
                 qPrintable(imported.out));
        QVERIFY(imported.out.contains(QStringLiteral("billed 20.520226762 USD")));
        QTemporaryDir files;
        QFile bad(files.filePath(QStringLiteral("bad.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(bill("GCP", "EUR"));
        bad.close();
        const CommandResult refused =
            runCommand(QStringLiteral("adp-server"),
                       QStringList{"costs", "import-focus", bad.fileName(), "--organisation", "default"} + common);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("row 3, column BillingCurrency")), qPrintable(refused.err));
        QCOMPARE(
            runCommand(QStringLiteral("adp-server"), QStringList{"costs", "import-focus", samplePath()} + common).code,
            2);
        QCOMPARE(runCommand(QStringLiteral("adp-server"),
                            QStringList{"costs", "import-focus", samplePath(), "--organisation", "nowhere"} + common)
                     .code,
                 1);
        const auto database = adp::server::storage::Database::open(storage.databaseUrl, 1);
        QCOMPARE(database->query(QStringLiteral("SELECT COUNT(*) FROM cost_lines")).value(0, 0).toLongLong(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestCostImports)
#include "tst_cost_imports.moc"
