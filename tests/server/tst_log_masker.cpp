#include "runner/LogMasker.h"

#include <QtTest>

using adp::server::runner::LogMasker;

// The masker on its own: every way a log can be cut into writes gives the same masked text.
class TestLogMasker : public QObject
{
    Q_OBJECT

    static QString maskInPieces(const QStringList &secrets, const QString &text, const QList<qsizetype> &cuts)
    {
        LogMasker masker(secrets);
        QString out;
        qsizetype from = 0;
        for (const qsizetype cut : cuts) {
            out += masker.feed(text.mid(from, cut - from));
            from = cut;
        }
        out += masker.feed(text.mid(from));
        return out + masker.finish();
    }

private Q_SLOTS:
    void wholeValuesAreMasked()
    {
        LogMasker masker({QStringLiteral("hunter2-password")});
        QCOMPARE(masker.feed(QStringLiteral("login with hunter2-password done\n")) + masker.finish(),
                 QStringLiteral("login with [MASKED] done\n"));
    }

    // `echo -n $TOKEN | base64`, `echo $TOKEN | base64` (a newline after it), `xxd -p`, and a URL:
    // the forms a script prints a secret in without printing it (figures from Python's base64/binascii).
    void encodedFormsAreMaskedToo()
    {
        LogMasker masker({QStringLiteral("hunter2-password"), QStringLiteral("p@ss/w0rd&x=1")});
        const QString text = masker.feed(QStringLiteral("b64 aHVudGVyMi1wYXNzd29yZA==\n"
                                                        "b64nl aHVudGVyMi1wYXNzd29yZAo=\n"
                                                        "hex 68756e746572322d70617373776f7264\n"
                                                        "HEX 68756E746572322D70617373776F7264\n"
                                                        "url https://h/?p=p%40ss%2Fw0rd%26x%3D1\n")) +
                             masker.finish();
        QVERIFY2(!text.contains(QStringLiteral("aHVudGVyMi1wYXNzd29y")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("68756e746572322d70617373776f7264"), Qt::CaseInsensitive),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("p%40ss%2Fw0rd%26x%3D1")), qPrintable(text));
        QCOMPARE(text.count(LogMasker::replacement()), 5);
        // Short values are not encoded: their encodings would hit ordinary text.
        LogMasker shortOne({QStringLiteral("abc")});
        QCOMPARE(shortOne.feed(QStringLiteral("616263 YWJj\n")) + shortOne.finish(), QStringLiteral("616263 YWJj\n"));
    }

    // Inside JSON (quotes, backslashes, "/" and non-ASCII escaped as serialisers do), and inside
    // a longer base64 text such as an HTTP basic credential, at each of the three alignments.
    void jsonEscapedAndEmbeddedBase64FormsAreMasked()
    {
        const QString secret = QStringLiteral("pa\"ss/wö\\rd-1234");
        LogMasker masker({secret});
        const QString text = masker.feed(QStringLiteral("qt {\"t\":\"pa\\\"ss/wö\\\\rd-1234\"}\n"
                                                        "py {\"t\": \"pa\\\"ss/w\\u00f6\\\\rd-1234\"}\n"
                                                        "php {\"t\":\"pa\\\"ss\\/wö\\\\rd-1234\"}\n")) +
                             masker.finish();
        QCOMPARE(text, QStringLiteral("qt {\"t\":\"[MASKED]\"}\npy {\"t\": \"[MASKED]\"}\nphp {\"t\":\"[MASKED]\"}\n"));
        for (const char *prefix : {"", "u:", "us:", "use:"}) {
            const QByteArray credential = (QByteArray(prefix) + "token-0123456789abcdef").toBase64();
            LogMasker basic({QStringLiteral("token-0123456789abcdef")});
            const QString masked =
                basic.feed(QStringLiteral("Authorization: Basic %1\n").arg(QLatin1String(credential))) + basic.finish();
            QVERIFY2(masked.contains(LogMasker::replacement()), qPrintable(masked));
            // Only what an encoder mixes with the bytes around the value may stay.
            QVERIFY2(!masked.contains(QLatin1String(credential.mid(8, 12))), qPrintable(masked));
        }
    }

    void overlappingValuesAreMaskedAsOne()
    {
        LogMasker masker({QStringLiteral("alpha-beta-1"), QStringLiteral("beta-1-gamma")});
        QCOMPARE(masker.feed(QStringLiteral("x alpha-beta-1-gamma y")) + masker.finish(),
                 QStringLiteral("x [MASKED] y"));
    }

    void everySplitGivesTheSameText()
    {
        const QStringList secrets{QStringLiteral("abcabcabd"), QStringLiteral("token-1234567"),
                                  QStringLiteral("token-12345678-long")};
        const QString text =
            QStringLiteral("x abcabcabcabd y token-1234567 z token-12345678-long w token-123 end abcab");
        const QString expected = QStringLiteral("x abc[MASKED] y [MASKED] z [MASKED] w token-123 end abcab");
        for (qsizetype first = 0; first <= text.size(); ++first) {
            for (qsizetype second = first; second <= text.size(); second += 3)
                QCOMPARE(maskInPieces(secrets, text, {first, second}), expected);
        }
        // One character at a time, too.
        QList<qsizetype> everyCharacter;
        for (qsizetype at = 1; at < text.size(); ++at)
            everyCharacter.append(at);
        QCOMPARE(maskInPieces(secrets, text, everyCharacter), expected);
    }

    void nothingIsHeldWithoutSecrets()
    {
        LogMasker masker({});
        QCOMPARE(masker.feed(QStringLiteral("abc")), QStringLiteral("abc"));
        QCOMPARE(masker.finish(), QString());
    }

    void aPossibleStartIsHeldUntilTheNextWrite()
    {
        LogMasker masker({QStringLiteral("secretvalue")});
        QCOMPARE(masker.feed(QStringLiteral("value: secr")), QStringLiteral("value: "));
        QCOMPARE(masker.feed(QStringLiteral("et but not")), QStringLiteral("secret but not"));
        QCOMPARE(masker.finish(), QString());
    }
};

QTEST_MAIN(TestLogMasker)
#include "tst_log_masker.moc"
