#include "shared/client/ApiError.h"

#include <QtTest>

using namespace adp::shared;

// Decoding the API's error body into what clients show.
class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesFieldErrors()
    {
        const QByteArray body = R"({"error":{"code":"validation_failed","message":"Some fields are invalid",
            "details":{"fields":[{"field":"slug","code":"taken","message":"is already taken"}]}}})";
        const ApiError error = ApiError::fromResponse(409, body, QStringLiteral("rid-1"));
        QCOMPARE(error.httpStatus, 409);
        QCOMPARE(error.code, QStringLiteral("validation_failed"));
        QCOMPARE(error.requestId, QStringLiteral("rid-1"));
        QCOMPARE(error.fieldErrors.size(), 1);
        QCOMPARE(error.fieldErrors.first().field, QStringLiteral("slug"));
        QVERIFY(error.describe().contains(QStringLiteral("slug: is already taken")));
    }

    void nonJsonBodyStillDescribed()
    {
        const ApiError error = ApiError::fromResponse(502, "<html>bad gateway</html>", {});
        QCOMPARE(error.code, QStringLiteral("http_502"));
        QVERIFY(error.describe().contains(QStringLiteral("502")));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
