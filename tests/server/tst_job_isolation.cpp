#include "AdminSession.h"
#include "GitRepository.h"
#include "PipelineCalls.h"
#include "ProgramOnPath.h"
#include "runner/JobSandbox.h"

#include <QJsonArray>
#include <QtTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace adp::test;
using adp::server::ServerConfig;

// A job is untrusted code (security review, items 1 and 3): whatever way the
// server isolates it, the job reaches none of the server's data directory
// (database, keys, mirrors), no other project's workspace, and a project can
// only point at a local repository an administrator allowed, never a mirror.
class TestJobIsolation : public QObject
{
    Q_OBJECT

private:
    GitRepository m_repository;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_admin;

    // Every way a job might reach what is not its own; each success prints REACHED.
    static QByteArray probingDefinition()
    {
        return "probe:\n  script:\n"
               "    - echo \"running as $(id -u)\"\n"
               "    - |\n"
               "      for f in \"$CI_BUILDS_DIR/../../adp.db\" \"$CI_BUILDS_DIR/../../secrets.key\" \"$CI_BUILDS_DIR/../../audit.key\" \\\n"
               "               \"$CI_BUILDS_DIR/../adp.db\" \"$DATA/adp.db\" \"$DATA/secrets.key\" \"$DATA/audit.key\" \\\n"
               "               \"/proc/1/root$DATA/secrets.key\" \"/proc/$PPID/root$DATA/adp.db\"; do\n"
               "        if head -c 1 \"$f\" >/dev/null 2>&1; then echo \"REACHED $f\"; fi\n"
               "      done\n"
               "    - |\n"
               "      for d in \"$OTHER\" \"$DATA/mirrors/$OTHER_ID.git/objects\"; do\n"
               "        if [ -n \"$d\" ] && ls -A \"$d\" 2>/dev/null | grep -q .; then echo \"REACHED listing $d\"; fi\n"
               "      done\n"
               "    - if [ -n \"$(find / -maxdepth 5 \\( -path /proc -o -path /sys -o -path /usr \\) -prune -o \\( -name secrets.key -o -name audit.key \\) -print 2>/dev/null)\" ]; then echo REACHED by find; fi\n"
               "    - if [ -e \"$DATA/mirrors/$OTHER_ID.git/config\" ]; then echo REACHED other mirror; fi\n"
               // A descriptor the server left open (its database or Redis connection) would be a way out.
               "    - find /proc/$$/fd/ -mindepth 1 ! -name 0 ! -name 1 ! -name 2 \\( -lname 'socket:*' -o -lname 'pipe:*' \\)"
               " -printf 'REACHED descriptor %f %l\\n'\n"
               "    - echo probe done\n";
    }

    bool start(const QString &backend, const std::function<void(ServerConfig &)> &configure = {})
    {
        AdminSession session = AdminSession::start(backend, configure);
        if (!session.ok())
            return false;
        m_server = std::move(session.server);
        m_admin = std::move(session.admin);
        return m_admin->post("/api/v1/projects",
                             {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", m_repository.path()}})
                       .status == 201 &&
               m_admin->post("/api/v1/projects",
                             {{"name", "Other"}, {"slug", "other"}, {"repository_url", m_repository.path()}})
                       .status == 201;
    }

    QJsonObject runIn(const QString &project, const QJsonArray &variables = {},
                      const QString &ref = QStringLiteral("main"))
    {
        const qint64 id =
            m_admin->post("/api/v1/projects/" + project + "/pipelines", {{"ref", ref}, {"variables", variables}})
                .json()
                .value("id")
                .toInteger();
        return waitUntilFinished(*m_admin, id, 120000);
    }

    QString log(const QJsonObject &job)
    {
        return QString::fromUtf8(
            m_admin->get(QStringLiteral("/api/v1/jobs/%1/log").arg(job.value("id").toInteger())).body);
    }

    static QJsonObject variable(const QString &key, const QString &value) { return {{"key", key}, {"value", value}}; }

    // Runs the probe in "shop" after a job of "other" left its workspace; nothing may be reached.
    void probeReachesNothing()
    {
        const QJsonObject other = runIn(QStringLiteral("other"));
        const QJsonObject otherJob = jobNamed(other, QStringLiteral("probe"));
        const QString otherId =
            QString::number(m_admin->get(QStringLiteral("/api/v1/projects/other")).json().value("id").toInteger());
        const QString data = m_server->dataDir();
        const QString otherWorkspace = m_server->app().buildsDirectory() +
                                       QStringLiteral("/%1/%2").arg(otherId).arg(otherJob.value("id").toInteger());
        QVERIFY2(QFileInfo::exists(otherWorkspace),
                 QJsonDocument(other).toJson().constData()); // it is there, for the server
        const QJsonObject shop =
            runIn(QStringLiteral("shop"),
                  {variable("DATA", data), variable("OTHER", otherWorkspace), variable("OTHER_ID", otherId)});
        const QJsonObject probe = jobNamed(shop, QStringLiteral("probe"));
        const QString text = log(probe);
        QVERIFY2(probe.value("status").toString() == u"success", qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("probe done")), qPrintable(text));
        // The script's own lines are echoed too; what it reached is printed at the start of a line.
        static const QRegularExpression reached(QStringLiteral("^REACHED.*$"), QRegularExpression::MultilineOption);
        QStringList found;
        for (auto match = reached.globalMatch(text); match.hasNext();)
            found << match.next().captured();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_repository.init());
        QVERIFY(m_repository.commitFiles(QStringLiteral("main"),
                                         {{QStringLiteral(".gitlab-ci.yml"), probingDefinition()}},
                                         QStringLiteral("probe")));
        QByteArray many;
        for (int i = 0; i < 6; ++i)
            many += "job" + QByteArray::number(i) + ":\n  script: echo " + QByteArray::number(i) + "\n";
        QVERIFY(m_repository.commitFiles(QStringLiteral("many"), {{QStringLiteral(".gitlab-ci.yml"), many}},
                                         QStringLiteral("many")));
        QVERIFY(m_repository.commitFiles(
            QStringLiteral("slip"),
            {{QStringLiteral(".gitlab-ci.yml"),
              "stages: [make, use]\n"
              "link:\n  stage: make\n  script: ln -s \"$DATA\" slip\n  artifacts:\n    paths: [slip]\n"
              "file:\n  stage: make\n  script: mkdir slip && echo pwned > slip/pwned.txt\n  artifacts:\n    paths: [slip/pwned.txt]\n"
              "use:\n  stage: use\n  dependencies: [link, file]\n  script: ls -l slip\n"}},
            QStringLiteral("slip")));
        QVERIFY(m_repository.commitFiles(
            QStringLiteral("side"),
            {{QStringLiteral(".gitlab-ci.yml"),
              "slow:\n  script:\n    - sleep 3\n    - echo slow done\n"
              "quick:\n  script: echo quick\n"
              "leaver:\n  script:\n    - setsid sleep 300 >/dev/null 2>&1 </dev/null &\n    - echo left\n"}},
            QStringLiteral("side by side")));
        QVERIFY(m_repository.commitFiles(
            QStringLiteral("escape"),
            {{QStringLiteral(".gitlab-ci.yml"),
              "escape:\n  script:\n    - git config core.fsmonitor \"touch $DATA/escaped; echo\"\n    - echo out > made.txt\n"
              "  artifacts:\n    untracked: true\n"
              "  cache:\n    key:\n      files: [.gitlab-ci.yml]\n    paths: [made.txt]\n"}},
            QStringLiteral("escape")));
        const QByteArray huge = "job:\n  script: echo hi\n# " + QByteArray(1100 * 1024, 'x') + "\n";
        QVERIFY(m_repository.commitFiles(QStringLiteral("huge"), {{QStringLiteral(".gitlab-ci.yml"), huge}},
                                         QStringLiteral("huge")));
    }

    // A pipeline over the job limit is refused with a clear error before it is planned.
    void aPipelineOverTheJobLimitIsRefused()
    {
        QVERIFY(start(QStringLiteral("sqlite"), [](ServerConfig &config) { config.maxPipelineJobs = 5; }));
        const HttpResult refused = m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "many"}});
        QCOMPARE(refused.status, 422);
        QVERIFY2(refused.body.contains("max_pipeline_jobs"), refused.body.constData());
        // A definition past the size limit is named as such, not as missing.
        const HttpResult tooLarge = m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "huge"}});
        QCOMPARE(tooLarge.status, 422);
        QVERIFY2(tooLarge.body.contains("may be at most"), tooLarge.body.constData());
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/projects/shop/pipelines")).json().value("items").toArray().size(),
                 0);
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void theDefaultIsolatesJobs_data() { addBackendRows(); }
    void theDefaultIsolatesJobs()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        QVERIFY(start(backend));
        probeReachesNothing();
    }

    void aUserPerProjectIsolatesJobs()
    {
        QString why;
        if (!adp::server::runner::JobSandbox::separateUsersAvailable(&why))
            QSKIP(qPrintable(why));
        QVERIFY(start(QStringLiteral("sqlite"),
                      [](ServerConfig &config) { config.isolation = ServerConfig::Isolation::SeparateUser; }));
        probeReachesNothing();
        const QJsonObject shop = runIn(QStringLiteral("shop"));
        QVERIFY(!log(jobNamed(shop, QStringLiteral("probe"))).contains(QStringLiteral("running as 0\n")));
    }

    // Jobs of one project share its user and run side by side: one that ends does not kill the
    // others' processes; what they leave running is killed once the last of them ends.
    void jobsOfOneProjectRunSideBySide()
    {
        QString why;
        if (!adp::server::runner::JobSandbox::separateUsersAvailable(&why))
            QSKIP(qPrintable(why));
        QVERIFY(start(QStringLiteral("sqlite"), [](ServerConfig &config) {
            config.isolation = ServerConfig::Isolation::SeparateUser;
            config.workers = 3;
        }));
        const qint64 id =
            m_admin->post("/api/v1/projects/shop/pipelines", {{"ref", "side"}}).json().value("id").toInteger();
        const QJsonObject finished = waitUntilFinished(*m_admin, id, 120000);
        for (const char *name : {"slow", "quick", "leaver"})
            QVERIFY2(jobNamed(finished, QString::fromLatin1(name)).value("status").toString() == u"success", name);
        QVERIFY2(log(jobNamed(finished, QStringLiteral("slow"))).contains(QStringLiteral("\nslow done")),
                 qPrintable(log(jobNamed(finished, QStringLiteral("slow")))));
        const qint64 project = m_admin->get(QStringLiteral("/api/v1/projects/shop")).json().value("id").toInteger();
        const uid_t uid = adp::server::runner::JobSandbox().uidOf(project);
        const auto processesOf = [uid]() {
            QStringList found;
            for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                struct stat status
                {
                };
                if (pid.toInt() > 0 &&
                    ::stat(QFile::encodeName(QStringLiteral("/proc/") + pid).constData(), &status) == 0 &&
                    status.st_uid == uid)
                    found.append(pid);
            }
            return found;
        };
        QTRY_VERIFY_WITH_TIMEOUT(processesOf().isEmpty(), 5000);
    }

    // A sandbox gone before it is told to start (a bubblewrap that failed, its socket closed) fails
    // its job alone: telling it must not raise SIGPIPE, which would end the whole server.
    void aSandboxGoneBeforeItsStartFailsOnlyItsJob()
    {
        QString why;
        if (!adp::server::runner::JobSandbox::bubblewrapAvailable(&why))
            QSKIP(qPrintable(why));
        // The availability check at start runs the real one; a job's sandbox closes its start pipe and fails.
        auto fake = std::make_unique<ProgramOnPath>(
            QStringLiteral("bwrap"),
            "#!/bin/sh\ncase \" $* \" in *\" --block-fd \"*) exec 3<&-; sleep 1; exit 1;; esac\nexec " +
                ProgramOnPath::real(QStringLiteral("bwrap")).toUtf8() + " \"$@\"\n");
        QVERIFY(fake->ok());
        QVERIFY(start(QStringLiteral("sqlite")));
        const QJsonObject gone = jobNamed(runIn(QStringLiteral("shop")), QStringLiteral("probe"));
        QVERIFY2(gone.value("status").toString() == u"failed", qPrintable(log(gone)));
        QVERIFY2(!log(gone).contains(QStringLiteral("probe done")), qPrintable(log(gone)));
        // Told after it went (the usual order: it is gone before the checkout is done) or, had it
        // been slower, its own failure.
        QVERIFY2(log(gone).contains(QStringLiteral("could not be told to start")) ||
                     log(gone).contains(QStringLiteral("exit code 1")),
                 qPrintable(log(gone)));
        fake.reset(); // the real bwrap again
        const QJsonObject ran = jobNamed(runIn(QStringLiteral("shop")), QStringLiteral("probe"));
        QVERIFY2(ran.value("status").toString() == u"success", qPrintable(log(ran)));
    }

    // After a job, the server reads what git knows (tracked files, the commit of a cache key) from its
    // own mirror: running git in the workspace the job wrote would run what the job's .git/config
    // names (core.fsmonitor) as the server, outside any sandbox.
    void theServerNeverRunsGitInAJobsWorkspace()
    {
        QVERIFY(start(QStringLiteral("sqlite")));
        const QJsonObject finished =
            runIn(QStringLiteral("shop"), {variable("DATA", m_server->dataDir())}, QStringLiteral("escape"));
        const QJsonObject escape = jobNamed(finished, QStringLiteral("escape"));
        QVERIFY2(escape.value("status").toString() == u"success", qPrintable(log(escape)));
        QVERIFY2(log(escape).contains(QStringLiteral("Uploaded 1 files")),
                 qPrintable(log(escape))); // made.txt: untracked
        QVERIFY2(log(escape).contains(QStringLiteral("Saved cache ")) &&
                     !log(escape).contains(QStringLiteral("Saved cache default")),
                 qPrintable(log(escape)));
        QVERIFY(!QFile::exists(m_server->dataDir() + QStringLiteral("/escaped")));
    }

    // Item 2: job A ships a link to the data directory, job B a file below a directory of the same
    // name; unpacking both for job C must not write into the data directory, sandboxed or not.
    void artifactsNeverWriteThroughALink_data()
    {
        QTest::addColumn<int>("isolation");
        QTest::newRow("default") << int(ServerConfig::Isolation::Auto);
        QTest::newRow("unsafe-none") << int(ServerConfig::Isolation::UnsafeNone);
    }
    void artifactsNeverWriteThroughALink()
    {
        QFETCH(int, isolation);
        QVERIFY(start(QStringLiteral("sqlite"),
                      [isolation](ServerConfig &config) { config.isolation = ServerConfig::Isolation(isolation); }));
        const qint64 id =
            m_admin
                ->post("/api/v1/projects/shop/pipelines",
                       {{"ref", "slip"}, {"variables", QJsonArray{variable("DATA", m_server->dataDir())}}})
                .json()
                .value("id")
                .toInteger();
        const QJsonObject finished = waitUntilFinished(*m_admin, id, 120000);
        QCOMPARE(jobNamed(finished, QStringLiteral("link")).value("status").toString(), QStringLiteral("success"));
        QCOMPARE(jobNamed(finished, QStringLiteral("file")).value("status").toString(), QStringLiteral("success"));
        const QJsonObject use = jobNamed(finished, QStringLiteral("use"));
        QCOMPARE(use.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(use.value("failure_reason").toString(), QStringLiteral("missing_dependency_failure"));
        QVERIFY2(log(use).contains(QStringLiteral("slip/pwned.txt")), qPrintable(log(use)));
        QVERIFY(!QFile::exists(m_server->dataDir() + QStringLiteral("/pwned.txt")));
    }

    void unsafeNoneIsRefusedWithASecondUser()
    {
        QVERIFY(start(QStringLiteral("sqlite"),
                      [](ServerConfig &config) { config.isolation = ServerConfig::Isolation::UnsafeNone; }));
        // Unisolated, the same probe reaches the keys: it would notice a sandbox that leaks.
        const QJsonObject open =
            jobNamed(runIn(QStringLiteral("shop"), {variable("DATA", m_server->dataDir())}), QStringLiteral("probe"));
        QCOMPARE(open.value("status").toString(), QStringLiteral("success"));
        QVERIFY2(
            log(open).contains(QStringLiteral("\nREACHED ") + m_server->dataDir() + QStringLiteral("/secrets.key")),
            qPrintable(log(open)));
        QVERIFY(m_server->addUser(QStringLiteral("bob"), QStringLiteral("another long password")));
        const QJsonObject refused = jobNamed(runIn(QStringLiteral("shop")), QStringLiteral("probe"));
        QCOMPARE(refused.value("status").toString(), QStringLiteral("failed"));
        QVERIFY2(log(refused).contains(QStringLiteral("unsafe-none")), qPrintable(log(refused)));
    }

    // The data directory and what the server writes in it are its user's alone.
    void theDataDirectoryIsTheServersAlone()
    {
        QVERIFY(start(QStringLiteral("sqlite")));
        QCOMPARE(jobNamed(runIn(QStringLiteral("shop")), QStringLiteral("probe")).value("status").toString(),
                 QStringLiteral("success"));
        const auto mode = [](const QString &path) {
            struct stat status
            {
            };
            return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 0777) : -1;
        };
        const QString data = m_server->dataDir();
        QCOMPARE(mode(data), 0700);
        for (const QString &file : {QStringLiteral("secrets.key"), QStringLiteral("audit.key")})
            QCOMPARE(mode(data + u'/' + file), 0600);
        const QString database = m_server->app().config().databaseUrl.mid(int(qstrlen("sqlite://")));
        QVERIFY(QFile::exists(database));
        QCOMPARE(mode(database) & 0077, 0);
        QCOMPARE(mode(data + QStringLiteral("/mirrors")) & 0077, 0);
    }

    void localRepositoriesOnlyWhereAllowed()
    {
        QVERIFY(start(QStringLiteral("sqlite")));
        QCOMPARE(jobNamed(runIn(QStringLiteral("other")), QStringLiteral("probe")).value("status").toString(),
                 QStringLiteral("success"));
        const QString mirrors = m_server->dataDir() + QStringLiteral("/mirrors");
        const QStringList mirrorNames = QDir(mirrors).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(!mirrorNames.isEmpty());
        const QString mirror = mirrors + u'/' + mirrorNames.first();
        QTemporaryDir links;
        const QString disguised = links.filePath(QStringLiteral("innocent.git"));
        QVERIFY(QFile::link(mirror, disguised));
        const auto refusedFor = [this](HttpTestClient &client, const QString &url) {
            const HttpResult result =
                client.post("/api/v1/projects", {{"name", "Steal"}, {"slug", "steal"}, {"repository_url", url}});
            return result.status == 422 && result.errorFields().contains(QStringLiteral("repository_url"));
        };
        QVERIFY(refusedFor(*m_admin, mirror));                             // a mirror in the data directory
        QVERIFY(refusedFor(*m_admin, QStringLiteral("file://") + mirror)); // the same as a URL
        QVERIFY(refusedFor(*m_admin, disguised));                          // through a link under an allowed root
        QVERIFY(refusedFor(*m_admin, QStringLiteral("/usr/share")));       // outside the allowed roots
        QVERIFY(refusedFor(*m_admin, m_server->dataDir()));                // the data directory itself
        // An ordinary user may not use the server's disk at all; a remote URL is fine.
        QVERIFY(m_server->addUser(QStringLiteral("tim"), QStringLiteral("a long enough password")));
        HttpTestClient tim(m_server->url());
        QVERIFY(!tim.login(QStringLiteral("tim"), QStringLiteral("a long enough password")).isEmpty());
        QVERIFY(refusedFor(tim, m_repository.path()));
        QCOMPARE(tim.post("/api/v1/projects",
                          {{"name", "Remote"}, {"slug", "remote"}, {"repository_url", "https://example.com/a.git"}})
                     .status,
                 201);
        // Nor move an existing project onto it.
        QCOMPARE(tim.patch("/api/v1/projects/remote", {{"repository_url", mirror}}).status, 422);
        // The administrator may, below an allowed root.
        QCOMPARE(m_admin
                     ->post("/api/v1/projects",
                            {{"name", "Fine"}, {"slug", "fine"}, {"repository_url", m_repository.path()}})
                     .status,
                 201);
    }
};

QTEST_GUILESS_MAIN(TestJobIsolation)
#include "tst_job_isolation.moc"
