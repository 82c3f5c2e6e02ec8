#include "AuditStreams.h"

#include "crypto/PasswordHasher.h"
#include "storage/Transaction.h"

namespace adp::server::auditstreams {

using shared::AuditStream;
using shared::AuditStreamFields;
using shared::FieldErrors;

namespace {

const QString kTarget = QStringLiteral("audit_stream");

QDateTime timeOf(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

} // namespace

QJsonObject AuditStreams::summary(const Stored &stream)
{
    return {{QStringLiteral("name"), stream.name},
            {QStringLiteral("url_hint"), stream.urlHint},
            {QStringLiteral("action"), stream.action},
            {QStringLiteral("outcome"), stream.outcome},
            {QStringLiteral("active"), stream.active}};
}

AuditStream AuditStreams::present(const Stored &stored, qint64 head) const
{
    AuditStream stream;
    stream.id = stored.id;
    stream.name = stored.name;
    stream.urlHint = stored.urlHint;
    stream.action = stored.action;
    stream.outcome = stored.outcome;
    stream.active = stored.active;
    stream.afterSeq = stored.afterSeq;
    stream.behind = std::max<qint64>(0, head - stored.afterSeq);
    stream.attempts = stored.attempts;
    stream.lastError = stored.lastError;
    stream.nextAttemptAt = stored.attempts > 0 ? timeOf(stored.nextAttemptMs) : QDateTime();
    stream.lastSentAt = timeOf(stored.lastSentMs);
    stream.createdBy = stored.createdBy;
    stream.createdAt = timeOf(stored.createdMs);
    return stream;
}

Outcome<AuditStreams::Stored> AuditStreams::merged(const Stored &current, const AuditStreamFields &fields,
                                                   FieldErrors errors, bool creating) const
{
    errors.append(fields.validate(creating));
    Stored stream = current;
    if (fields.name) {
        stream.name = fields.name->trimmed();
        if (!stream.name.isEmpty() && m.streams.nameTaken(stream.name, stream.id))
            errors.append({QStringLiteral("name"), QString::fromLatin1(shared::fieldcodes::Taken),
                           QStringLiteral("is the name of another stream")});
    }
    if (fields.url) {
        const QUrl url(*fields.url, QUrl::StrictMode);
        const QString refusal = m.policy.urlRefusal(url, false);
        if (fields.url->size() > 2048 || !refusal.isEmpty())
            errors.append(
                shared::invalidField(QStringLiteral("url"),
                                     refusal.isEmpty() ? QStringLiteral("must be at most 2048 characters") : refusal));
        else {
            stream.urlSealed = m.secrets.seal(*fields.url);
            stream.urlHint = http::TargetPolicy::hintOf(url);
        }
    }
    if (fields.action)
        stream.action = *fields.action;
    if (fields.outcome)
        stream.outcome = *fields.outcome;
    if (fields.active)
        stream.active = *fields.active;
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    return stream;
}

Outcome<QList<AuditStream>> AuditStreams::list(const MutationContext &) const
{
    const qint64 head = m.trail.sealedHead();
    QList<AuditStream> streams;
    for (const Stored &stored : m.streams.list())
        streams.append(present(stored, head));
    return streams;
}

Outcome<AuditStream> AuditStreams::get(const MutationContext &, qint64 id) const
{
    const auto stored = m.streams.find(id);
    if (!stored)
        return ServiceError::notFound(QStringLiteral("Audit stream"));
    return present(*stored, m.trail.sealedHead());
}

Outcome<AuditStream> AuditStreams::create(const MutationContext &context, const AuditStreamFields &fields,
                                          const FieldErrors &invalid)
{
    Stored empty;
    empty.createdBy = context.actor.username;
    empty.createdMs = empty.updatedMs = m.clock.nowMs();
    auto stream = merged(empty, fields, invalid, true);
    if (!stream.ok())
        return stream.error();
    const QString token = crypto::Secrets::randomToken(kTokenBytes);
    stream.value().tokenSealed = m.secrets.seal(token);
    storage::Transaction tx(m.database);
    // From what is sealed now on: a receiver is not flooded with the past (an export is for that).
    stream.value().afterSeq = m.trail.sealedHead();
    stream.value().id = m.streams.insert(tx, stream.value());
    m.audit.record(tx, context,
                   {QStringLiteral("audit.stream_created"),
                    kTarget,
                    QString::number(stream.value().id),
                    {},
                    summary(stream.value())});
    tx.commit();
    AuditStream created = present(stream.value(), stream.value().afterSeq);
    created.verificationToken = token;
    return created;
}

Outcome<AuditStream> AuditStreams::update(const MutationContext &context, qint64 id, const AuditStreamFields &fields,
                                          const FieldErrors &invalid)
{
    const auto current = m.streams.find(id);
    if (!current)
        return ServiceError::notFound(QStringLiteral("Audit stream"));
    auto stream = merged(*current, fields, invalid, false);
    if (!stream.ok())
        return stream.error();
    stream.value().updatedMs = m.clock.nowMs();
    storage::Transaction tx(m.database);
    m.streams.update(tx, stream.value());
    m.audit.record(tx, context,
                   {QStringLiteral("audit.stream_updated"), kTarget, QString::number(id), summary(*current),
                    summary(stream.value())});
    tx.commit();
    stream.value().attempts = 0;
    stream.value().lastError.clear();
    return present(stream.value(), m.trail.sealedHead());
}

Outcome<Unit> AuditStreams::remove(const MutationContext &context, qint64 id)
{
    const auto current = m.streams.find(id);
    if (!current)
        return ServiceError::notFound(QStringLiteral("Audit stream"));
    storage::Transaction tx(m.database);
    m.streams.remove(tx, id);
    m.audit.record(tx, context,
                   {QStringLiteral("audit.stream_deleted"), kTarget, QString::number(id), summary(*current), {}});
    tx.commit();
    return Unit{};
}

} // namespace adp::server::auditstreams
