#include "DeliverySender.h"

#include "MessageFormats.h"
#include "RuleMessenger.h"
#include "storage/StorageError.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <spdlog/spdlog.h>

namespace adp::server::notifications {

namespace {

constexpr qint64 kClaimMs = 120000; // a claimed delivery is this sender's for this long

} // namespace

void DeliverySender::stop()
{
    m_stopping = true;
    wait();
}

void DeliverySender::run()
{
    QNetworkAccessManager network;
    while (!m_stopping) {
        try {
            sendDue(network);
        } catch (const std::exception &error) {
            spdlog::warn("notification sender: {}", error.what());
        }
        for (qint64 slept = 0; slept < kPollMs && !m_stopping; slept += 50)
            QThread::msleep(50);
    }
}

int DeliverySender::sendDue(QNetworkAccessManager &network)
{
    const QList<Due> due = m.outbox.claimDue(kClaimMs, kBatch);
    for (const Due &delivery : due) {
        if (m_stopping)
            break; // claimed ones are taken up again once their claim runs out
        record(delivery, deliver(delivery, network));
    }
    return int(due.size());
}

std::optional<PipelineReport> DeliverySender::reportOf(const Due &due) const
{
    const auto pipeline = m.pipelines.find(storage::executorOf(m.database), due.pipelineId, false);
    const auto project = m.projects.find(QString::number(due.projectId));
    if (!pipeline || !project)
        return std::nullopt;
    PipelineReport report;
    report.pipelineId = due.pipelineId;
    report.projectName = project->project.name;
    report.projectSlug = pipeline->project;
    report.ref = pipeline->ref;
    report.isTag = pipeline->isTag;
    report.sha = pipeline->sha;
    report.commitMessage = pipeline->commitMessage;
    report.source = pipeline->source;
    report.triggeredBy = pipeline->triggeredBy;
    report.status = due.status; // as it was when this was queued
    const bool ended = due.status == u"success" || due.status == u"failed" || due.status == u"canceled";
    if (ended && pipeline->startedAt.isValid() && pipeline->finishedAt.isValid())
        report.durationSeconds = pipeline->startedAt.secsTo(pipeline->finishedAt);
    report.url = m.publicUrl() + QStringLiteral("/api/v1/pipelines/%1").arg(due.pipelineId);
    return report;
}

DeliverySender::Result DeliverySender::deliver(const Due &due, QNetworkAccessManager &network)
{
    const auto report = reportOf(due);
    if (!report)
        return {Result::Outcome::Failed, QStringLiteral("the pipeline is gone")};
    if (due.ruleId == 0) {
        if (m.outbox.superseded(due))
            return {Result::Outcome::Superseded, {}};
        const auto access = m.tokens.accessOf(due.projectId);
        if (!access)
            return {Result::Outcome::Failed, QStringLiteral("the project has no repository token any more")};
        return post(network, MessageFormats::commitStatus(*access, *report), QStringLiteral("commit_status"));
    }
    const auto rule = m.rules.open(due.ruleId);
    if (!rule)
        return {Result::Outcome::Failed, QStringLiteral("the rule is gone or its secrets cannot be opened")};
    if (rule->channel == u"email") {
        if (const QString refusal = m.policy.refusal(rule->email.host, true); !refusal.isEmpty())
            return {Result::Outcome::Failed, QStringLiteral("the SMTP host ") + refusal};
        const QString failed = SmtpClient(m.extraCertificates)
                                   .send(rule->email, rule->password,
                                         {MessageFormats::subject(*report), MessageFormats::bodyText(*report)});
        return {failed.isEmpty() ? Result::Outcome::Sent : Result::Outcome::Retry, failed};
    }
    if (const QString refusal = m.policy.urlRefusal(rule->url, true); !refusal.isEmpty())
        return {Result::Outcome::Failed, QStringLiteral("the rule's URL ") + refusal};
    return post(network, MessageFormats::chat(rule->channel, rule->url, rule->secret, *report, m.clock.nowMs()),
                rule->channel);
}

DeliverySender::Result DeliverySender::post(QNetworkAccessManager &network, const OutgoingRequest &outgoing,
                                            const QString &channel) const
{
    const auto sent = postMessage(network, outgoing, channel, kTimeoutMs, m.extraCertificates);
    if (sent.ok)
        return {Result::Outcome::Sent, {}};
    return {sent.retry ? Result::Outcome::Retry : Result::Outcome::Failed, sent.error};
}

void DeliverySender::record(const Due &due, const Result &result)
{
    using Outcome = Result::Outcome;
    if (result.outcome == Outcome::Sent || result.outcome == Outcome::Superseded) {
        m.outbox.settle(due.id,
                        result.outcome == Outcome::Sent ? QStringLiteral("sent") : QStringLiteral("superseded"));
        return;
    }
    spdlog::info("delivery {} of pipeline {} (attempt {}) failed: {}", due.id, due.pipelineId, due.attempts,
                 result.error.toStdString());
    if (result.outcome == Outcome::Retry && due.attempts < kMaxAttempts) {
        qint64 delay = m.retryBaseMs;
        for (int attempt = 1; attempt < due.attempts; ++attempt)
            delay *= 4;
        m.outbox.retryAt(due.id, m.clock.nowMs() + delay, result.error);
        return;
    }
    m.outbox.fail(due.id, result.error);
}

} // namespace adp::server::notifications
