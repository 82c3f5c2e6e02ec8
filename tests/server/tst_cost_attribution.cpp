#include "costs/CostAttribution.h"
#include "costs/CostKind.h"

#include <QtTest>

using namespace adp::server::costs;

// How kinds of cost are named and placed: a kind's key is the same in every import and build (it
// is stored), fields never run into each other; rules apply in order, places and teams apart.
class TestCostAttribution : public QObject
{
    Q_OBJECT

private:
    static CostKind kind(const QByteArray &service, const QByteArray &tags = {})
    {
        return CostKind{0, "Usage", "AWS", service, "Compute", "us-east-1", "1234", "SKU1", "", "Hours", tags, {}};
    }

private Q_SLOTS:
    void keysAreStableAndTellKindsApart()
    {
        // A stored key: if this changes, every import already stored would count twice.
        QCOMPARE(kind("EC2").computeKey(), kind("EC2").computeKey());
        const qint64 ec2 = kind("EC2").computeKey();
        QCOMPARE(ec2, Q_INT64_C(557812414000125838)); // SipHash-2-4 by a Python implementation of the paper
        QVERIFY(kind("EC2", R"({"team":"web"})").computeKey() != ec2);
        CostKind shifted = kind("EC2");
        shifted.service = "EC";
        shifted.serviceCategory = "2Compute"; // the same bytes one field over
        QVERIFY(shifted.computeKey() != ec2);
    }

    void rulesApplyInOrderPlacesAndTeamsApart()
    {
        const CostAttribution attribution({
            {QStringLiteral("tag:team"), QStringLiteral("web"), 0, 0, 7},     // a team only
            {QStringLiteral("tag:app"), QStringLiteral("shop-*"), 1, 11, 0},  // a place
            {QStringLiteral("provider"), QStringLiteral("*"), 2, 0, 8},       // everything else
            {QStringLiteral("sub_account"), QStringLiteral("1234"), 3, 0, 9}, // never reached
        });
        KindFacts facts{QStringLiteral("AWS"),  QStringLiteral("EC2"),  QStringLiteral("us-east-1"),
                        QStringLiteral("1234"), QStringLiteral("SKU1"), {}};
        QCOMPARE(attribution.of(facts), (Attribution{2, 0, 8}));
        facts.tags = {{QStringLiteral("app"), QStringLiteral("shop-api")},
                      {QStringLiteral("team"), QStringLiteral("web")}};
        QCOMPARE(attribution.of(facts), (Attribution{1, 11, 7}));
        facts.tags = {{QStringLiteral("app"), QStringLiteral("blog")}};
        QCOMPARE(attribution.of(facts), (Attribution{2, 0, 8}));
        QCOMPARE(CostAttribution().of(facts), Attribution{}); // no rules: unattributed
        const CostAttribution bySku({{QStringLiteral("sku"), QStringLiteral("SKU*"), 5, 0, 0},
                                     {QStringLiteral("region"), QStringLiteral("eu-*"), 6, 0, 0}});
        QCOMPARE(bySku.of(facts).projectId, 5);
        facts.sku = QStringLiteral("Other");
        QCOMPARE(bySku.of(facts).projectId, 0);
    }
};

QTEST_GUILESS_MAIN(TestCostAttribution)
#include "tst_cost_attribution.moc"
