#pragma once

#include "LogDocument.h"
#include "shared/client/EventsClient.h"
#include "shared/client/PipelinesApi.h"

#include <QTimer>

namespace adp::app {

// Keeps a LogDocument up with a job's log on the server. What is stored
// already is read over HTTP in pages of raw bytes; from there, with the
// events socket connected, the server pushes each piece as it is stored
// (follow_log by byte offset; pieces already held are skipped, a gap is read
// over HTTP); without it the log is read over HTTP from the bytes held, every
// few seconds. Either way it ends once the job has finished and its last bytes are in.
class JobLogFollower : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPollMs = 2000;
    static constexpr qint64 kPageBytes = 4 * 1024 * 1024; // per HTTP read of a long log

    JobLogFollower(shared::PipelinesApi &api, shared::EventsClient *events, LogDocument &document,
                   QObject *parent = nullptr);
    ~JobLogFollower() override;

    // Clears the document and follows `jobId` instead.
    void follow(qint64 jobId);
    void stop();

    // Bytes per HTTP read of what is stored (kPageBytes unless a test asks for less).
    void setPageBytes(qint64 bytes) { m_pageBytes = bytes; }
    qint64 jobId() const { return m_jobId; }
    qint64 bytesRead() const { return m_offset; }
    bool isFinished() const { return m_finished; }
    QString jobStatus() const { return m_status; }

Q_SIGNALS:
    void finished(const QString &status);
    void failed(const shared::ApiError &error);

private:
    void fetch();
    void onPiece(qint64 jobId, qint64 offset, const QString &text);
    void end(const QString &status);
    bool live() const { return m_events && m_events->isConnected(); }

    shared::PipelinesApi &m_api;
    shared::EventsClient *m_events;
    LogDocument &m_document;
    QTimer m_poll;
    qint64 m_jobId = 0;
    qint64 m_offset = 0;
    qint64 m_pageBytes = kPageBytes;
    quint64 m_generation = 0; // a reply for a job no longer followed is dropped
    bool m_inFlight = false;
    bool m_again = false; // more was wanted while a read was in flight
    bool m_finished = false;
    bool m_catchingUp = false; // reading what is stored before following live
    QString m_status;
};

} // namespace adp::app
