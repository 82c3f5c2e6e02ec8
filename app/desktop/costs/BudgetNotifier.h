#pragma once

#include "shared/client/EventsClient.h"

#include <QObject>

namespace adp::app {

// Tells the people of an organisation when one of its budgets crosses a threshold: the server
// fires each alert once (on actual spend or on the forecast) and sends it live on the costs
// topic; this turns it into a desktop notification.
class BudgetNotifier : public QObject
{
    Q_OBJECT

public:
    explicit BudgetNotifier(shared::EventsClient &events, QObject *parent = nullptr);

Q_SIGNALS:
    void announce(const QString &title, const QString &message, const QString &organisation);
};

} // namespace adp::app
