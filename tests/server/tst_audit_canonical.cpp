#include "audit/StoredAuditEvent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

using adp::server::audit::StoredAuditEvent;

// The audit chain hashes each event's canonical form, which was defined as
// QJsonDocument's compact output. The hand-written serialiser must produce
// exactly those bytes for any text, or old chains would stop verifying.
class TestAuditCanonical : public QObject
{
    Q_OBJECT

private:
    static QByteArray reference(const StoredAuditEvent &e)
    {
        QJsonArray fields{e.seq,      e.occurredAtMs, e.actorId, e.actorName, e.action,     e.targetType,
                          e.targetId, e.requestId,    e.ip,      e.userAgent, e.beforeJson, e.afterJson};
        if (!e.scope.isEmpty()) // only then: unscoped events keep the bytes they were sealed with
            fields.append(QJsonArray{e.scope.organisationId, e.scope.projectId, e.scope.environmentId});
        return QJsonDocument(fields).toJson(QJsonDocument::Compact);
    }

    static QString randomText(QRandomGenerator &random)
    {
        static const QList<char16_t> tricky{u'"',   u'\\',  u'/',   u'\b',  u'\f',  u'\n',  u'\r', u'\t',
                                            0x00,   0x01,   0x1f,   0x7f,   0x80,   0xe9,   0x7ff, 0x800,
                                            0x4e2d, 0xfffd, 0xffff, 0xd800, 0xdbff, 0xdc00, 0xdfff};
        QString text;
        const int length = random.bounded(0, 40);
        for (int i = 0; i < length; ++i) {
            switch (random.bounded(4)) {
            case 0:
                text.append(QChar(char16_t(random.bounded(0x20, 0x7f))));
                break;
            case 1:
                text.append(QChar(tricky.at(random.bounded(int(tricky.size())))));
                break;
            case 2:
                text.append(QChar::fromUcs4(char32_t(random.bounded(0x10000, 0x110000))));
                break; // a pair
            default:
                text.append(QChar(char16_t(random.bounded(0x80, 0xd800))));
                break;
            }
        }
        return text;
    }

private Q_SLOTS:
    void matchesQJsonDocumentByteForByte()
    {
        QRandomGenerator random(20261126);
        for (int i = 0; i < 20000; ++i) {
            StoredAuditEvent event;
            event.seq = random.bounded(1, 1 << 30) * qint64(random.bounded(1, 4096));
            event.occurredAtMs = 1700000000000LL + random.bounded(1 << 30);
            event.actorId = i % 3 ? random.bounded(1000) : 0;
            for (QString *text : {&event.actorName, &event.action, &event.targetType, &event.targetId, &event.requestId,
                                  &event.ip, &event.userAgent, &event.beforeJson, &event.afterJson})
                *text = i % 5 ? randomText(random) : QString();
            if (i % 4 == 0) // a scope, with parts left out
                event.scope = {random.bounded(3) ? random.bounded(1, 1 << 20) : 0,
                               random.bounded(3) ? qint64(random.bounded(1, 1 << 30)) * 4096 : 0,
                               random.bounded(2) ? random.bounded(1, 1 << 20) : 0};
            const QByteArray expected = reference(event);
            QVERIFY2(event.canonical() == expected, expected.constData());
            // The verifier's path, from the database's UTF-8 text, agrees wherever the text is valid
            // Unicode (a lone surrogate cannot be stored as UTF-8 at all).
            bool valid = true;
            std::array<QByteArray, 12> text{QByteArray::number(event.seq), QByteArray::number(event.occurredAtMs),
                                            event.actorId ? QByteArray::number(event.actorId) : QByteArray()};
            const QString *strings[] = {&event.actorName, &event.action,     &event.targetType,
                                        &event.targetId,  &event.requestId,  &event.ip,
                                        &event.userAgent, &event.beforeJson, &event.afterJson};
            for (size_t f = 0; f < 9; ++f) {
                for (qsizetype c = 0; c < strings[f]->size(); ++c) {
                    const QChar ch = strings[f]->at(c);
                    if (ch.isHighSurrogate() && c + 1 < strings[f]->size() && strings[f]->at(c + 1).isLowSurrogate())
                        ++c;
                    else if (ch.isSurrogate())
                        valid = false;
                }
                text[f + 3] = strings[f]->toUtf8();
            }
            if (!valid)
                continue;
            std::array<QByteArrayView, 12> views;
            for (size_t f = 0; f < 12; ++f)
                views[f] = text[f];
            const auto idText = [](qint64 id) { return id > 0 ? QByteArray::number(id) : QByteArray(); };
            const std::array<QByteArray, 3> scopeText{idText(event.scope.organisationId), idText(event.scope.projectId),
                                                      idText(event.scope.environmentId)};
            QCOMPARE(StoredAuditEvent::canonicalFromText(views, {scopeText[0], scopeText[1], scopeText[2]}), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestAuditCanonical)
#include "tst_audit_canonical.moc"
