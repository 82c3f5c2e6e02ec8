// adp-bench-ai-stream: issue #23's figure "first streamed token shown in the desktop < 50 ms after
// the provider sends it". A real adp-server (SQLite, its own process) asks a model served from
// this process (an OpenAI-compatible stream written by hand, a piece at a time); the desktop's
// ModelAnswerView, in this process too, shows the answer from the events socket. One clock
// measures from the moment the provider writes a piece to the moment the view has drawn it:
// the server reading the stream, publishing the piece, the WebSocket, and the Markdown drawing.
// Not a ctest test: tests/bench/run.sh runs it.
#include "BenchFigures.h"
#include "GitRepository.h"
#include "HttpTestClient.h"
#include "PipelineCalls.h"
#include "ServerProcess.h"
#include "ai/ModelAnswerView.h"
#include "shared/client/EventsClient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

using namespace adp;
using namespace adp::test;
using adp::bench::percentile;
using adp::bench::waitUntil;

namespace {

QTextStream out(stdout);
QElapsedTimer g_clock; // one clock for the provider and the view

// An OpenAI-compatible chat completions endpoint that streams `pieces` words, one every
// `gapMs`, the first `firstAfterMs` after the request; when each was written is kept.
class TimedProvider : public QObject
{
public:
    TimedProvider(int pieces, int firstAfterMs, int gapMs)
        : m_pieces(pieces)
        , m_firstAfterMs(firstAfterMs)
        , m_gapMs(gapMs)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onRequest(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort())); }
    QList<qint64> sentNs; // when each piece of the last answer was written

private:
    static QByteArray chunk(const QString &content)
    {
        const QJsonObject delta{{QStringLiteral("content"), content}};
        return "data: " +
               QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                                         {QStringLiteral("choices"),
                                          QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                                 {QStringLiteral("delta"), delta},
                                                                 {QStringLiteral("finish_reason"), QJsonValue()}}}}})
                   .toJson(QJsonDocument::Compact) +
               "\n\n";
    }

    void onRequest(QTcpSocket *socket)
    {
        m_request += socket->readAll();
        const qsizetype headEnd = m_request.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const qsizetype lengthAt = m_request.toLower().indexOf("content-length:");
        const qsizetype length = lengthAt < 0
                                     ? 0
                                     : m_request.mid(lengthAt + 15, m_request.indexOf("\r\n", lengthAt) - lengthAt - 15)
                                           .trimmed()
                                           .toLongLong();
        if (m_request.size() < headEnd + 4 + length)
            return;
        m_request.clear();
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n");
        sentNs.clear();
        QPointer<QTcpSocket> alive(socket);
        for (int i = 0; i < m_pieces; ++i) {
            QTimer::singleShot(m_firstAfterMs + i * m_gapMs, Qt::PreciseTimer, this, [this, alive, i]() {
                if (!alive)
                    return;
                alive->write(chunk(QStringLiteral("word%1 ").arg(i)));
                alive->flush();
                sentNs.append(g_clock.nsecsElapsed());
                if (i + 1 == m_pieces) {
                    alive->write("data: {\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":"
                                 "{\"prompt_tokens\":300,\"completion_tokens\":40}}\n\ndata: [DONE]\n\n");
                    alive->disconnectFromHost();
                }
            });
        }
    }

    QTcpServer m_server;
    QByteArray m_request;
    int m_pieces;
    int m_firstAfterMs;
    int m_gapMs;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("bin"), QStringLiteral("the build's bin directory"), QStringLiteral("dir")},
         {QStringLiteral("answers"), QStringLiteral("answers to time (default 20)"), QStringLiteral("n")},
         {QStringLiteral("pieces"), QStringLiteral("pieces per answer (default 40)"), QStringLiteral("n")}});
    parser.process(app);
    const int answers =
        parser.value(QStringLiteral("answers")).isEmpty() ? 20 : parser.value(QStringLiteral("answers")).toInt();
    const int pieces =
        parser.value(QStringLiteral("pieces")).isEmpty() ? 40 : parser.value(QStringLiteral("pieces")).toInt();
    QTemporaryDir dir;
    qputenv("HOME", dir.filePath(QStringLiteral("home")).toLocal8Bit());
    qputenv("ADP_BIN_DIR", parser.value(QStringLiteral("bin")).toLocal8Bit());
    g_clock.start();

    GitRepository repository;
    if (!repository.init() || !repository.commitBranch("main", "build:\n  script:\n    - echo compiling\n"
                                                               "    - shop-bundler-not-installed --production\n")) {
        out << "cannot make the repository\n";
        return 1;
    }
    ServerProcess server({}, dir.filePath(QStringLiteral("data")));
    if (!server.start()) {
        out << "the server did not start: " << server.output() << '\n';
        return 1;
    }
    HttpTestClient http(server.url());
    const QString token = http.login(QStringLiteral("admin"), server.adminPassword());
    TimedProvider provider(pieces, 150, 25);
    http.post("/api/v1/projects", {{"name", "Shop"}, {"slug", "shop"}, {"repository_url", repository.path()}});
    http.post("/api/v1/organisations/default/ai-providers",
              {{"name", "Local"}, {"base_url", provider.url().toString()}, {"model", "bench"}});
    const qint64 pipeline =
        http.post("/api/v1/projects/shop/pipelines", {{"ref", "main"}}).json().value("id").toInteger();
    const qint64 job = jobNamed(waitUntilFinished(http, pipeline), QStringLiteral("build")).value("id").toInteger();
    if (job <= 0) {
        out << "no failed job to explain\n";
        return 1;
    }

    shared::ApiClient api;
    api.setBaseUrl(server.url());
    api.setToken(token);
    shared::EventsClient events(api);
    bool subscribed = false;
    QObject::connect(&events, &shared::EventsClient::connectedChanged, [&](bool connected) { subscribed = connected; });
    events.start({QStringLiteral("ai")});
    if (!waitUntil([&]() { return subscribed; })) {
        out << "the events socket did not subscribe\n";
        return 1;
    }
    app::ModelAnswerView view(api, &events);
    view.resize(700, 500);
    view.show();
    shared::AiApi ai(api);
    view.reset([&]() {
        view.expectAnswer();
        ai.explainJob(job, 0, &view, [&](const shared::ApiResult<shared::JobExplanation> &result) {
            if (result.ok() && result.value().answer)
                view.follow(*result.value().answer);
            else
                view.showFailure(QStringLiteral("no answer"));
        });
    });

    QList<double> firstMs;
    QList<double> everyMs;
    QList<double> firstWordsServerMs;
    for (int round = 0; round < answers; ++round) {
        QList<qint64> drawnNs; // when the view had drawn each piece
        const auto connection = QObject::connect(&view, &app::ModelAnswerView::rendered, [&]() {
            const qsizetype shown = view.text().count(QStringLiteral("word"));
            while (drawnNs.size() < shown)
                drawnNs.append(g_clock.nsecsElapsed());
        });
        bool ended = false;
        const auto endConnection = QObject::connect(&view, &app::ModelAnswerView::ended, [&]() { ended = true; });
        view.setAskable(true);
        view.ask();
        if (!waitUntil([&]() { return ended; })) {
            out << "an answer did not end\n";
            return 1;
        }
        QObject::disconnect(connection);
        QObject::disconnect(endConnection);
        if (provider.sentNs.size() != pieces || drawnNs.size() < pieces || view.answer()->status != u"done") {
            out << "answer " << round << " was incomplete: " << view.statusText() << '\n';
            return 1;
        }
        firstMs.append(double(drawnNs.first() - provider.sentNs.first()) / 1e6);
        for (int i = 0; i < pieces; ++i)
            everyMs.append(double(drawnNs.at(i) - provider.sentNs.at(i)) / 1e6);
        if (view.answer()->firstTokenMs)
            firstWordsServerMs.append(double(*view.answer()->firstTokenMs));
    }
    out << QStringLiteral("AI answer streaming, %1 answers of %2 pieces (a piece every 25 ms), adp-server on SQLite, "
                          "the view offscreen\n")
               .arg(answers)
               .arg(pieces);
    out << QStringLiteral("  provider writes the first piece -> drawn in the view: median %1 ms, p95 %2 ms, max %3 ms "
                          "(target < 50 ms)\n")
               .arg(percentile(firstMs, 0.5), 0, 'f', 2)
               .arg(percentile(firstMs, 0.95), 0, 'f', 2)
               .arg(percentile(firstMs, 1.0), 0, 'f', 2);
    out << QStringLiteral("  every piece, written -> drawn (drawing at most every %1 ms): median %2 ms, p95 %3 ms\n")
               .arg(app::ModelAnswerView::kRenderEveryMs)
               .arg(percentile(everyMs, 0.5), 0, 'f', 2)
               .arg(percentile(everyMs, 0.95), 0, 'f', 2);
    out << QStringLiteral("  asked -> first piece on the server (first_token_ms, includes the provider's 150 ms): "
                          "median %1 ms\n")
               .arg(percentile(firstWordsServerMs, 0.5), 0, 'f', 0);
    out.flush();
    events.stop();
    return 0;
}
