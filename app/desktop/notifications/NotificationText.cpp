#include "NotificationText.h"

namespace adp::app {

QString NotificationText::channel(const QString &channel)
{
    if (channel == u"webhook")
        return tr("Webhook");
    if (channel == u"slack")
        return tr("Slack");
    if (channel == u"dingtalk")
        return tr("DingTalk");
    if (channel == u"feishu")
        return tr("Feishu / Lark");
    if (channel == u"wecom")
        return tr("WeCom");
    if (channel == u"email")
        return tr("Email");
    return channel;
}

QString NotificationText::when(const QString &when)
{
    if (when == u"failure")
        return tr("On failure");
    if (when == u"recovery")
        return tr("On recovery");
    if (when == u"always")
        return tr("Always");
    return when;
}

QString NotificationText::deliveryState(const QString &state)
{
    if (state == u"pending")
        return tr("Pending");
    if (state == u"sent")
        return tr("Sent");
    if (state == u"failed")
        return tr("Failed");
    return state;
}

bool NotificationText::isSigned(const QString &channel)
{
    return channel == u"webhook" || channel == u"dingtalk" || channel == u"feishu";
}

} // namespace adp::app
