#pragma once

#include "ComplianceChecks.h"
#include "ComplianceScheduleRepository.h"
#include "ports/RuleChannels.h"

#include <QThread>
#include <atomic>

namespace adp::server::compliance {

// Sends each scheduled compliance report when its time comes, in its own thread: the report of
// the week or month that just ended, through the schedule's notification rule (Markdown to chat
// services, plain text by email, the whole report as JSON to a webhook). A schedule is claimed
// (one replica sends it); a send that may succeed later (no answer, 5xx, 429) is retried with
// backoff (base, 4x, 16x...) up to kMaxAttempts, then recorded as failed with the reason, and the
// schedule moves on to its next period either way.
class ComplianceMailer : public QThread
{
public:
    static constexpr qint64 kPollMs = 1000;
    static constexpr qint64 kClaimMs = 10 * 60 * 1000; // making and sending one report takes less
    static constexpr int kMaxAttempts = 6;
    static constexpr int kFindingsInChat = 5; // per check: chat messages stay short
    static constexpr int kFindingsInEmail = 50;

    struct Dependencies
    {
        ComplianceScheduleRepository &schedules;
        ComplianceChecks &checks;
        ports::RuleChannels &rules;
        const Clock &clock;
        qint64 retryBaseMs = 10000;
    };
    explicit ComplianceMailer(Dependencies dependencies)
        : m(std::move(dependencies))
    {
    }
    ~ComplianceMailer() override { stop(); }
    void stop();

    // One pass: every due schedule once. Answers how many were settled or rescheduled.
    int sendDue();
    static ports::ChannelMessage messageOf(const shared::ComplianceSchedule &schedule,
                                           const shared::ComplianceReport &report);

protected:
    void run() override;

private:
    void send(const shared::ComplianceSchedule &schedule);

    Dependencies m;
    std::atomic<bool> m_stopping{false};
};

} // namespace adp::server::compliance
