#pragma once

#include "WebhookEvent.h"
#include "WebhookRepository.h"
#include "access/ProjectGuard.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "crypto/SecretBox.h"
#include "ports/Housekeeping.h"
#include "ports/PipelineStarter.h"
#include "ports/ProjectDirectory.h"

namespace adp::server::scm {

// Webhooks from GitHub and GitLab. A project's maintainers set its secret
// (shown once, stored sealed). A delivery is verified first (GitHub's
// X-Hub-Signature-256 HMAC, GitLab's X-Gitlab-Token, both compared in
// constant time) and then recorded exactly once with what came of it; it is
// answered only after that record, and its pipeline, are committed.
class WebhookService : public ports::Housekeeping
{
public:
    struct Dependencies
    {
        storage::Database &database;
        ports::ProjectDirectory &projectDirectory;
        const access::ProjectGuard &projects;
        WebhookRepository &webhooks;
        ports::PipelineStarter &pipelines;
        git::RepositoryMirror &mirror;
        const crypto::SecretBox &secrets;
        const audit::AuditRecorder &audit;
        const Clock &clock;
        std::function<QUrl()> publicUrl;
    };
    explicit WebhookService(Dependencies dependencies)
        : m(std::move(dependencies))
    {
    }

    struct Setup
    {
        QString secret; // shown once
        QString githubUrl;
        QString gitlabUrl;
        QJsonObject toJson() const;
    };
    // Sets the project's secret: the one given, or a new random one.
    Outcome<Setup> setSecret(const MutationContext &context, const QString &projectKey,
                             const std::optional<QString> &given);

    enum class Provider { GitHub, GitLab };
    struct Delivery
    {
        Provider provider;
        QByteArray body;
        QString event;        // X-GitHub-Event / X-Gitlab-Event
        QString deliveryId;   // X-GitHub-Delivery / X-Gitlab-Event-UUID (may be empty for GitLab)
        QByteArray signature; // X-Hub-Signature-256 / X-Gitlab-Token
    };
    struct Answer
    {
        int status = 200;
        QJsonObject body;
    };
    Answer receive(const QString &projectKey, const Delivery &delivery, const RequestMeta &meta);

    static bool verifyGitHubSignature(const QByteArray &secret, const QByteArray &body, const QByteArray &header);

    // Deliveries are remembered this long (to make a redelivery nothing new); GitHub and GitLab
    // redeliver within days.
    static constexpr qint64 kDeliveryMemoryMs = 30LL * 24 * 3600 * 1000;
    // Forgets deliveries older than that; answers how many.
    int forgetOldDeliveries();
    void tidy() override { forgetOldDeliveries(); }

private:
    Answer record(const WebhookRepository::DeliveryKey &delivery, const QString &event, const QString &outcome,
                  const QString &reason);

    Dependencies m;
};

} // namespace adp::server::scm
