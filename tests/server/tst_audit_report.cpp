#include "AdminSession.h"
#include "ExportChecks.h"
#include "HttpTestClient.h"
#include "TestServer.h"
#include "shared/audit/AuditReport.h"
#include "shared/audit/Ed25519.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace adp::test;
using adp::shared::audit::ReportSeal;

// PDF audit reports (GET /api/v1/audit/export?format=pdf): drawn by adp-audit-report with real
// fonts in English and Chinese, signed by the server, the events inside them checked offline,
// and every way of changing one after it left the server found. Both backends.
class TestAuditReport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;

    bool start()
    {
        QFETCH(QString, backend);
        AdminSession session = AdminSession::start(backend);
        if (!session.ok())
            return false;
        m_server = std::move(session.server);
        m_client = std::move(session.admin);
        for (const char *slug : {"alpha", "beta"})
            m_client->post("/api/v1/projects",
                           {{"name", QString::fromLatin1(slug)}, {"slug", QString::fromLatin1(slug)}});
        // A failed sign-in: the report counts it among refusals and failures.
        return HttpTestClient(m_server->url()).login(TestServer::kAdmin, QStringLiteral("wrong")).isEmpty();
    }

    QByteArray publicKey()
    {
        const HttpResult published = HttpTestClient(m_server->url()).get("/.well-known/adp-audit-signing-key");
        return adp::shared::audit::ed25519PublicKeyFromText(published.body).value_or(QByteArray());
    }

    int exportsRecorded()
    {
        return m_client->get("/api/v1/audit?action=audit.exported&limit=200").json().value("items").toArray().size();
    }

    // The report with its embedded export replaced by `exported` (the signature left as it was).
    static QByteArray withEmbeddedExport(const QByteArray &pdf, const QByteArray &exported)
    {
        const qsizetype open = pdf.indexOf("<adp:export>") + qsizetype(strlen("<adp:export>"));
        const qsizetype close = pdf.indexOf("</adp:export>", open);
        return pdf.left(open) + qCompress(exported).toBase64() + pdf.mid(close);
    }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void aReportIsASignedPdfOfTheEvents_data() { addBackendRows(); }
    void aReportIsASignedPdfOfTheEvents()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QByteArray key = publicKey();
        QCOMPARE(key.size(), 32);

        const HttpResult report = m_client->get("/api/v1/audit/export?format=pdf");
        QCOMPARE(report.status, 200);
        QCOMPARE(report.headers.value("content-type"), QByteArray("application/pdf"));
        QVERIFY(report.headers.value("content-disposition").endsWith(".pdf\""));
        QVERIFY(report.body.startsWith("%PDF-"));
        const auto check = checkExport(report.body, key);
        QVERIFY2(check.intact(), qPrintable(findingsOf(check)));
        QCOMPARE(check.format, QStringLiteral("pdf"));
        // Everything so far: the history start() made and this report's own event.
        const int events = m_client->get("/api/v1/audit?limit=200").json().value("items").toArray().size();
        QCOMPARE(check.events, events);
        QCOMPARE(check.proof.value("made_by").toString(), QString::fromLatin1(TestServer::kAdmin));

        // What a reader sees: the cover, the proof, the chain's verdict, the summaries, every event.
        const QString text = pdfText(report.body);
        QVERIFY2(text.contains(u"Audit report"), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"Chain verification"));
        QVERIFY(text.contains(QStringLiteral("Intact: %1 events checked").arg(events)));
        QVERIFY(text.contains(u"project.created"));
        QVERIFY(text.contains(u"auth.login_failed"));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("auth\\.login_failed +failure"))));
        QVERIFY(text.contains(check.proof.value("key_id").toString()));
        QVERIFY(text.contains(check.proof.value("last").toObject().value("hash").toString()));
        QVERIFY(text.contains(u"Page 1 of "));

        // The making of it is in the trail, as a PDF in its language.
        const QJsonObject made =
            m_client->get("/api/v1/audit?action=audit.exported").json().value("items").toArray().first().toObject();
        QCOMPARE(made.value("after").toObject(), (QJsonObject{{"format", "pdf"}, {"language", "en"}}));

        // In Chinese, with the Chinese glyphs embedded; filters name the events it holds.
        const HttpResult chinese = m_client->get("/api/v1/audit/export?format=pdf&language=zh_CN&action=project.");
        QCOMPARE(chinese.status, 200);
        const auto chineseCheck = checkExport(chinese.body, key);
        QVERIFY2(chineseCheck.intact(), qPrintable(findingsOf(chineseCheck)));
        QCOMPARE(chineseCheck.events,
                 m_client->get("/api/v1/audit?action=project.").json().value("items").toArray().size());
        QCOMPARE(chineseCheck.events, 2);
        QCOMPARE(chineseCheck.proof.value("filters").toObject(), (QJsonObject{{"action", "project."}}));
        QVERIFY(chinese.body.contains("/BaseFont /WenQuanYiMicroHei"));
        const QString chineseText = pdfText(chinese.body);
        QVERIFY2(chineseText.contains(QStringLiteral("审计报告")), qPrintable(chineseText.left(400)));
        QVERIFY(!chineseText.contains(u"auth.login_failed"));
    }

    void aChangedReportIsFound_data() { addBackendRows(); }
    void aChangedReportIsFound()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const QByteArray key = publicKey();
        const QByteArray pdf = m_client->get("/api/v1/audit/export?format=pdf").body;
        QVERIFY(checkExport(pdf, key).intact());

        // A page changed: a byte of the last page's drawing, far from the metadata.
        QByteArray page = pdf;
        const qsizetype stream = page.lastIndexOf("stream\n");
        QVERIFY(stream > page.indexOf("</adp:export>"));
        page[stream + 20] = char(page.at(stream + 20) ^ 0x01);
        auto check = checkExport(page, key);
        QCOMPARE(findingsOf(check), QStringLiteral("signature@0")); // the events inside still hold

        // An event inside changed, even with the PDF's signature left alone: named by its seq.
        const auto embedded = ReportSeal::embeddedExport(pdf);
        QVERIFY(embedded);
        QByteArray edited = *embedded;
        QVERIFY(edited.contains("\"action\":\"auth.login_failed\""));
        edited.replace("\"action\":\"auth.login_failed\"", "\"action\":\"auth.login_succeeded\"");
        const qsizetype failedSeq = m_client->get("/api/v1/audit?action=auth.login_failed")
                                        .json()
                                        .value("items")
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value("seq")
                                        .toInteger();
        check = checkExport(withEmbeddedExport(pdf, edited), key);
        QCOMPARE(findingsOf(check), QStringLiteral("signature@0 changed@%1").arg(failedSeq));

        // Cut in transfer; signed by another server's key; not a report at all.
        check = checkExport(pdf.left(pdf.size() / 2), key);
        QCOMPARE(check.findings.first().kind, QStringLiteral("incomplete"));
        QVERIFY(!check.intact());
        const QByteArray otherKey = adp::shared::audit::Ed25519Key::fromSeed(QByteArray(32, 'k'))->publicKey();
        QVERIFY(findingsOf(checkExport(pdf, otherKey)).startsWith(u"signature@0"));
        QByteArray noProof = pdf;
        noProof.replace("<adp:signature>", "<adp:signaturX>");
        QVERIFY(findingsOf(checkExport(noProof, key)).contains(u"malformed@0"));
    }

    void badReportRequestsChangeNothing_data() { addBackendRows(); }
    void badReportRequestsChangeNothing()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start());
        const int before = exportsRecorded();
        const QList<std::pair<QByteArray, QString>> refusals{
            {"format=pdf&language=fr", QStringLiteral("language")},
            {"format=csv&language=zh_CN", QStringLiteral("language")},
            {"format=pdf&bom=true", QStringLiteral("bom")},
            {"format=pdf&since=yesterday", QStringLiteral("since")},
            {"format=docx", QStringLiteral("format")},
        };
        for (const auto &[query, field] : refusals) {
            const HttpResult refused = m_client->get("/api/v1/audit/export?" + query);
            QCOMPARE(refused.status, 400);
            QVERIFY2(refused.errorFields().contains(field), query.constData());
        }
        QCOMPARE(exportsRecorded(), before);

        // Who may not export may not have a report either.
        QVERIFY(m_server->addUser(QStringLiteral("dev"), QStringLiteral("dev-password")));
        HttpTestClient developer(m_server->url());
        QVERIFY(!developer.login(QStringLiteral("dev"), QStringLiteral("dev-password")).isEmpty());
        QCOMPARE(developer.get("/api/v1/audit/export?format=pdf").status, 403);
        QCOMPARE(exportsRecorded(), before);
    }
};

QTEST_GUILESS_MAIN(TestAuditReport)
#include "tst_audit_report.moc"
