#include "WebhookService.h"

#include "crypto/PasswordHasher.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <openssl/crypto.h>
#include <spdlog/spdlog.h>

namespace adp::server::scm {

namespace {

constexpr int kMinSecret = 16;

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QString providerName(WebhookService::Provider provider)
{
    return provider == WebhookService::Provider::GitHub ? QStringLiteral("github") : QStringLiteral("gitlab");
}

WebhookService::Answer refuse(int status, const QString &code, const QString &message)
{
    return {
        status,
        {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}}};
}

// Why a delivery made no pipeline, in words, for its record.

} // namespace

QJsonObject WebhookService::Setup::toJson() const
{
    return {{QStringLiteral("secret"), secret},
            {QStringLiteral("github_url"), githubUrl},
            {QStringLiteral("gitlab_url"), gitlabUrl}};
}

bool WebhookService::verifyGitHubSignature(const QByteArray &secret, const QByteArray &body, const QByteArray &header)
{
    if (!header.startsWith("sha256="))
        return false;
    const QByteArray expected = QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
    return sameBytes(expected, header.mid(7).toLower());
}

Outcome<WebhookService::Setup> WebhookService::setSecret(const MutationContext &context, const QString &projectKey,
                                                         const std::optional<QString> &given)
{
    const auto found = m.projects.authorize(context, projectKey, QStringLiteral("project.webhook.set"));
    if (!found.ok())
        return found.error();
    if (given && (given->size() < kMinSecret || given->size() > 256))
        return ServiceError::invalidField(QStringLiteral("secret"), shared::fieldcodes::InvalidValue,
                                          QStringLiteral("must be %1 to 256 characters").arg(kMinSecret));
    const shared::Project &project = found.value().project;
    Setup setup;
    setup.secret = given.value_or(crypto::Secrets::randomToken(32));
    const QString base = m.publicUrl().toString(QUrl::StripTrailingSlash) + QStringLiteral("/api/v1/projects/") +
                         project.slug + QStringLiteral("/webhooks/");
    setup.githubUrl = base + QStringLiteral("github");
    setup.gitlabUrl = base + QStringLiteral("gitlab");
    storage::Transaction tx(m.database);
    m.webhooks.setSecret(tx, project.id, m.secrets.seal(setup.secret), m.clock.nowMs());
    m.audit.record(tx, context,
                   {QStringLiteral("project.webhook_secret_set"),
                    QStringLiteral("project"),
                    QString::number(project.id),
                    {},
                    QJsonObject{{QStringLiteral("chosen"), given.has_value()}}});
    tx.commit();
    return setup;
}

WebhookService::Answer WebhookService::record(const WebhookRepository::DeliveryKey &delivery, const QString &event,
                                              const QString &outcome, const QString &reason)
{
    try {
        m.webhooks.record(delivery, event, QString(outcome + QStringLiteral(": ") + reason), m.clock.nowMs());
    } catch (const storage::StorageError &error) {
        if (error.kind() != storage::StorageError::Kind::UniqueViolation)
            throw;
        return {200, {{QStringLiteral("outcome"), QStringLiteral("duplicate")}}};
    }
    return {200, {{QStringLiteral("outcome"), outcome}, {QStringLiteral("reason"), reason}}};
}

WebhookService::Answer WebhookService::receive(const QString &projectKey, const Delivery &delivery,
                                               const RequestMeta &meta)
{
    const auto found = m.projectDirectory.find(projectKey);
    if (!found)
        return refuse(404, QStringLiteral("not_found"), QStringLiteral("Project not found"));
    const shared::Project &project = found->project;
    const auto sealed = m.webhooks.secretSealed(project.id);
    const auto secret = sealed ? m.secrets.open(*sealed) : std::nullopt;
    if (!secret)
        return refuse(403, QStringLiteral("webhook_not_set_up"),
                      QStringLiteral("Webhooks are not set up for this project; a maintainer sets a secret first"));
    const QString provider = providerName(delivery.provider);
    const bool authentic = delivery.provider == Provider::GitHub
                               ? verifyGitHubSignature(secret->toUtf8(), delivery.body, delivery.signature)
                               : sameBytes(secret->toUtf8(), delivery.signature);
    if (!authentic) {
        spdlog::warn("webhook for project {} from {} refused: {} signature", project.slug.toStdString(),
                     meta.ip.toStdString(), delivery.signature.isEmpty() ? "no" : "a wrong");
        return refuse(401, QStringLiteral("bad_signature"),
                      delivery.provider == Provider::GitHub
                          ? QStringLiteral("X-Hub-Signature-256 is missing or does not match the secret")
                          : QStringLiteral("X-Gitlab-Token is missing or does not match the secret"));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(delivery.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return refuse(400, QStringLiteral("bad_request"), QStringLiteral("The payload is not a JSON object"));
    if (delivery.event.isEmpty())
        return refuse(400, QStringLiteral("bad_request"), QStringLiteral("The event header is missing"));
    if (delivery.provider == Provider::GitHub && delivery.deliveryId.isEmpty())
        return refuse(400, QStringLiteral("bad_request"), QStringLiteral("X-GitHub-Delivery is missing"));

    const WebhookEvent event = delivery.provider == Provider::GitHub
                                   ? WebhookEvent::fromGitHub(delivery.event, document.object())
                                   : WebhookEvent::fromGitLab(delivery.event, document.object());
    if (event.ping)
        return {200, {{QStringLiteral("outcome"), QStringLiteral("pong")}}};
    // GitLab's older servers send no event id: the body itself identifies the delivery.
    WebhookRepository::DeliveryKey key{
        project.id, provider,
        delivery.deliveryId.isEmpty()
            ? QString::fromLatin1(QCryptographicHash::hash(delivery.body, QCryptographicHash::Sha256).toHex())
            : delivery.deliveryId.left(200)};
    if (m.webhooks.seen(key))
        return {200, {{QStringLiteral("outcome"), QStringLiteral("duplicate")}}};
    if (!event.ignoreReason.isEmpty())
        return record(key, event.event, QStringLiteral("ignored"), event.ignoreReason);

    const auto commit = event.sha.isEmpty()
                            ? m.mirror.resolve(project.id, project.repositoryUrl, event.ref)
                            : m.mirror.commitAt(project.id, project.repositoryUrl, event.sha, event.ref, event.isTag);
    if (!commit.ok())
        return record(key, event.event, QStringLiteral("skipped"), commit.error().reason());
    if (event.isTag) // one tag push arrives as two GitHub events (push and create): one pipeline
        key.key = QStringLiteral("tag:%1:%2").arg(event.ref, commit.value().sha);
    ports::PipelineTrigger trigger{event.source, {}, event.predefined, event.changesSince};
    const auto prepared = m.pipelines.prepare(project, commit.value(), trigger);
    if (!prepared.ok())
        return record(key, event.event, QStringLiteral("skipped"), prepared.error().reason());

    Actor actor;
    actor.username = QStringLiteral("webhook:") + provider;
    actor.isAdmin = false;
    const MutationContext context{actor, meta};
    shared::Pipeline created;
    try {
        storage::Transaction tx(m.database);
        m.webhooks.record(tx, key, event.event, QStringLiteral("created"), m.clock.nowMs());
        created = m.pipelines.store(tx, context, prepared.value());
        m.webhooks.setPipeline(tx, key, created.id);
        tx.commit();
    } catch (const storage::StorageError &error) {
        if (error.kind() != storage::StorageError::Kind::UniqueViolation)
            throw;
        return {200, {{QStringLiteral("outcome"), QStringLiteral("duplicate")}}};
    }
    m.pipelines.announce(created, project.id);
    return {201, {{QStringLiteral("outcome"), QStringLiteral("created")}, {QStringLiteral("pipeline_id"), created.id}}};
}

int WebhookService::forgetOldDeliveries()
{
    return m.webhooks.forgetBefore(m.clock.nowMs() - kDeliveryMemoryMs);
}

} // namespace adp::server::scm
