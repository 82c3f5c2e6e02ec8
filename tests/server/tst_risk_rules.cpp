#include "ai/RiskRules.h"

#include <QtTest>

using adp::server::ai::RiskRules;
using adp::server::ports::DeploymentFacts;
using adp::shared::CodeReview;
using adp::shared::Deployment;

// The rules' risk of a deployment from what it brings and where it goes, reason by reason.
class TestRiskRules : public QObject
{
    Q_OBJECT

private:
    static Deployment deployment(qint64 iid, const QString &status)
    {
        Deployment d;
        d.iid = iid;
        d.environment = QStringLiteral("production");
        d.status = status;
        return d;
    }

    static QStringList codes(const QList<adp::shared::DeploymentRisk::Reason> &reasons)
    {
        QStringList list;
        for (const auto &reason : reasons)
            list.append(reason.level + u':' + reason.code);
        return list;
    }

    static CodeReview changeOf(const QList<QPair<QString, int>> &files)
    {
        CodeReview change;
        for (const auto &[path, added] : files)
            change.files.append({QStringLiteral("M"), path, added});
        return change;
    }

private Q_SLOTS:
    void weighsEachReason()
    {
        DeploymentFacts facts{deployment(7, QStringLiteral("created")), deployment(6, QStringLiteral("success")), {}};
        // A small change to application code, a quiet environment: low.
        auto reasons = RiskRules::reasonsFor(facts, changeOf({{QStringLiteral("src/cart.c"), 12}}));
        QVERIFY(reasons.isEmpty());
        QCOMPARE(RiskRules::levelOf(reasons), QStringLiteral("low"));

        // The pipeline, the image, Kubernetes manifests, a migration: each says so.
        reasons = RiskRules::reasonsFor(facts, changeOf({{QStringLiteral(".gitlab-ci.yml"), 2},
                                                         {QStringLiteral("docker/Dockerfile"), 1},
                                                         {QStringLiteral("k8s/deployment.yaml"), 4},
                                                         {QStringLiteral("db/migrations/0042_cart.sql"), 9}}));
        QCOMPARE(codes(reasons),
                 (QStringList{QStringLiteral("medium:pipeline_changed"),
                              QStringLiteral("medium:infrastructure_changed"), QStringLiteral("medium:migration")}));
        QVERIFY(reasons.at(1).message.contains(QStringLiteral("docker/Dockerfile, k8s/deployment.yaml")));

        // Size: sizeable is medium, large is high.
        QList<QPair<QString, int>> many;
        for (int i = 0; i < 20; ++i)
            many.append({QStringLiteral("src/f%1.c").arg(i), 5});
        QCOMPARE(codes(RiskRules::reasonsFor(facts, changeOf(many))),
                 QStringList{QStringLiteral("medium:large_change")});
        QCOMPARE(codes(RiskRules::reasonsFor(facts, changeOf({{QStringLiteral("src/big.c"), 1500}}))),
                 QStringList{QStringLiteral("high:large_change")});

        // A high-severity finding in what it adds is high.
        CodeReview risky = changeOf({{QStringLiteral("config/app.env"), 2}});
        risky.findings.append({QStringLiteral("aws_access_key_id"),
                               adp::shared::analysis::Severity::High,
                               QStringLiteral("config/app.env"),
                               2,
                               QStringLiteral("An AWS key"),
                               {},
                               {}});
        reasons = RiskRules::reasonsFor(facts, risky);
        QCOMPARE(codes(reasons), QStringList{QStringLiteral("high:security_finding")});
        QCOMPARE(RiskRules::levelOf(reasons), QStringLiteral("high"));

        // The environment's recent failures: one is medium, two high; nothing changed is said too.
        facts.earlier = {deployment(6, QStringLiteral("success")), deployment(5, QStringLiteral("failed"))};
        QCOMPARE(codes(RiskRules::reasonsFor(facts, CodeReview{})),
                 (QStringList{QStringLiteral("medium:recent_failures"), QStringLiteral("low:no_change")}));
        facts.earlier.append(deployment(4, QStringLiteral("canceled")));
        QCOMPARE(RiskRules::levelOf(RiskRules::reasonsFor(facts, CodeReview{})), QStringLiteral("high"));

        // The first deployment, and a rollback.
        DeploymentFacts first{deployment(1, QStringLiteral("created")), std::nullopt, {}};
        QCOMPARE(codes(RiskRules::reasonsFor(first, std::nullopt)),
                 QStringList{QStringLiteral("medium:first_deployment")});
        DeploymentFacts rollback{
            deployment(9, QStringLiteral("created")), deployment(8, QStringLiteral("success")), {}};
        rollback.deployment.rollbackOf = 6;
        QCOMPARE(codes(RiskRules::reasonsFor(rollback, CodeReview{})),
                 (QStringList{QStringLiteral("low:rollback"), QStringLiteral("low:no_change")}));
    }
};

QTEST_GUILESS_MAIN(TestRiskRules)
#include "tst_risk_rules.moc"
