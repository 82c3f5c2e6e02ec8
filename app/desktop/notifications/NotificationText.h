#pragma once

#include <QCoreApplication>

namespace adp::app {

// Notification channels, triggers and delivery states in the user's language.
class NotificationText
{
    Q_DECLARE_TR_FUNCTIONS(NotificationText)

public:
    static QString channel(const QString &channel);
    static QString when(const QString &when);
    static QString deliveryState(const QString &state);
    // Channels that sign their messages with a secret of their own.
    static bool isSigned(const QString &channel);
};

} // namespace adp::app
