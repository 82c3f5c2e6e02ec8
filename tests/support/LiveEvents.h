#pragma once

#include "shared/client/EventsClient.h"

#include <QSignalSpy>
#include <QStringList>

namespace adp::test {

// Starts `events` on `topics` and waits for the server's "subscribed" answer
// (connectedChanged comes with it), so whatever happens next is heard live.
[[nodiscard]] inline bool startSubscribed(shared::EventsClient &events, const QStringList &topics,
                                          int timeoutMs = 10000)
{
    QSignalSpy connected(&events, &shared::EventsClient::connectedChanged);
    events.start(topics);
    return events.isConnected() || connected.wait(timeoutMs);
}

} // namespace adp::test
