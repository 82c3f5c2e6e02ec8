#include "AnswerStreamer.h"

#include "shared/costs/Money.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace adp::server::ai {

namespace {

QString redactedKey(QString text, const QString &key)
{
    // A provider's error may quote the key it refused.
    return key.size() >= 4 ? text.replace(key, QStringLiteral("[REDACTED]")) : text;
}

} // namespace

AnswerStreamer::AnswerStreamer(Dependencies dependencies)
    : m(dependencies)
{
    m_thread.setObjectName(QStringLiteral("ai-answers"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    QObject::connect(&m_thread, &QThread::started, m_context, [this]() {
        m_network = new QNetworkAccessManager(m_context);
        auto *cancels = new QTimer(m_context);
        QObject::connect(cancels, &QTimer::timeout, m_context, [this]() { pollCancels(); });
        cancels->start(kCancelPollMs);
        auto *overdue = new QTimer(m_context);
        QObject::connect(overdue, &QTimer::timeout, m_context, [this]() { failOverdue(); });
        overdue->start(kOverduePollMs);
        failOverdue(); // what a server that stopped left running
    });
    m_thread.start();
}

AnswerStreamer::~AnswerStreamer()
{
    stop();
}

void AnswerStreamer::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopped)
            return;
        m_stopped = true;
    }
    QMetaObject::invokeMethod(
        m_context,
        [this]() {
            QList<std::shared_ptr<Run>> runs;
            {
                QMutexLocker lock(&m_mutex);
                runs = m_runs.values();
            }
            for (const auto &run : runs) {
                if (run->client)
                    run->client->disconnect(m_context);
                ChatOutcome outcome;
                outcome.answer = run->answer;
                outcome.error = QStringLiteral("the server stopped while answering");
                onFinished(run->ask.request.id, outcome);
            }
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool AnswerStreamer::begin(Ask ask)
{
    const qint64 id = ask.request.id;
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopped || m_runs.size() >= kMaxRunning)
            return false;
        auto run = std::make_shared<Run>();
        run->ask = std::move(ask);
        run->sinceAsked.start();
        m_runs.insert(id, run);
    }
    QMetaObject::invokeMethod(
        m_context, [this, id]() { startRun(id); }, Qt::QueuedConnection);
    return true;
}

void AnswerStreamer::startRun(qint64 requestId)
{
    std::shared_ptr<Run> run;
    {
        QMutexLocker lock(&m_mutex);
        run = m_runs.value(requestId);
    }
    if (!run)
        return;
    run->client = new ChatClient(*m_network, m_context);
    run->client->setRetryBaseMs(m_retryBaseMs);
    QObject::connect(
        run->client, &ChatClient::delta, m_context,
        [this, requestId](const QString &content, const QString &refusal) { onDelta(requestId, content, refusal); });
    QObject::connect(run->client, &ChatClient::finished, m_context,
                     [this, requestId](const ChatOutcome &outcome) { onFinished(requestId, outcome); });
    run->client->start(run->ask.provider, run->ask.messages);
}

void AnswerStreamer::onDelta(qint64 requestId, const QString &content, const QString &refusal)
{
    std::shared_ptr<Run> run;
    qint64 offset = 0;
    int piece = 0;
    {
        QMutexLocker lock(&m_mutex);
        run = m_runs.value(requestId);
        if (!run)
            return;
        if (!run->firstTokenMs)
            run->firstTokenMs = run->sinceAsked.elapsed();
        offset = run->answer.size();
        run->answer += content;
        piece = ++run->pieces;
    }
    const auto &request = run->ask.request;
    m.events.publishTransient(QStringLiteral("ai"), QStringLiteral("ai.delta"),
                              {{QStringLiteral("request_id"), requestId},
                               {QStringLiteral("project_id"), request.projectId},
                               {QStringLiteral("piece"), piece},
                               {QStringLiteral("offset"), offset},
                               {QStringLiteral("content"), content},
                               {QStringLiteral("refusal"), refusal}},
                              QSet<qint64>{request.askedById});
    if (offset + content.size() > kMaxAnswer && run->client)
        QTimer::singleShot(0, run->client, [client = run->client]() { client->cancel(); });
}

void AnswerStreamer::onFinished(qint64 requestId, const ChatOutcome &outcome)
{
    std::shared_ptr<Run> run;
    {
        QMutexLocker lock(&m_mutex);
        run = m_runs.take(requestId);
    }
    if (!run)
        return;
    if (run->client)
        run->client->deleteLater();
    AiRequestRepository::Stored ended = run->ask.request;
    const bool cutOff = outcome.canceled && run->answer.size() > kMaxAnswer;
    ended.status = outcome.error.isEmpty()       ? QStringLiteral("done")
                   : outcome.canceled && !cutOff ? QStringLiteral("canceled")
                                                 : QStringLiteral("failed");
    ended.answer = outcome.answer.isEmpty() ? run->answer : outcome.answer;
    ended.refusal = outcome.refusal;
    ended.finishReason = outcome.finishReason;
    ended.error = cutOff ? QStringLiteral("the answer outgrew %1 characters and was cut off").arg(kMaxAnswer)
                  : ended.status == u"canceled" ? QString()
                                                : redactedKey(outcome.error, run->ask.provider.apiKey);
    ended.promptTokens = outcome.promptTokens;
    ended.completionTokens = outcome.completionTokens;
    ended.costNanos = costNanos(outcome.promptTokens, outcome.completionTokens, run->ask.promptPricePerMillion,
                                run->ask.completionPricePerMillion);
    ended.attempts = outcome.attempts;
    ended.firstTokenMs = run->firstTokenMs;
    ended.finishedMs = m.clock.nowMs();
    try {
        if (m.requests.finish(ended))
            announce(ended, ended.askedById);
    } catch (const std::exception &error) {
        // The row stays running until its deadline fails it: the answer is not lost silently.
        spdlog::error("AI request {}: its end could not be stored: {}", requestId, error.what());
    }
}

void AnswerStreamer::announce(const AiRequestRepository::Stored &ended, qint64 askerId)
{
    m.events.publish(
        QStringLiteral("ai"), QStringLiteral("ai.finished"),
        {{QStringLiteral("request_id"), ended.id},
         {QStringLiteral("project_id"), ended.projectId},
         {QStringLiteral("status"), ended.status},
         {QStringLiteral("error"), ended.error},
         {QStringLiteral("length"), ended.answer.size()},
         {QStringLiteral("prompt_tokens"), ended.promptTokens ? QJsonValue(*ended.promptTokens) : QJsonValue()},
         {QStringLiteral("completion_tokens"),
          ended.completionTokens ? QJsonValue(*ended.completionTokens) : QJsonValue()},
         {QStringLiteral("cost"), shared::costs::decimalOfNanos(ended.costNanos)},
         {QStringLiteral("currency"), ended.currency}},
        QSet<qint64>{askerId});
}

void AnswerStreamer::cancel(qint64 requestId)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, requestId]() {
            std::shared_ptr<Run> run;
            {
                QMutexLocker lock(&m_mutex);
                run = m_runs.value(requestId);
            }
            if (run && run->client)
                run->client->cancel();
        },
        Qt::QueuedConnection);
}

std::optional<QString> AnswerStreamer::partial(qint64 requestId) const
{
    QMutexLocker lock(&m_mutex);
    const auto run = m_runs.value(requestId);
    return run ? std::optional<QString>(run->answer) : std::nullopt;
}

void AnswerStreamer::pollCancels()
{
    QList<qint64> ids;
    {
        QMutexLocker lock(&m_mutex);
        ids = m_runs.keys();
    }
    if (ids.isEmpty())
        return;
    try {
        for (const qint64 id : m.requests.cancelRequested(ids))
            cancel(id);
    } catch (const std::exception &error) {
        spdlog::warn("AI answers: cannot read which to stop: {}", error.what());
    }
}

void AnswerStreamer::failOverdue()
{
    try {
        for (const auto &lost :
             m.requests.failOverdue(m.clock.nowMs(), QStringLiteral("the server answering it stopped")))
            announce(lost, lost.askedById);
    } catch (const std::exception &error) {
        spdlog::warn("AI answers: cannot end overdue answers: {}", error.what());
    }
}

qint64 AnswerStreamer::costNanos(std::optional<int> promptTokens, std::optional<int> completionTokens,
                                 qint64 promptPricePerMillion, qint64 completionPricePerMillion)
{
    // tokens x (price / 100 units) / 1e6 tokens = tokens x price x 10 billionths.
    const shared::costs::WideNanos nanos =
        shared::costs::WideNanos(promptTokens.value_or(0)) * promptPricePerMillion * 10 +
        shared::costs::WideNanos(completionTokens.value_or(0)) * completionPricePerMillion * 10;
    return nanos > std::numeric_limits<qint64>::max() ? std::numeric_limits<qint64>::max() : qint64(nanos);
}

} // namespace adp::server::ai
