#include "ComplianceMailer.h"

#include "shared/core/ComplianceText.h"

#include <spdlog/spdlog.h>

namespace adp::server::compliance {

using shared::ComplianceSchedule;

void ComplianceMailer::stop()
{
    m_stopping = true;
    wait();
}

void ComplianceMailer::run()
{
    while (!m_stopping) {
        try {
            sendDue();
        } catch (const std::exception &error) {
            spdlog::warn("compliance reports: {}", error.what());
        }
        for (qint64 slept = 0; slept < kPollMs && !m_stopping; slept += 50)
            QThread::msleep(50);
    }
}

int ComplianceMailer::sendDue()
{
    int handled = 0;
    qint64 lastId = 0;
    while (!m_stopping) {
        const qint64 now = m.clock.nowMs();
        const auto schedule = m.schedules.claimDue(now, now + kClaimMs, lastId);
        if (!schedule)
            break;
        lastId = schedule->id;
        send(*schedule);
        ++handled;
    }
    return handled;
}

ports::ChannelMessage ComplianceMailer::messageOf(const ComplianceSchedule &schedule,
                                                  const shared::ComplianceReport &report)
{
    using Text = shared::ComplianceText;
    ports::ChannelMessage message;
    message.kind = QStringLiteral("compliance_report");
    message.title = QStringLiteral("ADP compliance report \"%1\": %2").arg(schedule.name, Text::headline(report));
    message.markdown = Text::markdown(report, kFindingsInChat);
    message.plainText = Text::plain(report, kFindingsInEmail);
    message.payload = {{QStringLiteral("schedule"),
                        QJsonObject{{QStringLiteral("id"), schedule.id}, {QStringLiteral("name"), schedule.name}}},
                       {QStringLiteral("summary"), message.title},
                       {QStringLiteral("report"), report.toJson()}};
    return message;
}

void ComplianceMailer::send(const ComplianceSchedule &schedule)
{
    const QDateTime now = m.clock.now();
    const qint64 nextRunMs = ComplianceSchedule::nextRunAfter(schedule.frequency, now).toMSecsSinceEpoch();
    if (schedule.ruleId == 0) {
        m.schedules.settle(schedule.id, QStringLiteral("failed"), QStringLiteral("its notification rule was deleted"),
                           0, now.toMSecsSinceEpoch(), nextRunMs);
        return;
    }
    shared::ComplianceQuery query;
    query.since = ComplianceSchedule::periodStart(schedule.frequency, schedule.nextRunAt);
    query.until = schedule.nextRunAt;
    query.staleDays = schedule.staleDays;
    query.rotationDays = schedule.rotationDays;
    query.signInThreshold = schedule.signInThreshold;
    const shared::ComplianceReport report = m.checks.run(query, QStringLiteral("schedule: ") + schedule.name);
    const auto sent = m.rules.send(schedule.ruleId, messageOf(schedule, report));
    const int attempts = schedule.attempts + 1;
    if (sent.ok || !sent.retry || attempts >= kMaxAttempts) {
        if (!sent.ok)
            spdlog::info("compliance report {} not sent: {}", schedule.id, sent.error.toStdString());
        m.schedules.settle(schedule.id, sent.ok ? QStringLiteral("sent") : QStringLiteral("failed"), sent.error,
                           report.failedChecks(), now.toMSecsSinceEpoch(), nextRunMs);
        return;
    }
    qint64 delay = m.retryBaseMs;
    for (int attempt = 1; attempt < attempts; ++attempt)
        delay *= 4;
    m.schedules.retryAt(schedule.id, attempts, now.toMSecsSinceEpoch() + delay, sent.error);
}

} // namespace adp::server::compliance
