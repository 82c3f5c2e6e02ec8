#pragma once

#include "AiProviderRepository.h"
#include "ChatClient.h"
#include "access/Authorizer.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "core/ServiceError.h"
#include "crypto/SecretBox.h"
#include "shared/core/AiProvider.h"

namespace adp::server::ai {

// The models an organisation lets its projects ask. Members see them (never a key: a hint of
// it); admins add, change and remove them (the permission table: ai.provider.*). The key is
// stored sealed; every change is audited with the provider's shape, never its key.
class AiProviders
{
public:
    struct Dependencies
    {
        storage::Database &database;
        AiProviderRepository &providers;
        const access::Authorizer &authorizer;
        const crypto::SecretBox &secrets;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit AiProviders(Dependencies dependencies)
        : m(dependencies)
    {
    }

    Outcome<QList<shared::AiProvider>> list(const MutationContext &context, const QString &organisation);
    Outcome<shared::AiProvider> get(const MutationContext &context, const QString &organisation, qint64 id);
    Outcome<shared::AiProvider> create(const MutationContext &context, const QString &organisation,
                                       const shared::AiProviderFields &fields, const shared::FieldErrors &invalid);
    Outcome<shared::AiProvider> update(const MutationContext &context, const QString &organisation, qint64 id,
                                       const shared::AiProviderFields &fields, const shared::FieldErrors &invalid);
    Outcome<Unit> remove(const MutationContext &context, const QString &organisation, qint64 id);

    // A provider as the assistants ask it, its key opened.
    struct Usable
    {
        shared::AiProvider provider;
        ChatProvider chat;
    };
    // The organisation's provider `id`, or without one its first by name; nullopt when there is
    // none; a conflict when its key no longer opens with this server's secrets key.
    Outcome<std::optional<Usable>> usable(qint64 organisationId, std::optional<qint64> id);

    // What may be shown of a key: its first three characters and last two.
    static QString hintOf(const QString &key);

private:
    using Stored = AiProviderRepository::Stored;
    Outcome<Stored> merged(Stored current, const shared::AiProviderFields &fields, shared::FieldErrors errors,
                           bool creating);
    static QJsonObject summary(const Stored &stored);

    Dependencies m;
};

} // namespace adp::server::ai
