// adp-bench-ai-log: issue #23's bad input on the model path — "a log of 1 GiB; binary logs: clear
// errors, bounded memory, nothing sent that should have been redacted". A real adp-server (SQLite,
// its own process, --max-log-mib raised so the whole log is kept) runs a job that prints 1 GiB of
// text and one compiler error, and another that prints 64 MiB of random bytes and the same error;
// each failed job is explained by the analyzers alone, then by a model served from this process.
// Printed: capture time, each explanation's time, the server's resident memory before and at its
// highest while explaining (sampled every 5 ms), what the model was sent and whether it held the
// masked value. Not a ctest test: tests/bench/run.sh runs it.
#include "FakeHttpServer.h"
#include "GitRepository.h"
#include "HttpTestClient.h"
#include "PipelineCalls.h"
#include "ProcessMemory.h"
#include "ServerProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>
#include <atomic>
#include <thread>

using namespace adp;
using namespace adp::test;

namespace {

QTextStream out(stdout);
const char kSecret[] = "sv-7Yq2LmN4pQ8rT1xW";

// The highest resident set of a process while it is being watched.
class PeakMemory
{
public:
    explicit PeakMemory(qint64 pid)
        : m_pid(pid)
        , m_thread([this]() {
            while (!m_stop) {
                m_peakKb = std::max<qint64>(m_peakKb, bench::rssKb(m_pid));
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        })
    {
    }
    ~PeakMemory() { stop(); }
    qint64 stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        return m_peakKb;
    }

private:
    qint64 m_pid;
    std::atomic<bool> m_stop = false;
    std::atomic<qint64> m_peakKb = 0;
    std::thread m_thread;
};

QByteArray definition(qint64 textBytes, qint64 binaryBytes)
{
    // Single-quoted YAML keeps "file:line:col: error:" whole; the masked value is echoed once; yes
    // ends on SIGPIPE when head has enough, which pipefail would count as the job's failure.
    const QByteArray error = "    - 'printf \"%s\\n\" \"src/app.c:3:12: error: count undeclared\"'\n    - exit 1\n";
    return "huge:\n  script:\n    - echo \"token $DEPLOY_TOKEN\"\n"
           "    - (yes 'compiling module 0123456789 with a long line of output to fill the log' | head -c " +
           QByteArray::number(textBytes) + ") || true\n" + error +
           "binary:\n  script:\n    - echo \"token $DEPLOY_TOKEN\"\n" + "    - head -c " +
           QByteArray::number(binaryBytes) + " /dev/urandom\n    - echo\n" + error;
}

FakeHttpServer::Response answer()
{
    FakeHttpServer::Response response;
    response.contentType = "text/event-stream";
    response.pieces = {"data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"The compiler stopped at "
                       "src/app.c:3.\"}}]}\n\n",
                       "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],"
                       "\"usage\":{\"prompt_tokens\":900,\"completion_tokens\":9}}\n\ndata: [DONE]\n\n"};
    return response;
}

struct Explained
{
    int status = 0;
    qint64 ms = 0;
    qint64 peakKb = 0;
    QJsonObject body;
};

Explained explain(HttpTestClient &http, qint64 pid, qint64 job)
{
    PeakMemory peak(pid);
    QElapsedTimer clock;
    clock.start();
    const HttpResult result = http.post(QStringLiteral("/api/v1/jobs/%1/explanation").arg(job), QJsonObject{});
    Explained explained{result.status, 0, 0, result.json()};
    const qint64 answerId = explained.body.value("answer").toObject().value("id").toInteger();
    for (int i = 0; answerId > 0 && i < 2000; ++i) {
        if (http.get(QStringLiteral("/api/v1/ai/answers/%1").arg(answerId)).json().value("status").toString() !=
            u"running")
            break;
        QThread::msleep(10);
    }
    explained.ms = clock.elapsed();
    explained.peakKb = peak.stop();
    return explained;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("bin"), QStringLiteral("where adp-server is"), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("mib"), QStringLiteral("the text log's size (1024)"), QStringLiteral("mib")});
    parser.addOption(
        {QStringLiteral("binary-mib"), QStringLiteral("the binary log's size (64)"), QStringLiteral("mib")});
    parser.process(application);
    const qint64 mib =
        parser.value(QStringLiteral("mib")).isEmpty() ? 1024 : parser.value(QStringLiteral("mib")).toLongLong();
    const qint64 binaryMib = parser.value(QStringLiteral("binary-mib")).isEmpty()
                                 ? 64
                                 : parser.value(QStringLiteral("binary-mib")).toLongLong();
    QTemporaryDir dir;
    qputenv("HOME", dir.filePath(QStringLiteral("home")).toLocal8Bit());
    qputenv("ADP_BIN_DIR", parser.value(QStringLiteral("bin")).toLocal8Bit());

    GitRepository repository;
    if (!repository.init() || !repository.commitBranch("main", definition(mib << 20, binaryMib << 20))) {
        out << "cannot make the repository\n";
        return 1;
    }
    ServerProcess server({}, dir.filePath(QStringLiteral("data")));
    if (!server.start({QStringLiteral("--max-log-mib"), QString::number(mib + 64)})) {
        out << "the server did not start: " << server.output() << '\n';
        return 1;
    }
    HttpTestClient http(server.url());
    http.login(QStringLiteral("admin"), server.adminPassword());
    http.post("/api/v1/projects", {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", repository.path()}});
    http.put("/api/v1/projects/shop/variables/DEPLOY_TOKEN",
             {{"value", QString::fromLatin1(kSecret)}, {"masked", true}});
    QElapsedTimer capture;
    capture.start();
    const qint64 pipeline =
        http.post("/api/v1/projects/shop/pipelines", {{"ref", "main"}}).json().value("id").toInteger();
    const QJsonObject finished = waitUntilFinished(http, pipeline, 30 * 60 * 1000);
    const qint64 captureMs = capture.elapsed();
    out << "ADP AI on big and binary logs (adp-server on SQLite, its own process)\n";
    out << QStringLiteral("pipeline (%1 MiB text + %2 MiB random bytes, both jobs at once): %3 s\n")
               .arg(mib)
               .arg(binaryMib)
               .arg(double(captureMs) / 1000.0, 0, 'f', 1);

    FakeHttpServer provider([](const FakeHttpServer::Request &) { return answer(); });
    bool failed = false;
    for (const char *name : {"huge", "binary"}) {
        const QJsonObject job = jobNamed(finished, QString::fromLatin1(name));
        const qint64 jobId = job.value("id").toInteger();
        const qint64 size =
            http.get(QStringLiteral("/api/v1/jobs/%1/log?limit=1").arg(jobId)).headers.value("x-log-size").toLongLong();
        const QByteArray tail =
            http.get(QStringLiteral("/api/v1/jobs/%1/log?offset=%2").arg(jobId).arg(std::max<qint64>(0, size - 4096)))
                .body;
        out << QStringLiteral("%1 log: %2 MiB kept, its last line %3\n")
                   .arg(QString::fromLatin1(name))
                   .arg(double(size) / 1048576.0, 0, 'f', 1)
                   .arg(tail.contains("count undeclared") ? QStringLiteral("kept") : QStringLiteral("MISSING"));
        const qint64 beforeKb = bench::rssKb(server.pid());
        const Explained alone = explain(http, server.pid(), jobId);
        const QJsonObject verdict = alone.body.value("analysis").toObject().value("verdict").toObject();
        out << QStringLiteral("%1 log: job %2, analyzers alone: HTTP %3 in %4 ms, class %5%9, first bad line %6; "
                              "server RSS %7 MiB before, %8 MiB at most\n")
                   .arg(QString::fromLatin1(name))
                   .arg(job.value("status").toString())
                   .arg(alone.status)
                   .arg(alone.ms)
                   .arg(alone.body.value("analysis")
                            .toObject()
                            .value("class")
                            .toString(verdict.value("class").toString()))
                   .arg(alone.body.value("analysis")
                            .toObject()
                            .value("first_error_line")
                            .toInteger(verdict.value("first_error_line").toInteger()))
                   .arg(beforeKb / 1024)
                   .arg(alone.peakKb / 1024)
                   .arg(alone.body.value("analysis").toObject().value("binary").toBool(verdict.value("binary").toBool())
                            ? QStringLiteral(" (said binary: not classified)")
                            : QString());
        failed = failed || alone.status != 200;
    }
    http.post("/api/v1/organisations/default/ai-providers",
              {{"name", "Local"},
               {"base_url", provider.url().resolved(QUrl(QStringLiteral("/v1"))).toString()},
               {"model", "bench"}});
    for (const char *name : {"huge", "binary"}) {
        const qint64 jobId = jobNamed(finished, QString::fromLatin1(name)).value("id").toInteger();
        const qsizetype asked = provider.requests().size();
        const qint64 beforeKb = bench::rssKb(server.pid());
        const Explained withModel = explain(http, server.pid(), jobId);
        const QByteArray sent = provider.requests().size() > asked ? provider.requests().last().body : QByteArray();
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(sent, &error);
        const bool leaked = sent.contains(kSecret);
        out << QStringLiteral("%1 log with a model: HTTP %2, answered in %3 ms; sent %4 bytes (%5), masked value "
                              "%6; server RSS %7 MiB before, %8 MiB at most\n")
                   .arg(QString::fromLatin1(name))
                   .arg(withModel.status)
                   .arg(withModel.ms)
                   .arg(sent.size())
                   .arg(error.error == QJsonParseError::NoError && parsed.isObject() ? QStringLiteral("valid JSON")
                                                                                     : QStringLiteral("NOT JSON"))
                   .arg(leaked ? QStringLiteral("LEAKED") : QStringLiteral("withheld"))
                   .arg(beforeKb / 1024)
                   .arg(withModel.peakKb / 1024);
        failed =
            failed || withModel.status != 200 || leaked || sent.isEmpty() || error.error != QJsonParseError::NoError;
    }
    out.flush();
    return failed ? 1 : 0;
}
