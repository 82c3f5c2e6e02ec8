#pragma once

#include <QObject>

class QSocketNotifier;

namespace adp::server {

// Turns SIGTERM and SIGINT into a Qt signal on the main thread (self-pipe),
// so shutdown runs as ordinary code, not inside a signal handler.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace adp::server
