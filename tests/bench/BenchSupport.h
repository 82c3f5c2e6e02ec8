#pragma once

// What the benchmarks that drive a real adp-server share: git for a test
// repository, a small blocking JSON client, waiting for a pipeline, and
// starting adp-server on a free loopback port signed in as its admin.
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <QUrl>
#include <memory>

namespace adp::bench {

inline bool git(const QString &directory, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(QStringLiteral("git"),
                  QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Bench"), QStringLiteral("-c"),
                              QStringLiteral("user.email=bench@example.test")} +
                      arguments);
    return process.waitForFinished(60000) && process.exitCode() == 0;
}

// A repository at `directory` on branch main with one commit of `files` (path -> content).
inline bool commitRepository(const QString &directory, const QList<std::pair<QString, QByteArray>> &files)
{
    for (const auto &[path, content] : files) {
        QFile file(directory + u'/' + path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return false;
    }
    return git(directory,
               {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}) &&
           git(directory, {QStringLiteral("add"), QStringLiteral(".")}) &&
           git(directory,
               {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("bench")});
}

// A small blocking JSON client over Qt's network stack.
class Api
{
public:
    explicit Api(QUrl base)
        : m_base(std::move(base))
    {
    }
    void setToken(const QString &token) { m_token = token; }
    const QString &token() const { return m_token; }
    const QUrl &base() const { return m_base; }

    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                     QByteArray *raw = nullptr, QByteArray *logSize = nullptr)
    {
        QUrl url = m_base;
        const qsizetype query = path.indexOf(u'?');
        url.setPath(path.left(query));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        QNetworkReply *reply =
            m_network.sendCustomRequest(request, method, method == "GET" ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray bytes = reply->readAll();
        if (raw)
            *raw = bytes;
        if (logSize)
            *logSize = reply->rawHeader("X-Log-Size");
        reply->deleteLater();
        return QJsonDocument::fromJson(bytes).object();
    }

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QString m_token;
};

// Polls the pipeline until it has finished or `timeoutMs` passed; the last state seen.
inline QJsonObject waitFinished(Api &api, qint64 pipeline, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject current;
    static const QStringList done{QStringLiteral("success"), QStringLiteral("failed"), QStringLiteral("canceled"),
                                  QStringLiteral("skipped")};
    while (timer.elapsed() < timeoutMs) {
        current = api.call("GET", QStringLiteral("/api/v1/pipelines/%1").arg(pipeline));
        if (done.contains(current.value(QStringLiteral("status")).toString()))
            return current;
        QThread::msleep(20);
    }
    return current;
}

// adp-server started from `bin` with `arguments` (--listen and --data-dir are added), and a
// client signed in as the admin its first start created. `api` is empty when it did not start;
// `output` says why.
struct RunningServer
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    std::unique_ptr<Api> api;
    QString output;

    static RunningServer start(const QString &bin, const QString &dataDir, const QStringList &arguments)
    {
        RunningServer server;
        server.process->setProcessChannelMode(QProcess::SeparateChannels);
        server.process->start(bin + QStringLiteral("/adp-server"),
                              QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                          QStringLiteral("--data-dir"), dataDir} +
                                  arguments);
        QString password;
        QUrl url;
        static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
        static const QRegularExpression passwordLine(QStringLiteral("password: (\\S+)"));
        while (url.isEmpty() && server.process->waitForReadyRead(30000)) {
            server.output += QString::fromUtf8(server.process->readAllStandardOutput());
            if (auto m = passwordLine.match(server.output); m.hasMatch())
                password = m.captured(1);
            if (auto m = listening.match(server.output); m.hasMatch())
                url = QUrl(m.captured(1));
        }
        if (url.isEmpty()) {
            server.output += QString::fromUtf8(server.process->readAllStandardError());
            return server;
        }
        server.api = std::make_unique<Api>(url);
        server.api->setToken(
            server.api
                ->call("POST", QStringLiteral("/api/v1/auth/login"), {{"username", "admin"}, {"password", password}})
                .value(QStringLiteral("token"))
                .toString());
        return server;
    }
    bool ok() const { return api && !api->token().isEmpty(); }
    qint64 pid() const { return process->processId(); }
    void stop()
    {
        process->terminate();
        process->waitForFinished(30000);
    }
};

} // namespace adp::bench
