#pragma once

#include "AuditStreamRepository.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "core/RequestContext.h"
#include "core/ServiceError.h"
#include "crypto/SecretBox.h"
#include "http/TargetPolicy.h"
#include "ports/AuditTrail.h"
#include "shared/core/AuditStream.h"

namespace adp::server::auditstreams {

// The audit streams administrators and auditors keep (who may is the permission table's
// business: audit.streams). The receiver's URL and the verification token are stored sealed; the
// token is made here and shown once, when the stream is created. A new stream starts after the
// events already sealed. Every change is audited with the stream's shape, never its secrets.
class AuditStreams
{
public:
    static constexpr int kTokenBytes = 24;

    struct Dependencies
    {
        storage::Database &database;
        AuditStreamRepository &streams;
        ports::AuditTrail &trail;
        const crypto::SecretBox &secrets;
        const audit::AuditRecorder &audit;
        const Clock &clock;
        http::TargetPolicy policy;
    };
    explicit AuditStreams(Dependencies dependencies)
        : m(std::move(dependencies))
    {
    }

    Outcome<QList<shared::AuditStream>> list(const MutationContext &context) const;
    Outcome<shared::AuditStream> get(const MutationContext &context, qint64 id) const;
    Outcome<shared::AuditStream> create(const MutationContext &context, const shared::AuditStreamFields &fields,
                                        const shared::FieldErrors &invalid);
    Outcome<shared::AuditStream> update(const MutationContext &context, qint64 id,
                                        const shared::AuditStreamFields &fields, const shared::FieldErrors &invalid);
    Outcome<Unit> remove(const MutationContext &context, qint64 id);

private:
    using Stored = AuditStreamRepository::Stored;
    shared::AuditStream present(const Stored &stored, qint64 head) const;
    // The stream as it will be after `fields`, checked as a whole.
    Outcome<Stored> merged(const Stored &current, const shared::AuditStreamFields &fields, shared::FieldErrors errors,
                           bool creating) const;
    static QJsonObject summary(const Stored &stream);

    Dependencies m;
};

} // namespace adp::server::auditstreams
