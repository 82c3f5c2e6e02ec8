#include "shared/pipeline/DefinitionParser.h"
#include "shared/pipeline/JobGraph.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QtTest>

using namespace adp::pipeline;

// .gitlab-ci.yml definitions: every file GitLab ships in tests/data/gitlab-ci
// parses, their job graphs are what GitLab's documentation says they build,
// and bad definitions are refused with the keyword, line and column.
class TestPipelineDefinitions : public QObject
{
    Q_OBJECT

private:
    static QString corpus() { return QStringLiteral(ADP_SOURCE_DIR "/tests/data/gitlab-ci/"); }

    static QByteArray read(const QString &name)
    {
        QFile file(corpus() + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    struct Parsed
    {
        DefinitionParser::Result result;
        JobGraph graph;
        DefinitionErrors graphErrors;
    };

    static Parsed parse(const QByteArray &text, const QHash<QString, QByteArray> &files = {})
    {
        Parsed parsed;
        parsed.result = DefinitionParser::parse(text, [files](const QString &path) -> std::optional<QByteArray> {
            const auto found = files.constFind(path);
            return found == files.constEnd() ? std::nullopt : std::optional<QByteArray>(*found);
        });
        if (parsed.result.ok())
            parsed.graph = JobGraph::build(*parsed.result.definition, parsed.graphErrors);
        return parsed;
    }

    static QStringList names(const JobGraph &graph)
    {
        QStringList result;
        for (const GraphJob &job : graph.jobs())
            result.append(job.name);
        return result;
    }

    static QStringList needsOf(const JobGraph &graph, const QString &job)
    {
        const GraphJob *found = graph.find(job);
        return found ? found->needs : QStringList{QStringLiteral("<no such job>")};
    }

    static QString firstError(const Parsed &parsed)
    {
        const DefinitionErrors &errors = parsed.result.errors.isEmpty() ? parsed.graphErrors : parsed.result.errors;
        return errors.isEmpty() ? QString() : errors.first().toString();
    }

private Q_SLOTS:
    void everyCorpusFileParses_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(corpus()).entryList({QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 25);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void everyCorpusFileParses()
    {
        QFETCH(QString, file);
        const Parsed parsed = parse(read(file));
        QVERIFY2(parsed.result.ok(), qPrintable(firstError(parsed)));
        QVERIFY2(parsed.graphErrors.isEmpty(), qPrintable(firstError(parsed)));
        // The workflow examples are only that section: valid, but they make no jobs, and say so.
        if (file.startsWith(QStringLiteral("docs-workflow")))
            QVERIFY(parsed.graph.jobs().isEmpty() && !parsed.result.warnings.isEmpty());
        else
            QVERIFY(!parsed.graph.jobs().isEmpty());
    }

    void needsGraphsMatchGitLabsDocumentation()
    {
        const Parsed diamond = parse(read(QStringLiteral("docs-needs-diamond.yml")));
        QCOMPARE(needsOf(diamond.graph, QStringLiteral("deploy")),
                 (QStringList{"test_unit", "test_integration", "test_performance"}));
        QCOMPARE(needsOf(diamond.graph, QStringLiteral("test_performance")), QStringList{"build"});

        const Parsed twoPaths = parse(read(QStringLiteral("docs-needs-two-paths.yml")));
        QCOMPARE(needsOf(twoPaths.graph, QStringLiteral("deploy_app_B")), QStringList{"test_app_B"});
        QCOMPARE(needsOf(twoPaths.graph, QStringLiteral("test_app_A")), QStringList{"build_app_A"});

        // needs: [] starts at once; no needs at all waits for the earlier stages.
        const Parsed immediate = parse(read(QStringLiteral("docs-needs-immediate-start.yml")));
        QVERIFY(immediate.graph.find(QStringLiteral("lint_yaml"))->needsSet);
        QVERIFY(immediate.graph.find(QStringLiteral("lint_yaml"))->needs.isEmpty());
        QVERIFY(!immediate.graph.find(QStringLiteral("test_app"))->needsSet);

        // Without stages every job is in "test"; needs alone order them.
        const Parsed stageless = parse(read(QStringLiteral("docs-needs-stageless.yml")));
        QCOMPARE(stageless.graph.stages(), QStringList{"test"});
        QCOMPARE(needsOf(stageless.graph, QStringLiteral("package")), (QStringList{"unit_tests", "integration_tests"}));

        const Parsed optional = parse(read(QStringLiteral("docs-needs-optional-rules.yml")));
        QCOMPARE(needsOf(optional.graph, QStringLiteral("deploy")), (QStringList{"test", "test_optional"}));
        QCOMPARE(optional.result.definition->jobs.at(2).rules.size(), 1);
    }

    void parallelJobsAreNamedAndNeededAsInGitLab()
    {
        const Parsed trigger = parse(read(QStringLiteral("docs-parallel-matrix-trigger.yml")));
        QCOMPARE(names(trigger.graph), (QStringList{"deploystacks: [aws, monitoring]", "deploystacks: [aws, app1]",
                                                    "deploystacks: [ovh, monitoring]", "deploystacks: [ovh, backup]",
                                                    "deploystacks: [gcp, data]", "deploystacks: [vultr, data]"}));
        QCOMPARE(trigger.result.definition->jobs.first().trigger.include, QStringList{"path/to/child-pipeline.yml"});

        const Parsed matrixNeeds = parse(read(QStringLiteral("docs-needs-parallel-matrix.yml")));
        const QStringList all = names(matrixNeeds.graph);
        QCOMPARE(all.filter(QStringLiteral("linux:build: [")).size(), 3);
        QCOMPARE(all.filter(QStringLiteral("mac:build: [")).size(), 4);
        QCOMPARE(needsOf(matrixNeeds.graph, QStringLiteral("linux:rspec")), QStringList{"linux:build: [aws, app1]"});
        QCOMPARE(needsOf(matrixNeeds.graph, QStringLiteral("mac:rspec")),
                 (QStringList{"mac:build: [gcp, data]", "mac:build: [vultr, data]"}));

        // A job written under an instance's name replaces it and needs exactly what it says.
        const Parsed between = parse(read(QStringLiteral("docs-needs-between-parallel.yml")));
        QCOMPARE(names(between.graph).filter(QStringLiteral("build_job: [")).size(), 4);
        QCOMPARE(names(between.graph).filter(QStringLiteral("deploy_job: [")).size(), 4);
        QCOMPARE(needsOf(between.graph, QStringLiteral("deploy_job: [3, D]")), QStringList{"build_job: [1, A]"});
        QVERIFY(!between.graph.find(QStringLiteral("deploy_job: [3, C]"))->needsSet);

        const Parsed oneDimension = parse(read(QStringLiteral("docs-parallel-matrix-1d.yml")));
        QCOMPARE(names(oneDimension.graph), (QStringList{"deploystacks: [aws]", "deploystacks: [ovh]",
                                                         "deploystacks: [gcp]", "deploystacks: [vultr]"}));
        QCOMPARE(oneDimension.graph.jobs().at(1).matrixValues.value("PROVIDER"), QStringLiteral("ovh"));

        const Parsed dependencies = parse(read(QStringLiteral("docs-parallel-matrix-dependencies.yml")));
        QCOMPARE(names(dependencies.graph).filter(QStringLiteral("ruby: [")).size(), 10);
        QVERIFY(dependencies.graph.find(QStringLiteral("ruby: [2.7, aws]")));

        const Parsed counted = parse(
            "test:\n  script: make test\n  parallel: 3\nreport:\n  stage: deploy\n  needs: [test]\n  script: echo\n");
        QCOMPARE(names(counted.graph), (QStringList{"test 1/3", "test 2/3", "test 3/3", "report"}));
        QCOMPARE(needsOf(counted.graph, QStringLiteral("report")), (QStringList{"test 1/3", "test 2/3", "test 3/3"}));
    }

    void templatesResolveAnchorsTypesAndDefaults()
    {
        // Maven: an anchor with a merge key, and a hidden template that makes no job.
        const Parsed maven = parse(read(QStringLiteral("Maven.gitlab-ci.yml")));
        QCOMPARE(names(maven.graph), (QStringList{"verify:jdk8", "deploy:jdk8"}));
        const JobDefinition &verify = maven.result.definition->jobs.first();
        QCOMPARE(verify.stage, QStringLiteral("test"));
        QCOMPARE(verify.script, QStringList{"mvn $MAVEN_CLI_OPTS verify"});
        QCOMPARE(verify.except.refs, QStringList{"master"});
        QCOMPARE(verify.cache.first().paths, QStringList{".m2/repository"});
        QVERIFY(!maven.result.warnings.isEmpty()); // image: kept, but the shell executor will not use it

        // Ruby: the old `type:` is the stage; global before_script applies to every job.
        const Parsed ruby = parse(read(QStringLiteral("Ruby.gitlab-ci.yml")));
        QCOMPARE(ruby.graph.find(QStringLiteral("deploy"))->stage, QStringLiteral("deploy"));
        QCOMPARE(ruby.result.definition->jobs.first().beforeScript.size(), 3);
        QCOMPARE(ruby.result.definition->jobs.last().environment.name, QStringLiteral("production"));

        const Parsed delayed = parse(read(QStringLiteral("docs-delayed.yml")));
        const JobDefinition &rollout = delayed.result.definition->jobs.first();
        QCOMPARE(rollout.name, QStringLiteral("timed rollout 10%"));
        QCOMPARE(rollout.when, QStringLiteral("delayed"));
        QCOMPARE(DefinitionParser::durationSeconds(rollout.startIn), 1800);

        const Parsed manual = parse(read(QStringLiteral("docs-manual-protected-environment.yml")));
        QCOMPARE(manual.result.definition->jobs.first().environment.url, QStringLiteral("https://example.com"));
        QCOMPARE(manual.result.definition->jobs.first().when, QStringLiteral("manual"));
    }

    void workflowRulesDecide()
    {
        const Parsed never = parse(read(QStringLiteral("docs-workflow-rules-never-draft.yml")));
        const QList<Rule> &rules = never.result.definition->workflowRules;
        QCOMPARE(rules.size(), 2);
        QVERIFY(rules.at(0).condition->evaluate({{"CI_COMMIT_MESSAGE", "wip-draft"}}));
        QCOMPARE(rules.at(0).when, QStringLiteral("never"));
        QVERIFY(!rules.at(0).condition->evaluate({{"CI_COMMIT_MESSAGE", "draft: not at the end"}}));
        QVERIFY(rules.at(1).condition->evaluate({{"CI_PIPELINE_SOURCE", "push"}}));

        const Parsed branch = parse(read(QStringLiteral("docs-workflow-rules-branch-or-mr.yml")));
        const QList<Rule> &branchRules = branch.result.definition->workflowRules;
        QVERIFY(branchRules.at(1).condition->evaluate(
            {{"CI_COMMIT_BRANCH", "main"}, {"CI_OPEN_MERGE_REQUESTS", "acme/shop!1"}}));
        QVERIFY(!branchRules.at(1).condition->evaluate({{"CI_COMMIT_BRANCH", "main"}}));
    }

    void ruleExpressions_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("expected");
        QTest::newRow("equal") << "$BRANCH == \"main\"" << true;
        QTest::newRow("not equal") << "$BRANCH != 'main'" << false;
        QTest::newRow("two variables") << "$BRANCH == $DEFAULT" << true;
        QTest::newRow("unset is null") << "$MISSING == null" << true;
        QTest::newRow("set alone") << "$BRANCH" << true;
        QTest::newRow("empty alone") << "$EMPTY" << false;
        QTest::newRow("unset alone") << "$MISSING" << false;
        QTest::newRow("regex") << "$BRANCH =~ /^ma/" << true;
        QTest::newRow("regex case") << "$BRANCH =~ /^MA/i" << true;
        QTest::newRow("regex no") << "$BRANCH !~ /^release-/" << true;
        QTest::newRow("regex in variable") << "$TAG =~ $PATTERN" << true;
        QTest::newRow("and before or") << "$MISSING || $BRANCH == \"main\" && $EMPTY" << false;
        QTest::newRow("parentheses") << "($MISSING || $BRANCH == \"main\") && $TAG" << true;
        QTest::newRow("braces") << "${BRANCH} == \"main\"" << true;
    }

    void ruleExpressions()
    {
        QFETCH(QString, expression);
        QFETCH(bool, expected);
        QString error;
        const auto parsed = RuleExpression::parse(expression, &error);
        QVERIFY2(parsed, qPrintable(error));
        const RuleExpression::Variables variables{
            {"BRANCH", "main"}, {"DEFAULT", "main"}, {"EMPTY", ""}, {"TAG", "v1.2.0"}, {"PATTERN", "/^v\\d+/"}};
        QCOMPARE(parsed->evaluate(variables), expected);
    }

    void badExpressionsSayWhere_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("position");
        QTest::newRow("unclosed string") << "$A == \"main" << 7;
        QTest::newRow("bare word") << "$A == main" << 7;
        QTest::newRow("dangling operator") << "$A ==" << 6;
        QTest::newRow("unclosed parenthesis") << "($A" << 1;
        QTest::newRow("regex with ==") << "$A == /x/" << 4;
        QTest::newRow("bad regex") << "$A =~ /(/" << 7;
        QTest::newRow("string alone") << "\"x\"" << 4;
    }

    void badExpressionsSayWhere()
    {
        QFETCH(QString, expression);
        QFETCH(int, position);
        QString error;
        int at = 0;
        QVERIFY(!RuleExpression::parse(expression, &error, &at));
        QVERIFY(!error.isEmpty());
        QCOMPARE(at, position);
    }

    void extendsReferencesAndIncludes()
    {
        const QByteArray main = R"(include:
  - local: ci/templates.yml
  - ci/more.yml
stages: [build, test, deploy]
build:
  extends: .base
  script:
    - !reference [.setup, script]
    - make
  variables:
    MODE: release
deploy:
  extends: [.base, .production]
  stage: deploy
  script: ./deploy.sh
)";
        const QHash<QString, QByteArray> files{
            {QStringLiteral("ci/templates.yml"),
             QByteArray(".base:\n  tags: [linux]\n  variables:\n    MODE: debug\n    LEVEL: '1'\n"
                        ".setup:\n  script:\n    - echo setup\n    - ./configure\n")},
            {QStringLiteral("ci/more.yml"), QByteArray(".production:\n  environment: production\n  when: manual\n")}};
        const Parsed parsed = parse(main, files);
        QVERIFY2(parsed.result.ok(), qPrintable(firstError(parsed)));
        const JobDefinition &build = parsed.result.definition->jobs.at(0);
        QCOMPARE(build.script, (QStringList{"echo setup", "./configure", "make"}));
        QCOMPARE(build.tags, QStringList{"linux"});
        QCOMPARE(build.variables.size(), 2); // deep-merged: MODE overridden, LEVEL inherited
        QCOMPARE(build.variables.first().value, QStringLiteral("release"));
        const JobDefinition &deploy = parsed.result.definition->jobs.at(1);
        QCOMPARE(deploy.environment.name, QStringLiteral("production"));
        QCOMPARE(deploy.when, QStringLiteral("manual"));
        QCOMPARE(deploy.stage, QStringLiteral("deploy"));
    }

    void badDefinitionsNameKeywordLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("unknown keyword") << QByteArray("build:\n  script: make\n  scirpt: make\n") << "build:scirpt"
                                         << 3 << 11;
        QTest::newRow("unsupported keyword")
            << QByteArray("build:\n  script: make\n  release:\n    tag_name: v1\n") << "build:release" << 4 << 5;
        QTest::newRow("wrong type") << QByteArray("build:\n  script: make\n  tags: {a: b}\n") << "build:tags" << 3 << 9;
        QTest::newRow("bad when") << QByteArray("build:\n  script: make\n  when: sometimes\n") << "build:when" << 3
                                  << 9;
        QTest::newRow("unknown stage") << QByteArray("build:\n  stage: compile\n  script: make\n") << "build:stage" << 2
                                       << 10;
        QTest::newRow("no script") << QByteArray("build:\n  stage: build\n") << "build" << 2 << 3;
        QTest::newRow("yaml syntax") << QByteArray("build:\n  script: [make\n") << "yaml" << 3 << 1;
        QTest::newRow("bad rule") << QByteArray("build:\n  script: make\n  rules:\n    - if: $A = \"x\"\n")
                                  << "build:rules:if" << 4 << 11;
        QTest::newRow("delayed without start_in")
            << QByteArray("build:\n  script: make\n  when: delayed\n") << "build:start_in" << 2 << 3;
        QTest::newRow("bad duration") << QByteArray("build:\n  script: make\n  timeout: soon\n") << "build:timeout" << 3
                                      << 12;
        QTest::newRow("multi-project trigger")
            << QByteArray("down:\n  trigger: other/project\n") << "down:trigger" << 2 << 12;
        QTest::newRow("remote include") << QByteArray("include:\n  remote: https://x.test/ci.yml\nb:\n  script: x\n")
                                        << "include:remote" << 2 << 11;
        QTest::newRow("missing include") << QByteArray("include: ci/none.yml\nb:\n  script: x\n") << "include" << 1
                                         << 10;
        QTest::newRow("extends unknown") << QByteArray("b:\n  extends: .nothing\n  script: x\n") << "b:extends" << 2
                                         << 12;
        QTest::newRow("extends loop") << QByteArray(
                                             ".a:\n  extends: .b\n.b:\n  extends: .a\nc:\n  extends: .a\n  script: x\n")
                                      << ".a:extends" << 2 << 12;
        QTest::newRow("bad reference") << QByteArray("b:\n  script: !reference [.none, script]\n") << "!reference" << 2
                                       << 11;
        QTest::newRow("bad variable name")
            << QByteArray("variables:\n  2FAST: x\nb:\n  script: x\n") << "variables:2FAST" << 2 << 10;
        QTest::newRow("job is a string") << QByteArray("b: make\n") << "b" << 1 << 4;
        QTest::newRow("duplicate key") << QByteArray("b:\n  script: x\n  script: y\n") << "yaml" << 3 << 3;
        QTest::newRow("too much parallel")
            << QByteArray("b:\n  script: x\n  parallel: 500\n") << "b:parallel" << 3 << 13;
        QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << "root" << 1 << 1;
        QTest::newRow("retry too high") << QByteArray("b:\n  script: x\n  retry: 5\n") << "b:retry" << 3 << 10;
        QTest::newRow("artifact leaves") << QByteArray("b:\n  script: x\n  artifacts:\n    paths: [../secret]\n")
                                         << "b:artifacts:paths" << 4 << 12;
    }

    void badDefinitionsNameKeywordLineAndColumn()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, keyword);
        QFETCH(int, line);
        QFETCH(int, column);
        const Parsed parsed = parse(yaml);
        QVERIFY(!parsed.result.ok());
        const DefinitionError &error = parsed.result.errors.first();
        QVERIFY2(error.keyword == keyword && error.line == line && error.column == column,
                 qPrintable(error.toString()));
        QVERIFY(!error.message.isEmpty());
    }

    void badGraphsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("message");
        QTest::newRow("cycle")
            << QByteArray(
                   "a:\n  needs: [b]\n  script: x\nb:\n  needs: [c]\n  script: x\nc:\n  needs: [a]\n  script: x\n")
            << "cycle: a -> b -> c -> a";
        QTest::newRow("missing need") << QByteArray("a:\n  needs: [ghost]\n  script: x\n") << "'ghost' is not a job";
        QTest::newRow("later stage")
            << QByteArray("a:\n  stage: build\n  needs: [b]\n  script: x\nb:\n  stage: deploy\n  script: x\n")
            << "later stage";
        QTest::newRow("dependency later")
            << QByteArray("a:\n  stage: build\n  dependencies: [b]\n  script: x\nb:\n  script: x\n")
            << "does not run before";
    }

    void badGraphsAreRefused()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, message);
        const Parsed parsed = parse(yaml);
        QVERIFY2(parsed.result.ok(), qPrintable(firstError(parsed)));
        QVERIFY(!parsed.graphErrors.isEmpty());
        QVERIFY2(parsed.graphErrors.first().message.contains(message),
                 qPrintable(parsed.graphErrors.first().toString()));
        QVERIFY(parsed.graphErrors.first().line > 0);
    }

    void optionalMissingNeedIsDropped()
    {
        const Parsed parsed = parse("a:\n  needs:\n    - job: ghost\n      optional: true\n  script: x\n");
        QVERIFY(parsed.graphErrors.isEmpty());
        QVERIFY(parsed.graph.find(QStringLiteral("a"))->needs.isEmpty());
    }

    void aliasBombIsRefused()
    {
        QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'h'; ++c)
            bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + QByteArray(1, char(c - 1)) + ", *" +
                    QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" +
                    QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" +
                    QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" +
                    QByteArray(1, char(c - 1)) + "]\n";
        QElapsedTimer timer;
        timer.start();
        const Parsed parsed = parse(bomb);
        QVERIFY(!parsed.result.ok());
        QVERIFY2(parsed.result.errors.first().message.contains(QStringLiteral("more than")),
                 qPrintable(firstError(parsed)));
        QVERIFY(timer.elapsed() < 5000);
    }

    void durations()
    {
        QCOMPARE(DefinitionParser::durationSeconds(QStringLiteral("30 minutes")), 1800);
        QCOMPARE(DefinitionParser::durationSeconds(QStringLiteral("1h 30m")), 5400);
        QCOMPARE(DefinitionParser::durationSeconds(QStringLiteral("2 days")), 172800);
        QCOMPARE(DefinitionParser::durationSeconds(QStringLiteral("1 hour and 5 seconds")), 3605);
        QCOMPARE(DefinitionParser::durationSeconds(QStringLiteral("45")), 45);
        QVERIFY(!DefinitionParser::durationSeconds(QStringLiteral("soon")));
        QVERIFY(!DefinitionParser::durationSeconds(QStringLiteral("5 parsecs")));
        QVERIFY(!DefinitionParser::durationSeconds(QString()));
    }
};

QTEST_GUILESS_MAIN(TestPipelineDefinitions)
#include "tst_pipeline_definitions.moc"
