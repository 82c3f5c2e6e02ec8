#include "BudgetNotifier.h"

#include <QJsonObject>

namespace adp::app {

BudgetNotifier::BudgetNotifier(shared::EventsClient &events, QObject *parent)
    : QObject(parent)
{
    connect(&events, &shared::EventsClient::eventReceived, this,
            [this](const QString &topic, const QString &type, const QJsonObject &data) {
                if (topic != u"costs" || type != u"budget.alert")
                    return;
                const int threshold = data.value(QStringLiteral("threshold")).toInt();
                const QString budget = data.value(QStringLiteral("budget")).toString();
                const QString title = data.value(QStringLiteral("basis")).toString() == u"forecast"
                                          ? tr("Budget %1 is forecast to reach %2%").arg(budget).arg(threshold)
                                          : tr("Budget %1 reached %2%").arg(budget).arg(threshold);
                Q_EMIT announce(title, data.value(QStringLiteral("message")).toString(),
                                data.value(QStringLiteral("organisation")).toString());
            });
}

} // namespace adp::app
