// adp-bench: starts adp-server on one backend, seeds it, drives it with wrk
// and prints the figures issue #2 asks for. Not a ctest test: tests/bench/run.sh runs it.
#include "ProcessCpu.h"
#include "ProcessMemory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>

namespace {

QTextStream out(stdout);

struct WrkResult
{
    double requestsPerSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    qint64 non2xx = 0;
    qint64 requests = 0;
    QString raw;
};

double toMs(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("([0-9.]+)(us|ms|s)"));
    const auto match = pattern.match(value);
    if (!match.hasMatch())
        return -1;
    const double number = match.captured(1).toDouble();
    if (match.captured(2) == u"us")
        return number / 1000.0;
    if (match.captured(2) == u"s")
        return number * 1000.0;
    return number;
}

WrkResult runWrk(const QString &url, const QString &script, int connections, int seconds)
{
    QProcess wrk;
    wrk.start(QStringLiteral("wrk"),
              {QStringLiteral("-t2"), QStringLiteral("-c%1").arg(connections), QStringLiteral("-d%1s").arg(seconds),
               QStringLiteral("--latency"), QStringLiteral("-s"), script, url});
    wrk.waitForFinished(seconds * 1000 + 30000);
    WrkResult result;
    result.raw = QString::fromUtf8(wrk.readAllStandardOutput());
    for (const QString &line : result.raw.split(u'\n')) {
        const QStringList parts = line.simplified().split(u' ');
        if (parts.size() >= 2 && parts.at(0) == u"Requests/sec:")
            result.requestsPerSecond = parts.at(1).toDouble();
        else if (parts.size() >= 2 && parts.at(0) == u"50%")
            result.p50Ms = toMs(parts.at(1));
        else if (parts.size() >= 2 && parts.at(0) == u"99%")
            result.p99Ms = toMs(parts.at(1));
        else if (line.contains(QStringLiteral(" requests in ")))
            result.requests = parts.at(0).toLongLong();
        else if (line.contains(QStringLiteral("Non-2xx")))
            result.non2xx = parts.last().toLongLong();
    }
    return result;
}

using adp::bench::rssKb;

// Where the CPU went during a run: the whole machine, and the processes that serve it. The
// database and Redis count only when their pids are given (they may run elsewhere).
struct CpuUse
{
    qint64 machine = 0, server = 0, postgres = 0, redis = 0, load = 0;

    static CpuUse now(qint64 serverPid, qint64 postgresPid, qint64 redisPid)
    {
        namespace cpu = adp::bench::cpu;
        return {cpu::machineBusyTicks(), cpu::ownTicks(serverPid), cpu::treeTicks(postgresPid),
                cpu::treeTicks(redisPid), cpu::ownTicks(QCoreApplication::applicationPid())}; // wrk, once reaped
    }
    CpuUse operator-(const CpuUse &before) const
    {
        return {machine - before.machine, server - before.server, postgres - before.postgres, redis - before.redis,
                load - before.load};
    }
};

// One raw HTTP exchange; cheap enough to poll /healthz every millisecond.
int httpStatus(quint16 port, const QByteArray &request, QByteArray *body = nullptr)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(1000))
        return 0;
    socket.write(request);
    QByteArray response;
    while (socket.waitForReadyRead(5000)) {
        response += socket.readAll();
        const qsizetype headerEnd = response.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            continue;
        const QRegularExpression length(QStringLiteral("Content-Length: (\\d+)"),
                                        QRegularExpression::CaseInsensitiveOption);
        const auto match = length.match(QString::fromLatin1(response.left(headerEnd)));
        if (!match.hasMatch() || response.size() >= headerEnd + 4 + match.captured(1).toLongLong())
            break;
    }
    if (body)
        *body = response.mid(response.indexOf("\r\n\r\n") + 4);
    return response.mid(9, 3).toInt();
}

QByteArray send(const QByteArray &method, const QString &path, const QByteArray &json, const QString &token)
{
    QByteArray request =
        method + ' ' + path.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    return request + "Content-Length: " + QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n" + json;
}

QByteArray post(const QString &path, const QByteArray &json, const QString &token)
{
    return send("POST", path, json, token);
}

QString writeScript(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(text.toUtf8());
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("bin"), QStringLiteral("Directory with adp-server and adp-desktop."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("backend"), QStringLiteral("sqlite or postgres"), QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("database"), QStringLiteral("postgres URL (postgres backend)"), QStringLiteral("url")});
    parser.addOption({QStringLiteral("redis"), QStringLiteral("redis URL (postgres backend)"), QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("seconds"), QStringLiteral("wrk duration"), QStringLiteral("n"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("postgres-pid"),
                      QStringLiteral("PostgreSQL's postmaster on this machine, to count its CPU"),
                      QStringLiteral("pid")});
    parser.addOption({QStringLiteral("redis-pid"), QStringLiteral("redis-server on this machine, to count its CPU"),
                      QStringLiteral("pid")});
    parser.process(app);
    const QString bin = parser.value(QStringLiteral("bin"));
    const QString backend = parser.value(QStringLiteral("backend"));
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();

    QTemporaryDir dir;
    QStringList arguments{QStringLiteral("--listen"),    QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--data-dir"),  dir.path(),
                          QStringLiteral("--log-level"), QStringLiteral("warn")};
    if (backend == u"postgres")
        arguments << QStringLiteral("--database") << parser.value(QStringLiteral("database"))
                  << QStringLiteral("--redis") << parser.value(QStringLiteral("redis"));

    // 1. Start to /healthz: migrate an empty database once, then time a warm start.
    QProcess server;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(bin + QStringLiteral("/adp-server"), arguments);
    QString output;
    QRegularExpression listening(QStringLiteral("listening on http://127.0.0.1:(\\d+)"));
    QRegularExpression passwordLine(QStringLiteral("password: (\\S+)"));
    QString password;
    quint16 port = 0;
    while (port == 0 && server.waitForReadyRead(30000)) {
        output += QString::fromUtf8(server.readAllStandardOutput());
        if (auto m = passwordLine.match(output); m.hasMatch())
            password = m.captured(1);
        if (auto m = listening.match(output); m.hasMatch())
            port = quint16(m.captured(1).toUInt());
    }
    server.terminate();
    server.waitForFinished();

    QList<double> startMs;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        server.start(bin + QStringLiteral("/adp-server"),
                     QStringList(arguments).replaceInStrings(QStringLiteral("127.0.0.1:0"),
                                                             QStringLiteral("127.0.0.1:%1").arg(port)));
        while (httpStatus(port, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n") != 200 &&
               timer.elapsed() < 30000)
            QThread::usleep(500);
        startMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (i < 4) {
            server.terminate();
            server.waitForFinished();
        }
    }
    std::sort(startMs.begin(), startMs.end());

    QByteArray body;
    httpStatus(port,
               post(QStringLiteral("/api/v1/auth/login"),
                    QJsonDocument(QJsonObject{{"username", "admin"}, {"password", password}}).toJson(), {}),
               &body);
    const QString token = QJsonDocument::fromJson(body).object().value(QStringLiteral("token")).toString();
    QThread::sleep(1);
    const qint64 idleRss = rssKb(server.processId());

    // 2. Seed 1,000 projects, timed (one connection, sequential): internal, but every 20th private.
    QElapsedTimer seedTimer;
    seedTimer.start();
    for (int i = 0; i < 1000; ++i) {
        const QByteArray json =
            QStringLiteral(
                R"({"name":"Project %1","slug":"seed-%1","description":"Seeded for the benchmark","visibility":"%2"})")
                .arg(i)
                .arg(i % 20 == 1 ? QStringLiteral("private") : QStringLiteral("internal"))
                .toUtf8();
        httpStatus(port, post(QStringLiteral("/api/v1/projects"), json, token));
    }
    const double seedPerSecond = 1000.0 / (double(seedTimer.nsecsElapsed()) / 1e9);

    // A member whose list goes through the visibility rules and sees the same
    // projects as the administrator: the internal ones through the organisation,
    // the private ones through a team. The difference is the check itself.
    QProcess addUser;
    addUser.start(bin + QStringLiteral("/adp-server"),
                  QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--username"),
                              QStringLiteral("member"), QStringLiteral("--password-stdin")} +
                      arguments.mid(2));
    addUser.write("member-password\n");
    addUser.closeWriteChannel();
    addUser.waitForFinished(30000);
    httpStatus(
        port, post(QStringLiteral("/api/v1/organisations/default/teams"), R"({"name":"Bench","slug":"bench"})", token));
    httpStatus(port,
               send("PUT", QStringLiteral("/api/v1/organisations/default/teams/bench/members/member"), "{}", token));
    for (int i = 1; i < 1000; i += 20)
        httpStatus(port, send("PUT", QStringLiteral("/api/v1/projects/seed-%1/members/teams/bench").arg(i),
                              R"({"role":"reporter"})", token));
    httpStatus(port,
               post(QStringLiteral("/api/v1/auth/login"), R"({"username":"member","password":"member-password"})", {}),
               &body);
    const QString memberToken = QJsonDocument::fromJson(body).object().value(QStringLiteral("token")).toString();

    // 3. List, 50 a page, 50 connections.
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const QString listScript = writeScript(
        dir, QStringLiteral("list.lua"), QStringLiteral("wrk.headers[\"Authorization\"] = \"Bearer %1\"\n").arg(token));
    const WrkResult list = runWrk(base + QStringLiteral("/api/v1/projects?limit=50"), listScript, 50, seconds);
    const QString memberScript =
        writeScript(dir, QStringLiteral("member.lua"),
                    QStringLiteral("wrk.headers[\"Authorization\"] = \"Bearer %1\"\n").arg(memberToken));
    const WrkResult memberList = runWrk(base + QStringLiteral("/api/v1/projects?limit=50"), memberScript, 50, seconds);

    // 4. Creation throughput, 50 connections, unique slugs per thread.
    const QString createScript = writeScript(
        dir, QStringLiteral("create.lua"),
        QStringLiteral(
            "local counter = 0\nlocal threads = 0\n"
            "function setup(thread) threads = threads + 1; thread:set(\"tid\", threads) end\n"
            "wrk.method = \"POST\"\n"
            "wrk.headers[\"Authorization\"] = \"Bearer %1\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
            "request = function()\n  counter = counter + 1\n"
            "  local slug = string.format(\"w%d-%d\", tid or 0, counter)\n"
            "  return wrk.format(nil, nil, nil, string.format('{\"name\":\"%s\",\"slug\":\"%s\"}', slug, slug))\nend\n")
            .arg(token));
    const qint64 postgresPid = parser.value(QStringLiteral("postgres-pid")).toLongLong();
    const qint64 redisPid = parser.value(QStringLiteral("redis-pid")).toLongLong();
    const CpuUse beforeCreate = CpuUse::now(server.processId(), postgresPid, redisPid);
    const WrkResult create = runWrk(base + QStringLiteral("/api/v1/projects"), createScript, 50, seconds);
    const CpuUse createCpu = CpuUse::now(server.processId(), postgresPid, redisPid) - beforeCreate;
    const qint64 loadedRss = rssKb(server.processId());

    // 5. adp-desktop cold start to first painted main window (offscreen unless a display exists).
    QList<double> desktopMs;
    if (QFile::exists(bin + QStringLiteral("/adp-desktop")) && backend == u"sqlite") {
        for (int i = 0; i < 5; ++i) {
            QProcess desktop;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("ADP_SERVER"), base);
            environment.insert(QStringLiteral("ADP_TOKEN"), token);
            if (!environment.contains(QStringLiteral("DISPLAY")))
                environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            desktop.setProcessEnvironment(environment);
            QElapsedTimer timer;
            timer.start();
            desktop.start(bin + QStringLiteral("/adp-desktop"), {QStringLiteral("--startup-benchmark")});
            desktop.waitForFinished(30000);
            if (desktop.readAllStandardOutput().contains("first-paint-ms"))
                desktopMs.append(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(desktopMs.begin(), desktopMs.end());
    }
    server.terminate();
    server.waitForFinished();

    out << QStringLiteral("\n== adp-server on %1 ==\n").arg(backend);
    out << QStringLiteral("%1 %2\n")
               .arg(QStringLiteral("start to /healthz (median of 5)"), -44)
               .arg(QStringLiteral("%1 ms").arg(startMs.value(2), 0, 'f', 1));
    out << QStringLiteral("%1 %2\n")
               .arg(QStringLiteral("projects list, 50/page, 50 conns: req/s"), -44)
               .arg(list.requestsPerSecond, 0, 'f', 0);
    out << QStringLiteral("%1 %2\n")
               .arg(QStringLiteral("projects list p50 / p99"), -44)
               .arg(QStringLiteral("%1 ms / %2 ms").arg(list.p50Ms, 0, 'f', 2).arg(list.p99Ms, 0, 'f', 2));
    out << QStringLiteral("%1 %2 (%3% of the administrator's)\n")
               .arg(QStringLiteral("same list as a member (visibility rules): req/s"), -44)
               .arg(memberList.requestsPerSecond, 0, 'f', 0)
               .arg(100.0 * memberList.requestsPerSecond / std::max(1.0, list.requestsPerSecond), 0, 'f', 1);
    out << QStringLiteral("%1 %2\n")
               .arg(QStringLiteral("member list p50 / p99"), -44)
               .arg(QStringLiteral("%1 ms / %2 ms").arg(memberList.p50Ms, 0, 'f', 2).arg(memberList.p99Ms, 0, 'f', 2));
    out << QStringLiteral("%1 %2\n")
               .arg(QStringLiteral("project create, 50 conns: req/s"), -44)
               .arg(create.requestsPerSecond, 0, 'f', 0);
    out << QStringLiteral("%1 %2\n")
               .arg(QStringLiteral("project create p50 / p99"), -44)
               .arg(QStringLiteral("%1 ms / %2 ms").arg(create.p50Ms, 0, 'f', 2).arg(create.p99Ms, 0, 'f', 2));
    if (create.requests > 0) {
        const auto perCreate = [&create](qint64 ticks) {
            return adp::bench::cpu::ticksToMicroseconds(ticks) / double(create.requests);
        };
        const double machine = perCreate(createCpu.machine);
        out << QStringLiteral("%1 %2 µs\n")
                   .arg(QStringLiteral("project create: machine CPU per request"), -44)
                   .arg(machine, 0, 'f', 0);
        out << QStringLiteral("%1 %2 / %3 / %4 / %5 µs\n")
                   .arg(QStringLiteral("  adp-server / PostgreSQL / Redis / wrk"), -44)
                   .arg(perCreate(createCpu.server), 0, 'f', 0)
                   .arg(postgresPid > 0 ? QString::number(perCreate(createCpu.postgres), 'f', 0) : QStringLiteral("?"))
                   .arg(redisPid > 0 ? QString::number(perCreate(createCpu.redis), 'f', 0) : QStringLiteral("?"))
                   .arg(perCreate(createCpu.load), 0, 'f', 0);
        // With every core busy, the rate cannot pass cores / CPU per request.
        out << QStringLiteral("%1 %2 req/s\n")
                   .arg(QStringLiteral("  ceiling at that cost, %1 cores").arg(QThread::idealThreadCount()), -44)
                   .arg(double(QThread::idealThreadCount()) * 1e6 / std::max(1.0, machine), 0, 'f', 0);
    }
    out << QStringLiteral("%1 %2\n")
               .arg(QStringLiteral("seed 1,000 creates, 1 conn sequential: /s"), -44)
               .arg(seedPerSecond, 0, 'f', 0);
    out << QStringLiteral("%1 %2\n")
               .arg(QStringLiteral("RSS idle / after load"), -44)
               .arg(
                   QStringLiteral("%1 MB / %2 MB").arg(idleRss / 1024.0, 0, 'f', 1).arg(loadedRss / 1024.0, 0, 'f', 1));
    if (list.non2xx + memberList.non2xx + create.non2xx > 0 || memberToken.isEmpty())
        out << QStringLiteral("WARNING: non-2xx answers: list %1, member list %2, create %3\n")
                   .arg(list.non2xx)
                   .arg(memberList.non2xx)
                   .arg(create.non2xx);
    if (!desktopMs.isEmpty())
        out << QStringLiteral("%1 %2\n")
                   .arg(QStringLiteral("adp-desktop start to first paint (median)"), -44)
                   .arg(QStringLiteral("%1 ms").arg(desktopMs.value(desktopMs.size() / 2), 0, 'f', 0));
    out.flush();
    return 0;
}
