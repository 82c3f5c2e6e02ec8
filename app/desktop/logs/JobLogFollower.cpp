#include "JobLogFollower.h"

#include "shared/pipeline/JobStates.h"

namespace adp::app {

JobLogFollower::JobLogFollower(shared::PipelinesApi &api, shared::EventsClient *events, LogDocument &document,
                               QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_events(events)
    , m_document(document)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &JobLogFollower::fetch);
    if (!m_events)
        return;
    connect(m_events, &shared::EventsClient::logReceived, this, &JobLogFollower::onPiece);
    connect(m_events, &shared::EventsClient::logEnded, this, [this](qint64 jobId, const QString &status) {
        if (jobId == m_jobId && !m_finished)
            end(status);
    });
    connect(m_events, &shared::EventsClient::logRefused, this, [this](qint64 jobId, const QString &) {
        if (jobId == m_jobId && !m_finished)
            fetch(); // HTTP says why, as an error the viewer can show
    });
    connect(m_events, &shared::EventsClient::connectedChanged, this, [this](bool connected) {
        if (m_jobId == 0 || m_finished)
            return;
        if (connected)
            m_poll.stop(); // the socket re-follows the log itself; repeats are skipped
        else if (!m_catchingUp)
            m_poll.start();
    });
}

JobLogFollower::~JobLogFollower()
{
    stop();
}

void JobLogFollower::follow(qint64 jobId)
{
    stop();
    m_jobId = jobId;
    m_offset = 0;
    m_finished = false;
    m_status.clear();
    m_document.clear();
    // What is stored already comes over HTTP in pages (raw bytes, nothing decoded twice);
    // from there on the socket pushes each piece, or HTTP is asked again every few seconds.
    m_catchingUp = true;
    fetch();
}

void JobLogFollower::stop()
{
    ++m_generation;
    m_poll.stop();
    m_inFlight = false;
    m_again = false;
    m_catchingUp = false;
    if (m_events && m_jobId != 0)
        m_events->unfollowLog(m_jobId);
    m_jobId = 0;
}

void JobLogFollower::onPiece(qint64 jobId, qint64 offset, const QString &text)
{
    if (jobId != m_jobId || m_finished)
        return;
    const QByteArray bytes = text.toUtf8();
    if (offset > m_offset) { // a gap (a reconnect raced a read): read it over HTTP
        fetch();
        return;
    }
    const qint64 skip = m_offset - offset; // what arrived over HTTP meanwhile
    if (skip >= bytes.size())
        return;
    m_document.append(QByteArrayView(bytes).sliced(skip));
    m_offset = offset + bytes.size();
}

void JobLogFollower::end(const QString &status)
{
    m_finished = true;
    m_status = status;
    m_poll.stop();
    m_document.finish();
    Q_EMIT finished(status);
}

void JobLogFollower::fetch()
{
    if (m_jobId == 0 || m_finished)
        return;
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    m_again = false;
    const quint64 generation = m_generation;
    m_api.jobLog(
        m_jobId, m_offset, this,
        [this, generation](const shared::ApiResult<shared::ApiClient::RawReply> &result) {
            if (generation != m_generation)
                return;
            m_inFlight = false;
            if (!result.ok()) {
                m_poll.stop();
                Q_EMIT failed(result.error());
                return;
            }
            if (m_finished)
                return; // the socket finished it meanwhile
            const QByteArray &body = result.value().body;
            const qint64 start = result.value().header("X-Log-Offset").toLongLong();
            const qint64 skip = m_offset - start;
            if (skip >= 0 && skip < body.size()) {
                m_document.append(QByteArrayView(body).sliced(skip));
                m_offset = start + body.size();
            }
            m_status = QString::fromLatin1(result.value().header("X-Job-Status"));
            const qint64 size = result.value().header("X-Log-Size").toLongLong();
            if (pipeline::JobStates::isFinished(m_status) && m_offset >= size) {
                end(m_status);
                return;
            }
            if (m_offset < size || m_again)
                return fetch(); // the next page
            if (std::exchange(m_catchingUp, false)) {
                if (m_events) // followed from here, now or once the socket is up (it re-follows itself)
                    m_events->followLog(m_jobId, m_offset);
                if (!live())
                    m_poll.start();
            }
        },
        m_pageBytes);
}

} // namespace adp::app
