#include "ExportChecks.h"
#include "shared/audit/AuditExport.h"
#include "shared/audit/Ed25519.h"
#include "shared/audit/ExportVerifier.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace adp::shared::audit;

// The audit export's layout and its offline check: what a spreadsheet is given, and that
// every way of changing a signed export (an edit, a removal, an insertion, digests made again,
// a cut, another key) is found and named.
class TestAuditExport : public QObject
{
    Q_OBJECT

private:
    static Ed25519Key key(char fill = 7) { return *Ed25519Key::fromSeed(QByteArray(32, fill)); }

    struct Event
    {
        QByteArray occurred;
        QByteArray actor;
        QByteArray action;
        QByteArray userAgent;
        QByteArray after;
    };

    // An export of `count` events as the server writes one: rows, then the signed proof.
    static QByteArray exportOf(ExportFormat format, int count, bool bom = false, const Ed25519Key &signer = key())
    {
        ExportWriter writer(format, bom);
        QByteArray out = writer.begin();
        for (int i = 1; i <= count; ++i) {
            const QByteArray after =
                "{\"name\":\"p" + QByteArray::number(i) + "\",\"note\":\"a, \\\"quoted\\\"\\nline\"}";
            const QByteArray hash = QByteArray::number(i).rightJustified(64, 'a');
            ExportRow row;
            row.seq = i;
            row.occurredAt = "2026-12-04T10:00:00.000Z";
            row.actorId = i % 3;
            row.actor = "admin";
            row.action = i % 5 == 0 ? QByteArrayView("permission.denied") : QByteArrayView("project.created");
            row.targetType = "project";
            row.targetId = "12";
            row.requestId = "r-1";
            row.ip = "127.0.0.1";
            row.userAgent = i == 2 ? QByteArrayView("=cmd|' /C calc'!A0") : QByteArrayView("curl/8");
            row.before = {};
            row.after = after;
            row.hash = hash;
            writer.append(row, out);
        }
        const QJsonObject proof{{"adp_audit_export", 1},
                                {"format", exportFormatName(format)},
                                {"events", writer.events()},
                                {"first", QJsonObject{{"seq", count > 0 ? 1 : 0}}},
                                {"last", QJsonObject{{"seq", count}}},
                                {"digest", QString::fromLatin1(writer.digest())},
                                {"checkpoint_every", ExportDigest::kCheckpointEvery},
                                {"checkpoints", [&] {
                                     QJsonArray list;
                                     for (const QByteArray &c : writer.checkpoints())
                                         list.append(QString::fromLatin1(c));
                                     return list;
                                 }()}};
        const QByteArray proofJson = QJsonDocument(proof).toJson(QJsonDocument::Compact);
        out += writer.end(proofJson, signer.sign(proofJson).toBase64());
        return out;
    }

    static ExportCheck check(const QByteArray &file, const QByteArray &publicKey = key().publicKey())
    {
        return adp::test::checkExport(file, publicKey);
    }

    static QString kinds(const ExportCheck &result) { return adp::test::findingsOf(result); }

    // A JSON Lines file's records.
    static QList<QByteArray> lines(const QByteArray &file)
    {
        QList<QByteArray> result = file.split('\n');
        if (result.last().isEmpty())
            result.removeLast();
        return result;
    }

private Q_SLOTS:
    void csvIsWhatSpreadsheetsExpect()
    {
        const QByteArray file = exportOf(ExportFormat::Csv, 3, true);
        QVERIFY(file.startsWith("\xEF\xBB\xBF"
                                "seq,occurred_at,actor_id,actor,action,outcome,target_type"));
        QVERIFY(file.contains("\r\n"));
        // A cell that would be a formula starts with an apostrophe; quotes are doubled inside quotes.
        QVERIFY(file.contains(",'=cmd|' /C calc'!A0,"));
        QVERIFY(file.contains("\"{\"\"name\"\":\"\"p1\"\""));
        QVERIFY(file.contains(",success,"));
        QVERIFY(!exportOf(ExportFormat::Csv, 3).startsWith("\xEF\xBB\xBF"));
        QByteArray cell;
        appendCsvCell(cell, "-1+2");
        QCOMPARE(cell, QByteArray("'-1+2"));
        cell.clear();
        appendCsvCell(cell, "@SUM(A1), x");
        QCOMPARE(cell, QByteArray("\"'@SUM(A1), x\""));
        cell.clear();
        appendCsvCell(cell, "plain");
        QCOMPARE(cell, QByteArray("plain"));
        QCOMPARE(auditOutcomeOf("auth.login_failed"), QByteArrayView("failure"));
        QCOMPARE(auditOutcomeOf("deployment.refused"), QByteArrayView("failure"));
        QCOMPARE(auditOutcomeOf("deployment.rejected"), QByteArrayView("success"));
    }

    void jsonLinesAreOneEventEach()
    {
        const QByteArray file = exportOf(ExportFormat::JsonLines, 3);
        const QList<QByteArray> rows = lines(file);
        QCOMPARE(rows.size(), 4); // 3 events and the proof
        const QJsonObject first = QJsonDocument::fromJson(rows.at(0)).object();
        QCOMPARE(first.value("seq").toInt(), 1);
        QCOMPARE(first.value("after").toObject().value("note").toString(), QStringLiteral("a, \"quoted\"\nline"));
        QCOMPARE(first.value("actor").toObject().value("id").toInt(), 1);
        QCOMPARE(first.value("digest").toString().size(), ExportDigest::kDigestHexDigits);
        QCOMPARE(QJsonDocument::fromJson(rows.at(2)).object().value("actor").toObject().value("id"),
                 QJsonValue(QJsonValue::Null)); // actor 0: the system
        QVERIFY(QJsonDocument::fromJson(rows.at(3)).object().contains("proof"));
    }

    void anUntouchedExportVerifies_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("bom");
        QTest::newRow("csv") << int(ExportFormat::Csv) << 700 << false;
        QTest::newRow("csv with BOM") << int(ExportFormat::Csv) << 3 << true;
        QTest::newRow("jsonl") << int(ExportFormat::JsonLines) << 700 << false;
        QTest::newRow("empty") << int(ExportFormat::Csv) << 0 << false;
    }
    void anUntouchedExportVerifies()
    {
        QFETCH(int, format);
        QFETCH(int, count);
        QFETCH(bool, bom);
        const ExportCheck result = check(exportOf(ExportFormat(format), count, bom));
        QVERIFY2(result.intact(), qPrintable(kinds(result)));
        QCOMPARE(result.events, count);
        QCOMPARE(result.proof.value("events").toInt(), count);
        QCOMPARE(result.format, exportFormatName(ExportFormat(format)));
    }

    void anEditedEventIsNamed_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(ExportFormat::Csv);
        QTest::newRow("jsonl") << int(ExportFormat::JsonLines);
    }
    void anEditedEventIsNamed()
    {
        QFETCH(int, format);
        QByteArray file = exportOf(ExportFormat(format), 10);
        const qsizetype at = file.indexOf("\"p7");
        QVERIFY(at > 0);
        file[at + 2] = '8'; // p7 -> p8 in event 7
        QCOMPARE(kinds(check(file)), QStringLiteral("changed@7"));
    }

    void aRemovedEventIsNamed()
    {
        QList<QByteArray> rows = lines(exportOf(ExportFormat::JsonLines, 10));
        rows.removeAt(4); // event 5
        const ExportCheck result = check(rows.join('\n') + '\n');
        QVERIFY(!result.intact());
        QCOMPARE(kinds(result), QStringLiteral("removed@6 removed@0"));
        // The last event gone leaves no broken link: the proof's count says so.
        rows = lines(exportOf(ExportFormat::JsonLines, 10));
        rows.removeAt(9);
        QCOMPARE(kinds(check(rows.join('\n') + '\n')), QStringLiteral("removed@9"));
    }

    void anInsertedEventIsNamed()
    {
        QList<QByteArray> rows = lines(exportOf(ExportFormat::JsonLines, 10));
        rows.insert(3, rows.at(2)); // event 3 twice
        QCOMPARE(kinds(check(rows.join('\n') + '\n')), QStringLiteral("inserted@3 inserted@0"));
        // Nothing may follow the proof.
        QCOMPARE(kinds(check(exportOf(ExportFormat::JsonLines, 3) +
                             lines(exportOf(ExportFormat::JsonLines, 3)).first() + '\n')),
                 QStringLiteral("inserted@0"));
    }

    void digestsMadeAgainAreCaughtByTheSignedCheckpoints()
    {
        // Someone edits event 300 and writes every digest again from there: each record then
        // checks, but the signed checkpoints name the window of 256 that changed.
        QList<QByteArray> rows = lines(exportOf(ExportFormat::JsonLines, 600));
        QByteArray previous = ExportDigest::start(ExportFormat::JsonLines);
        for (int i = 0; i < 600; ++i) {
            QByteArray row = rows.at(i);
            const qsizetype at = row.lastIndexOf(",\"digest\":\"");
            QByteArray covered = row.first(at);
            if (i == 299)
                covered.replace("\"p300\"", "\"px00\"");
            previous = ExportDigest::link(previous, covered);
            rows[i] = covered + ",\"digest\":\"" + previous + "\"}";
        }
        QCOMPARE(kinds(check(rows.join('\n') + '\n')), QStringLiteral("changed@0"));
        QVERIFY(check(rows.join('\n') + '\n').findings.first().message.contains(QStringLiteral("257 to 512")));
    }

    void aCutExportHasNoProof()
    {
        const QByteArray whole = exportOf(ExportFormat::Csv, 50);
        const ExportCheck cut = check(whole.left(whole.size() / 2));
        QVERIFY(!cut.complete);
        QCOMPARE(kinds(cut), QStringLiteral("incomplete@0")); // the last, cut record is not taken for one
        const qsizetype proof = whole.indexOf("#proof,");
        QCOMPARE(kinds(check(whole.left(proof))), QStringLiteral("incomplete@0"));
        QCOMPARE(kinds(check(whole.chopped(10))), QStringLiteral("incomplete@0")); // in the signature
        QCOMPARE(kinds(check(whole.chopped(2))), QStringLiteral("incomplete@0"));  // only its line end
    }

    void anotherKeyOrAChangedProofFails()
    {
        const QByteArray file = exportOf(ExportFormat::Csv, 5);
        QCOMPARE(kinds(check(file, key(9).publicKey())), QStringLiteral("signature@0"));
        QByteArray changed = file;
        changed.replace("\"\"events\"\":5", "\"\"events\"\":4");
        QVERIFY(changed != file);
        QCOMPARE(kinds(check(changed)), QStringLiteral("signature@0"));
        // Signed by another key altogether.
        QCOMPARE(kinds(check(exportOf(ExportFormat::Csv, 5, false, key(3)))), QStringLiteral("signature@0"));
    }

    void whatIsNotAnExportIsSaidSo()
    {
        QCOMPARE(kinds(check("name,value\r\nx,1\r\n")), QStringLiteral("malformed@0"));
        QCOMPARE(kinds(check(QByteArray())), QStringLiteral("malformed@0"));
        QCOMPARE(kinds(check("{\"seq\":1}\n")), QStringLiteral("malformed@0 incomplete@0"));
        QByteArray binary(4096, '\0');
        QVERIFY(!check(binary).intact());
    }

    void publicKeysAreReadInEveryFormTheServerGives()
    {
        const QByteArray raw = key().publicKey();
        QCOMPARE(raw.size(), 32);
        QCOMPARE(*ed25519PublicKeyFromText(ed25519PublicKeyPem(raw)), raw);
        QCOMPARE(*ed25519PublicKeyFromText(raw.toBase64()), raw);
        QCOMPARE(*ed25519PublicKeyFromText("{\"public_key\":\"" + raw.toBase64() + "\"}"), raw);
        QVERIFY(!ed25519PublicKeyFromText("not a key"));
        QVERIFY(!ed25519PublicKeyFromText(QByteArray(16, 'a').toBase64()));
        QCOMPARE(ed25519KeyId(raw).size(), 16);
        // RFC 8032's first test vector: the empty message.
        const auto vector = Ed25519Key::fromSeed(
            QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        QCOMPARE(vector->publicKey().toHex(),
                 QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        QCOMPARE(vector->sign("").toHex(),
                 QByteArray(
                     "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46b"
                     "d25bf5f0595bbe24655141438e7a100b"));
        QVERIFY(ed25519Verify(vector->publicKey(), "", vector->sign("")));
        QVERIFY(!ed25519Verify(vector->publicKey(), "x", vector->sign("")));
    }
};

QTEST_GUILESS_MAIN(TestAuditExport)
#include "tst_audit_export.moc"
