#include "CommandRun.h"
#include "shared/analysis/SecretScanner.h"
#include "shared/analysis/SecurityScan.h"
#include "shared/analysis/UnifiedDiff.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace adp::shared::analysis;
using adp::test::runCommand;

// The security analyzers: secrets in any text (gitleaks-style shapes and high-entropy values
// under key-like names, allow-listed by line or fingerprint, never shown whole), and risky
// settings in real .gitlab-ci.yml templates and Kubernetes objects from the corpus, in
// Dockerfiles and manifests; and `adp ai scan`, offline.
class TestSecurityAnalyzers : public QObject
{
    Q_OBJECT

private:
    static QByteArray corpus(const QString &path)
    {
        QFile file(QStringLiteral(ADP_CORPUS_DIR "/") + path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // "rule@line rule@line", in line order.
    static QString found(const SecurityFindings &findings)
    {
        QStringList list;
        for (const SecurityFinding &finding : findings)
            list.append(finding.rule + u'@' + QString::number(finding.line));
        return list.join(u' ');
    }

    // Well-formed tokens, made here so that this file holds none.
    static QByteArray githubToken()
    {
        return "gh"
               "p_" +
               QByteArray(36, 'a').replace(3, 5, "Zx9Q7");
    }
    static QByteArray awsKey()
    {
        return "AK"
               "IA" +
               QByteArray("Q4ZP7TXR2M9LKW3V");
    }

private Q_SLOTS:
    void realPipelineTemplates()
    {
        QCOMPARE(found(SecurityScan::scan(QStringLiteral("Docker.gitlab-ci.yml"),
                                          corpus(QStringLiteral("gitlab-ci/Docker.gitlab-ci.yml")))),
                 QStringLiteral("image_latest@3 privileged_service@6 image_latest@17 privileged_service@20"));
        QCOMPARE(found(SecurityScan::scan(QStringLiteral("Nodejs.gitlab-ci.yml"),
                                          corpus(QStringLiteral("gitlab-ci/Nodejs.gitlab-ci.yml")))),
                 QStringLiteral("image_latest@11 image_latest@17 image_latest@18 image_latest@19"));
        QCOMPARE(found(SecurityScan::scan(QStringLiteral("Cpp.gitlab-ci.yml"),
                                          corpus(QStringLiteral("gitlab-ci/Cpp.gitlab-ci.yml")))),
                 QStringLiteral("image_unpinned@4"));
        // Maven's template pins its image and pipes nothing into a shell.
        QCOMPARE(found(SecurityScan::scan(QStringLiteral("Maven.gitlab-ci.yml"),
                                          corpus(QStringLiteral("gitlab-ci/Maven.gitlab-ci.yml")))),
                 QString());
    }

    void pipelineScriptsAndImages()
    {
        const QByteArray definition = "image: alpine@sha256:" + QByteArray(64, 'a') +
                                      "\n"
                                      "deploy:\n"
                                      "  image:\n    name: registry.example.test:5000/tools/deployer\n"
                                      "  script:\n"
                                      "    - curl -fsSL https://get.example.test/install | sudo -E bash -\n"
                                      "    - echo \"token is ${DEPLOY_TOKEN}\"\n"
                                      "    - echo \"deploying $CI_COMMIT_SHA\"\n"
                                      "    - wget -qO- https://example.test/x.sh > x.sh\n";
        QCOMPARE(found(SecurityScan::scan(QStringLiteral(".gitlab-ci.yml"), definition)),
                 QStringLiteral("image_unpinned@4 curl_pipe_shell@6 secret_echoed@7"));
    }

    void realKubernetesObjects()
    {
        QCOMPARE(found(SecurityScan::scan(QStringLiteral("deployment-foo.json"),
                                          corpus(QStringLiteral("kubernetes/deployment-foo.json")))),
                 QStringLiteral("may_run_as_root@161 privilege_escalation@161 no_limits@161 no_probes@161"));
        // A Secret's name is not a secret.
        const SecurityFindings pod = SecurityScan::scan(
            QStringLiteral("pod.json"), corpus(QStringLiteral("kubernetes/pod-nginx-from-replicaset.json")));
        QVERIFY(
            std::none_of(pod.begin(), pod.end(), [](const SecurityFinding &f) { return f.rule == u"generic_secret"; }));
        QVERIFY(!pod.isEmpty());
    }

    void manifestRules()
    {
        const QByteArray manifests =
            "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\n"
            "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n"
            "  template:\n    spec:\n      hostNetwork: true\n"
            "      volumes:\n        - name: root\n          hostPath:\n            path: /\n"
            "      containers:\n        - name: agent\n          image: agent\n"
            "          securityContext:\n            privileged: true\n            runAsUser: 0\n"
            "            allowPrivilegeEscalation: false\n"
            "          resources:\n            limits:\n              memory: 64Mi\n"
            "          readinessProbe:\n            exec:\n              command: [true]\n";
        QCOMPARE(found(SecurityScan::scan(QStringLiteral("agent.yaml"), manifests)),
                 QStringLiteral("host_namespace@13 host_path@17 image_latest@20 privileged_container@22 "
                                "runs_as_root@23"));
    }

    void dockerfileRules()
    {
        const QByteArray dockerfile = "FROM golang:1.22 AS build\nRUN go build -o /app .\n"
                                      "FROM ubuntu\n"
                                      "ENV API_TOKEN=s3cr3t-value-here\n"
                                      "ARG VERSION=1.0\n"
                                      "RUN apt-get update && \\\n    curl -sSL https://example.test/setup.sh | sh\n"
                                      "ADD https://example.test/tool.tar.gz /opt/\n"
                                      "COPY --from=build /app /app\n";
        const SecurityFindings findings = SecurityScan::scan(QStringLiteral("Dockerfile"), dockerfile);
        QCOMPARE(found(findings), QStringLiteral("base_image_latest@3 runs_as_root@3 secret_in_image@4 "
                                                 "curl_pipe_shell@6 add_from_url@8"));
        for (const SecurityFinding &finding : findings)
            QVERIFY(!finding.excerpt.contains(QStringLiteral("s3cr3t-value-here")));
        // A user of its own after the last FROM, and a stage built on an earlier one, are fine.
        QCOMPARE(found(SecurityScan::scan(QStringLiteral("Dockerfile"),
                                          "FROM node:20-alpine AS base\nFROM base\nUSER node\n")),
                 QString());
    }

    void secretsAreFoundShownRedactedAndAllowed()
    {
        const QByteArray text =
            "export GITHUB_TOKEN=" + githubToken() + "\n" + "aws_access_key_id = " + awsKey() + "\n" +
            "-----BEGIN OPENSSH "
            "PRIVATE KEY-----\n" +
            "API_KEY=q8Fz2LmP0xR7vT4wY1bN\n" + "TOKEN=$CI_JOB_TOKEN\n" + "password: changeme-please-1234\n" +
            "secretName: default-token-dsl46\n" + "DB_PASSWORD=aaaaaaaaaaaaaaaaaaaa\n" + // long but no entropy
            "known = " + awsKey() + " # adp:allow\n";
        const SecurityFindings findings = SecretScanner::scan(text, QStringLiteral("notes.txt"));
        QCOMPARE(found(findings), QStringLiteral("github_token@1 aws_access_key_id@2 private_key@3 generic_secret@4"));
        for (const SecurityFinding &finding : findings) {
            QVERIFY(!finding.excerpt.contains(QString::fromLatin1(githubToken())));
            QVERIFY(!finding.excerpt.contains(QString::fromLatin1(awsKey())));
            QVERIFY(!finding.excerpt.contains(QStringLiteral("q8Fz2LmP0xR7vT4wY1bN")));
        }
        QCOMPARE(findings.first().excerpt, QStringLiteral("ghp_…(40 characters)"));
        // The same secret elsewhere has the same fingerprint, and allowing it allows it everywhere.
        const SecurityFindings moved = SecretScanner::scan("\n\n" + githubToken(), QStringLiteral("notes.txt"));
        QCOMPARE(moved.first().fingerprint, findings.first().fingerprint);
        const SecurityFindings allowed =
            SecurityScan::scan(QStringLiteral("notes.txt"), text, {findings.first().fingerprint});
        QCOMPARE(found(allowed), QStringLiteral("aws_access_key_id@2 private_key@3 generic_secret@4"));
        QVERIFY(SecurityScan::scan(QStringLiteral("a.bin"), QByteArray("\0\1\2", 3) + githubToken()).isEmpty());
    }

    void cliScansFoldersOffline()
    {
        QTemporaryDir project;
        QDir dir(project.path());
        QVERIFY(dir.mkpath(QStringLiteral(".git")) && dir.mkpath(QStringLiteral("node_modules/x")) &&
                dir.mkpath(QStringLiteral("k8s")));
        const auto write = [&dir](const QString &name, const QByteArray &content) {
            QFile file(dir.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
        };
        QVERIFY(write(QStringLiteral(".gitlab-ci.yml"), "build:\n  image: node:latest\n  script:\n    - npm ci\n"));
        QVERIFY(write(QStringLiteral("k8s/web.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
                                                      "  containers:\n    - name: web\n      image: web:1.0\n"
                                                      "      securityContext:\n        privileged: true\n"));
        QVERIFY(write(QStringLiteral(".git/config"), "token = " + githubToken() + "\n"));
        QVERIFY(write(QStringLiteral("node_modules/x/index.js"), "const key = '" + awsKey() + "';\n"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ADP_LANGUAGE"), QStringLiteral("en"));
        const auto json =
            runCommand(QStringLiteral("adp"), {"ai", "scan", project.path(), "--output", "json"}, {}, environment);
        QCOMPARE(json.code, 1);
        QCOMPARE(json.json().value("files").toInt(), 2); // .git and node_modules are left out
        QStringList rules;
        for (const QJsonValue &finding : json.json().value("findings").toArray())
            rules.append(finding.toObject().value("rule").toString());
        QVERIFY2(rules.contains(QStringLiteral("image_latest")) &&
                     rules.contains(QStringLiteral("privileged_container")),
                 qPrintable(rules.join(u' ')));
        QVERIFY(!json.out.contains(QString::fromLatin1(githubToken())));

        // Allowing every fingerprint: nothing left, exit 0.
        QStringList fingerprints;
        for (const QJsonValue &finding : json.json().value("findings").toArray())
            fingerprints.append(finding.toObject().value("fingerprint").toString());
        QVERIFY(write(QStringLiteral("allowed.txt"), "# reviewed\n" + fingerprints.join(u'\n').toUtf8() + "\n"));
        const auto clean = runCommand(
            QStringLiteral("adp"),
            {"ai", "scan", dir.filePath(".gitlab-ci.yml"), dir.filePath("k8s"), "--allow", dir.filePath("allowed.txt")},
            {}, environment);
        QCOMPARE(clean.code, 0);
        QVERIFY2(clean.out.contains(QStringLiteral("2 files scanned; nothing found.")), qPrintable(clean.out));
        QCOMPARE(runCommand(QStringLiteral("adp"), {"ai", "scan"}, {}, environment).code, 2);
        QCOMPARE(runCommand(QStringLiteral("adp"), {"ai", "scan", "/nonexistent/folder"}, {}, environment).code, 1);
    }

    // What a review keeps of git's diff: each file's new path and the lines the change added,
    // numbered in the new file, across hunks; deleted and binary files said so.
    void unifiedDiffsAddedLines()
    {
        const QByteArray diff = "diff --git a/.gitlab-ci.yml b/.gitlab-ci.yml\n"
                                "index 1111111..2222222 100644\n"
                                "--- a/.gitlab-ci.yml\n"
                                "+++ b/.gitlab-ci.yml\n"
                                "@@ -1,3 +1,4 @@\n"
                                " build:\n"
                                "+  image: node:latest\n"
                                "   script:\n"
                                "-    - make\n"
                                "+    - curl -sSL https://x.test/i.sh | sh\n"
                                "@@ -20,2 +21,3 @@ deploy:\n"
                                "   script:\n"
                                "+    - ./deploy\n"
                                "     - echo done\n"
                                "\\ No newline at end of file\n"
                                "diff --git a/old.txt b/old.txt\n"
                                "deleted file mode 100644\n"
                                "--- a/old.txt\n"
                                "+++ /dev/null\n"
                                "@@ -1 +0,0 @@\n"
                                "-gone\n"
                                "diff --git a/logo.png b/logo.png\n"
                                "Binary files a/logo.png and b/logo.png differ\n"
                                "diff --git a/src/new.c b/src/new.c\n"
                                "new file mode 100644\n"
                                "--- /dev/null\n"
                                "+++ b/src/new.c\n"
                                "@@ -0,0 +1,2 @@\n"
                                "+int a;\n"
                                "+int b;";
        const auto files = adp::shared::analysis::UnifiedDiff::parse(diff);
        QCOMPARE(files.size(), 4);
        QCOMPARE(files.at(0).path, QStringLiteral(".gitlab-ci.yml"));
        QCOMPARE(files.at(0).addedLines, (QSet<int>{2, 4, 22}));
        QCOMPARE(files.at(1).path, QStringLiteral("old.txt"));
        QVERIFY(files.at(1).deleted);
        QVERIFY(files.at(1).addedLines.isEmpty());
        QVERIFY(files.at(2).binary);
        QCOMPARE(files.at(3).path, QStringLiteral("src/new.c"));
        QCOMPARE(files.at(3).addedLines, (QSet<int>{1, 2}));
        QVERIFY(adp::shared::analysis::UnifiedDiff::parse("not a diff\n+but this looks added\n").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecurityAnalyzers)
#include "tst_security_analyzers.moc"
