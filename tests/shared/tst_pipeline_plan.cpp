#include "shared/pipeline/DefinitionParser.h"
#include "shared/pipeline/JobStates.h"
#include "shared/pipeline/PipelinePlan.h"

#include <QtTest>

using namespace adp::pipeline;

// Which jobs a pipeline gets for a ref and source (workflow rules, job rules,
// only/except, needs on jobs left out), and how job statuses move on.
class TestPipelinePlan : public QObject
{
    Q_OBJECT

private:
    static PipelinePlan plan(const QByteArray &yaml, const QString &ref, const QString &source = QStringLiteral("push"),
                             RuleExpression::Variables variables = {}, bool isTag = false)
    {
        const auto parsed = DefinitionParser::parse(yaml, {});
        if (!parsed.ok())
            return {};
        DefinitionErrors errors;
        const JobGraph graph = JobGraph::build(*parsed.definition, errors);
        variables.insert(QStringLiteral("CI_PIPELINE_SOURCE"), source);
        variables.insert(QStringLiteral("CI_DEFAULT_BRANCH"), QStringLiteral("main"));
        variables.insert(isTag ? QStringLiteral("CI_COMMIT_TAG") : QStringLiteral("CI_COMMIT_BRANCH"), ref);
        return PipelinePlan::make(*parsed.definition, graph, {source, ref, isTag, variables, {}});
    }

    static QStringList namesOf(const PipelinePlan &plan)
    {
        QStringList names;
        for (const PlannedJob &job : plan.jobs)
            names.append(job.name);
        return names;
    }

    static QList<JobStates::Job> diamond()
    {
        return {{"build", 1, "on_success", std::nullopt, "created", false},
                {"unit", 2, "on_success", QStringList{"build"}, "created", false},
                {"lint", 2, "on_success", QStringList{}, "created", false},
                {"cleanup", 3, "on_failure", std::nullopt, "created", false},
                {"deploy", 3, "manual", std::nullopt, "created", false}};
    }

private Q_SLOTS:
    void workflowRulesDecideWhetherThereIsAPipeline()
    {
        const QByteArray yaml = "workflow:\n  rules:\n    - if: $CI_COMMIT_MESSAGE =~ /-draft$/\n      when: never\n"
                                "    - if: $CI_PIPELINE_SOURCE == \"push\"\nbuild:\n  script: make\n";
        QVERIFY(plan(yaml, "main", "push", {{"CI_COMMIT_MESSAGE", "fix"}}).created);
        const PipelinePlan draft = plan(yaml, "main", "push", {{"CI_COMMIT_MESSAGE", "wip-draft"}});
        QVERIFY(!draft.created);
        QVERIFY(draft.skippedBecause.contains(QStringLiteral("workflow")));
        QVERIFY(!plan(yaml, "main", "web").created); // no rule matches: no pipeline
    }

    void rulesAndOnlyExceptPickJobs()
    {
        const QByteArray yaml =
            "build:\n  script: make\n"
            "pages:\n  script: make docs\n  rules:\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n"
            "nightly:\n  script: make all\n  rules:\n    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n      when: always\n"
            "verify:\n  script: mvn verify\n  except: [main]\n"
            "release:\n  script: ./release\n  only: [tags]\n"
            "hotfix:\n  script: ./hotfix\n  only: ['/^hotfix-/']\n";
        QCOMPARE(namesOf(plan(yaml, "main")), (QStringList{"build", "pages"}));
        QCOMPARE(namesOf(plan(yaml, "feature")), (QStringList{"build", "verify"}));
        QCOMPARE(namesOf(plan(yaml, "hotfix-12")), (QStringList{"build", "verify", "hotfix"}));
        QCOMPARE(namesOf(plan(yaml, "v1.0", "push", {}, true)), (QStringList{"build", "verify", "release"}));
        const PipelinePlan scheduled = plan(yaml, "main", "schedule");
        QVERIFY(namesOf(scheduled).contains(QStringLiteral("nightly")));
    }

    void changesLookAtTheFilesTheTriggerChanged()
    {
        const QByteArray yaml =
            "docs:\n  script: make docs\n  rules:\n    - changes: [\"docs/**/*.md\", \"*.{txt,rst}\"]\n"
            "backend:\n  script: make\n  only:\n    changes: [src/**]\n"
            "since-main:\n  script: check\n  rules:\n    - changes:\n        paths: [api/*]\n"
            "        compare_to: refs/heads/main\n"
            "always:\n  script: echo\n";
        const auto parsed = DefinitionParser::parse(yaml, {});
        QVERIFY(parsed.ok());
        DefinitionErrors errors;
        const JobGraph graph = JobGraph::build(*parsed.definition, errors);
        const auto jobsFor = [&](std::optional<QStringList> changed, std::optional<QStringList> sinceMain) {
            PlanContext context{QStringLiteral("push"), QStringLiteral("feature"), false, {}, {}};
            context.changedFiles = std::move(changed);
            context.changedSince = [sinceMain](const QString &base) {
                return base == u"refs/heads/main" ? sinceMain : std::nullopt;
            };
            return namesOf(PipelinePlan::make(*parsed.definition, graph, context));
        };
        QCOMPARE(jobsFor(QStringList{"docs/guide/intro.md"}, QStringList{}), (QStringList{"docs", "always"}));
        QCOMPARE(jobsFor(QStringList{"NOTES.txt", "src/main.cpp"}, QStringList{"api/v1.yaml"}),
                 (QStringList{"docs", "backend", "since-main", "always"}));
        QCOMPARE(jobsFor(QStringList{"docs/readme.txt"}, QStringList{"api/deep/v1.yaml"}), (QStringList{"always"}));
        // No diff to look at (a new branch, a tag, web, API, a schedule): every `changes` holds.
        QCOMPARE(jobsFor(std::nullopt, std::nullopt), (QStringList{"docs", "backend", "since-main", "always"}));
    }

    void needsOnJobsLeftOut()
    {
        const QByteArray strict = "a:\n  script: x\n  rules:\n    - if: $RUN_A\nb:\n  needs: [a]\n  script: x\n";
        const PipelinePlan refused = plan(strict, "main");
        QVERIFY(!refused.created);
        QVERIFY(refused.errors.first().message.contains(QStringLiteral("not in this pipeline")));
        QVERIFY(plan(strict, "main", "push", {{"RUN_A", "1"}}).created);
        const QByteArray optional =
            "a:\n  script: x\n  rules:\n    - if: $RUN_A\nb:\n  needs:\n    - job: a\n      optional: true\n  script: x\n";
        const PipelinePlan relaxed = plan(optional, "main");
        QVERIFY(relaxed.created);
        QCOMPARE(relaxed.jobs.first().needs, QStringList{});
    }

    void specCarriesWhatTheExecutorRuns()
    {
        const PipelinePlan planned =
            plan("variables:\n  GLOBAL: g\ntest:\n  before_script: [setup]\n  script: [make test]\n"
                 "  variables:\n    LEVEL: '2'\n  timeout: 10 minutes\n  artifacts:\n    paths: [out/]\n"
                 "  parallel:\n    matrix:\n      - OS: [linux]\n",
                 "main");
        QCOMPARE(planned.jobs.size(), 1);
        const QJsonObject spec = planned.jobs.first().spec;
        QCOMPARE(spec.value("script").toArray().first().toString(), QStringLiteral("make test"));
        QCOMPARE(spec.value("before_script").toArray().first().toString(), QStringLiteral("setup"));
        QCOMPARE(spec.value("timeout").toString(), QStringLiteral("10 minutes"));
        QCOMPARE(spec.value("artifacts").toObject().value("paths").toArray().first().toString(),
                 QStringLiteral("out/"));
        QStringList keys;
        for (const QJsonValue &variable : spec.value("variables").toArray())
            keys.append(variable.toObject().value("key").toString());
        QCOMPARE(keys, (QStringList{"GLOBAL", "LEVEL", "OS"}));
    }

    void statusesMoveOnAsInGitLab()
    {
        QList<JobStates::Job> jobs = diamond();
        auto apply = [&jobs]() {
            for (auto [index, status] : JobStates::advance(jobs).asKeyValueRange())
                jobs[index].status = status;
        };
        apply();
        QCOMPARE(jobs.at(0).status, QStringLiteral("pending")); // first stage
        QCOMPARE(jobs.at(2).status, QStringLiteral("pending")); // needs: [] starts at once
        QCOMPARE(jobs.at(1).status, QStringLiteral("created"));
        QCOMPARE(JobStates::pipelineStatus(jobs), QStringLiteral("pending"));

        jobs[0].status = QStringLiteral("success");
        apply();
        QCOMPARE(jobs.at(1).status, QStringLiteral("pending"));
        QCOMPARE(jobs.at(3).status, QStringLiteral("created")); // lint and unit still to finish

        jobs[1].status = QStringLiteral("success");
        jobs[2].status = QStringLiteral("success");
        apply();
        QCOMPARE(jobs.at(3).status, QStringLiteral("skipped")); // nothing failed
        QCOMPARE(jobs.at(4).status, QStringLiteral("manual"));
        QCOMPARE(JobStates::pipelineStatus(jobs), QStringLiteral("manual")); // blocked on a person

        // A failure skips what needs success and starts what handles failure.
        QList<JobStates::Job> failing = diamond();
        failing[0].status = QStringLiteral("failed");
        failing[2].status = QStringLiteral("success");
        for (auto [index, status] : JobStates::advance(failing).asKeyValueRange())
            failing[index].status = status;
        QCOMPARE(failing.at(1).status, QStringLiteral("skipped"));
        QCOMPARE(failing.at(3).status, QStringLiteral("pending"));
        QCOMPARE(failing.at(4).status, QStringLiteral("skipped"));
        failing[3].status = QStringLiteral("success");
        QCOMPARE(JobStates::pipelineStatus(failing), QStringLiteral("failed"));

        // A failure that is allowed does not stop anything.
        QList<JobStates::Job> allowed = diamond();
        allowed[0].status = QStringLiteral("failed");
        allowed[0].allowFailure = true;
        for (auto [index, status] : JobStates::advance(allowed).asKeyValueRange())
            allowed[index].status = status;
        QCOMPARE(allowed.at(1).status, QStringLiteral("pending"));

        // A manual job a person asked to run again (a retry) does not wait for a play.
        QList<JobStates::Job> retried = diamond();
        for (JobStates::Job &job : retried)
            job.status = QStringLiteral("success");
        retried[4].status = QStringLiteral("created");
        retried[4].requested = true;
        QCOMPARE(JobStates::advance(retried).value(4), QStringLiteral("pending"));
        retried[4].requested = false;
        QCOMPARE(JobStates::advance(retried).value(4), QStringLiteral("manual"));
    }
};

QTEST_GUILESS_MAIN(TestPipelinePlan)
#include "tst_pipeline_plan.moc"
