#include "AiProviders.h"

#include "storage/Transaction.h"

namespace adp::server::ai {

using shared::AiProvider;
using shared::AiProviderFields;
using shared::FieldErrors;

namespace {
const QString kTarget = QStringLiteral("ai_provider");
const QString kWhat = QStringLiteral("AI provider");

AiProvider presented(const AiProviderRepository::Stored &stored, const QString &organisation)
{
    AiProvider provider = stored.provider;
    provider.organisation = organisation;
    return provider;
}
} // namespace

QString AiProviders::hintOf(const QString &key)
{
    if (key.isEmpty())
        return {};
    return key.size() <= 8 ? QStringLiteral("…") : key.left(3) + QChar(0x2026) + key.right(2);
}

QJsonObject AiProviders::summary(const Stored &stored)
{
    const AiProvider &p = stored.provider;
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("base_url"), p.baseUrl},
            {QStringLiteral("model"), p.model},
            {QStringLiteral("key_hint"), p.keyHint},
            {QStringLiteral("timeout_seconds"), p.timeoutSeconds},
            {QStringLiteral("max_tokens"), p.maxTokens},
            {QStringLiteral("organisation_id"), stored.organisationId}};
}

Outcome<AiProviders::Stored> AiProviders::merged(Stored stored, const AiProviderFields &fields, FieldErrors errors,
                                                 bool creating)
{
    errors.append(fields.validate(creating));
    AiProvider &p = stored.provider;
    if (fields.name && errors.isEmpty() && m.providers.nameTaken(stored.organisationId, fields.name->trimmed(), p.id))
        errors.append({QStringLiteral("name"), QString::fromLatin1(shared::fieldcodes::Taken),
                       QStringLiteral("is the name of another provider of this organisation")});
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    if (fields.name)
        p.name = fields.name->trimmed();
    if (fields.baseUrl)
        p.baseUrl = *fields.baseUrl;
    if (fields.model)
        p.model = fields.model->trimmed();
    if (fields.apiKey) {
        stored.keySealed = fields.apiKey->isEmpty() ? QString() : m.secrets.seal(*fields.apiKey);
        p.keyHint = hintOf(*fields.apiKey);
    }
    if (fields.timeoutSeconds)
        p.timeoutSeconds = int(*fields.timeoutSeconds);
    if (fields.maxTokens)
        p.maxTokens = int(*fields.maxTokens);
    if (fields.promptPricePerMillion)
        p.promptPricePerMillion = *fields.promptPricePerMillion;
    if (fields.completionPricePerMillion)
        p.completionPricePerMillion = *fields.completionPricePerMillion;
    if (fields.currency)
        p.currency = *fields.currency;
    return stored;
}

Outcome<std::optional<AiProviders::Usable>> AiProviders::usable(qint64 organisationId, std::optional<qint64> id)
{
    std::optional<Stored> stored;
    if (id) {
        stored = m.providers.find(organisationId, *id);
    } else if (const auto all = m.providers.list(organisationId); !all.isEmpty()) {
        stored = all.first();
    }
    if (!stored)
        return std::optional<Usable>();
    QString key;
    if (!stored->keySealed.isEmpty()) {
        const auto opened = m.secrets.open(stored->keySealed);
        if (!opened)
            return ServiceError::conflict(QStringLiteral("The key of the model %1 does not open with this server's "
                                                         "secrets key: an administrator sets it again")
                                              .arg(stored->provider.name));
        key = *opened;
    }
    const AiProvider &p = stored->provider;
    return std::optional<Usable>(Usable{p, {QUrl(p.baseUrl), p.model, key, p.timeoutSeconds * 1000, p.maxTokens}});
}

Outcome<QList<AiProvider>> AiProviders::list(const MutationContext &context, const QString &organisation)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("ai.provider.list"));
    if (!access.ok())
        return access.error();
    QList<AiProvider> providers;
    for (const Stored &stored : m.providers.list(access.value().organisationId))
        providers.append(presented(stored, access.value().slug));
    return providers;
}

Outcome<AiProvider> AiProviders::get(const MutationContext &context, const QString &organisation, qint64 id)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("ai.provider.read"));
    if (!access.ok())
        return access.error();
    const auto stored = m.providers.find(access.value().organisationId, id);
    if (!stored)
        return ServiceError::notFound(kWhat);
    return presented(*stored, access.value().slug);
}

Outcome<AiProvider> AiProviders::create(const MutationContext &context, const QString &organisation,
                                        const AiProviderFields &fields, const FieldErrors &invalid)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("ai.provider.create"));
    if (!access.ok())
        return access.error();
    Stored empty;
    empty.organisationId = access.value().organisationId;
    empty.provider.createdBy = context.actor.username;
    empty.createdMs = empty.updatedMs = m.clock.nowMs();
    empty.provider.createdAt = empty.provider.updatedAt = QDateTime::fromMSecsSinceEpoch(empty.createdMs, Qt::UTC);
    auto stored = merged(empty, fields, invalid, true);
    if (!stored.ok())
        return stored.error();
    storage::Transaction tx(m.database);
    stored.value().provider.id = AiProviderRepository::insert(tx, stored.value());
    m.audit.record(tx, context,
                   {QStringLiteral("ai_provider.created"),
                    kTarget,
                    QString::number(stored.value().provider.id),
                    {},
                    summary(stored.value())});
    tx.commit();
    return presented(stored.value(), access.value().slug);
}

Outcome<AiProvider> AiProviders::update(const MutationContext &context, const QString &organisation, qint64 id,
                                        const AiProviderFields &fields, const FieldErrors &invalid)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("ai.provider.update"));
    if (!access.ok())
        return access.error();
    const auto current = m.providers.find(access.value().organisationId, id);
    if (!current)
        return ServiceError::notFound(kWhat);
    auto stored = merged(*current, fields, invalid, false);
    if (!stored.ok())
        return stored.error();
    stored.value().updatedMs = m.clock.nowMs();
    stored.value().provider.updatedAt = QDateTime::fromMSecsSinceEpoch(stored.value().updatedMs, Qt::UTC);
    storage::Transaction tx(m.database);
    AiProviderRepository::update(tx, stored.value());
    m.audit.record(tx, context,
                   {QStringLiteral("ai_provider.updated"), kTarget, QString::number(id), summary(*current),
                    summary(stored.value())});
    tx.commit();
    return presented(stored.value(), access.value().slug);
}

Outcome<Unit> AiProviders::remove(const MutationContext &context, const QString &organisation, qint64 id)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("ai.provider.delete"));
    if (!access.ok())
        return access.error();
    const auto current = m.providers.find(access.value().organisationId, id);
    if (!current)
        return ServiceError::notFound(kWhat);
    storage::Transaction tx(m.database);
    m.audit.record(tx, context,
                   {QStringLiteral("ai_provider.deleted"), kTarget, QString::number(id), summary(*current), {}});
    AiProviderRepository::remove(tx, id);
    tx.commit();
    return Unit{};
}

} // namespace adp::server::ai
