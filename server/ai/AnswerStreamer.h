#pragma once

#include "AiRequestRepository.h"
#include "ChatClient.h"
#include "core/Clock.h"
#include "events/Event.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QThread>
#include <memory>

namespace adp::server::ai {

// Streams models' answers in a thread of its own (one event loop and network manager for any
// number of answers at once). Each piece goes out on the events socket as it arrives (topic "ai",
// live only, to the one who asked); the end is written to ai_requests with tokens and cost, then
// announced (kept for replay). An answer asked to stop through another replica is noticed within
// kCancelPollMs through its row; rows whose server went away are failed once past their deadline.
class AnswerStreamer
{
public:
    static constexpr int kMaxRunning = 32;              // answers streaming at once on one server
    static constexpr qsizetype kMaxAnswer = 256 * 1024; // characters; a provider that goes on is cut off
    static constexpr int kCancelPollMs = 1000;
    static constexpr int kOverduePollMs = 60000;

    struct Dependencies
    {
        AiRequestRepository &requests;
        events::EventPublisher &events;
        const Clock &clock;
    };

    // What to ask and how to account for it.
    struct Ask
    {
        AiRequestRepository::Stored request; // as inserted, with its id
        ChatProvider provider;
        QList<ChatMessage> messages;
        qint64 promptPricePerMillion = 0; // minor currency units (cents) per million tokens
        qint64 completionPricePerMillion = 0;
    };

    explicit AnswerStreamer(Dependencies dependencies);
    ~AnswerStreamer();
    AnswerStreamer(const AnswerStreamer &) = delete;
    AnswerStreamer &operator=(const AnswerStreamer &) = delete;

    // Thread-safe. False when kMaxRunning answers already stream here.
    bool begin(Ask ask);
    // Thread-safe; an answer streaming here stops (canceled).
    void cancel(qint64 requestId);
    // What has streamed so far of an answer running here; nullopt when it does not run here.
    std::optional<QString> partial(qint64 requestId) const;
    // Ends every answer streaming here (failed: the server stopped) and the thread.
    void stop();
    void setRetryBaseMs(int ms) { m_retryBaseMs = ms; }

    // The cost of a request in billionths of the currency unit: tokens x price per million
    // tokens in minor units (hundredths).
    static qint64 costNanos(std::optional<int> promptTokens, std::optional<int> completionTokens,
                            qint64 promptPricePerMillion, qint64 completionPricePerMillion);

private:
    struct Run
    {
        Ask ask;
        ChatClient *client = nullptr; // owned by the streamer's thread
        QString answer;
        int pieces = 0;
        QElapsedTimer sinceAsked;
        std::optional<qint64> firstTokenMs;
    };

    void startRun(qint64 requestId);
    void onDelta(qint64 requestId, const QString &content, const QString &refusal);
    void onFinished(qint64 requestId, const ChatOutcome &outcome);
    void pollCancels();
    void failOverdue();
    void announce(const AiRequestRepository::Stored &ended, qint64 askerId);

    Dependencies m;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread: what queued calls run on
    QNetworkAccessManager *m_network = nullptr;
    mutable QMutex m_mutex;
    QHash<qint64, std::shared_ptr<Run>> m_runs;
    int m_retryBaseMs = 500;
    bool m_stopped = false;
};

} // namespace adp::server::ai
