#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <atomic>

namespace adp::server {

// Time seam: services ask a Clock, tests move a ManualClock forward.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

class SystemClock : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 startMs)
        : m_now(startMs)
    {
    }
    qint64 nowMs() const override { return m_now.load(); }
    void advanceMs(qint64 ms) { m_now += ms; }

private:
    std::atomic<qint64> m_now;
};

} // namespace adp::server
