#include "CostImports.h"

#include "CostRuleRepository.h"
#include "FocusImporter.h"
#include "shared/core/ApiTime.h"
#include "shared/core/FieldError.h"
#include "shared/costs/Money.h"

namespace adp::server::costs {

using shared::costs::CostImport;
using shared::costs::FocusError;

namespace {
const QString kTarget = QStringLiteral("cost_import");
const QString kWhat = QStringLiteral("Cost import");

CostImport presented(const CostImportRepository::Stored &stored, const QString &organisation)
{
    CostImport bill = stored.bill;
    bill.organisation = organisation;
    return bill;
}

// Only the file's own name: a path says something about the uploader's machine, nothing about the bill.
QString sourceName(const QString &given)
{
    QString name = given.trimmed();
    name = name.mid(std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\')) + 1);
    return name.isEmpty() ? QStringLiteral("focus.csv") : name;
}

QString describe(const CostImportRepository::Stored &other)
{
    return QStringLiteral("import %1 (%2, %3 to %4, from %5)")
        .arg(other.bill.id)
        .arg(other.bill.providers.join(QStringLiteral(", ")), shared::toApiTime(other.bill.periodStart),
             shared::toApiTime(other.bill.periodEnd), other.bill.source);
}
} // namespace

QJsonObject CostImports::summary(const Stored &stored)
{
    const CostImport &bill = stored.bill;
    return {{QStringLiteral("source"), bill.source},
            {QStringLiteral("providers"), bill.providers.join(u',')},
            {QStringLiteral("currency"), bill.currency},
            {QStringLiteral("period_start"), shared::toApiTime(bill.periodStart)},
            {QStringLiteral("period_end"), shared::toApiTime(bill.periodEnd)},
            {QStringLiteral("lines"), bill.lines},
            {QStringLiteral("billed_cost"), shared::costs::decimalOfNanos(bill.billedNanos)},
            {QStringLiteral("sha256"), bill.sha256},
            {QStringLiteral("organisation_id"), stored.organisationId}};
}

Outcome<CostImport> CostImports::importFocus(const MutationContext &context, const QString &organisation,
                                             QIODevice &file, const QString &source)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("cost.import.create"));
    if (!access.ok())
        return access.error();
    if (source.size() > kMaxSourceLength)
        return ServiceError::invalidField(QStringLiteral("source"), shared::fieldcodes::TooLong,
                                          QStringLiteral("is longer than %1 characters").arg(kMaxSourceLength));
    Stored stored;
    stored.organisationId = access.value().organisationId;
    stored.bill.source = sourceName(source);
    stored.bill.importedBy = context.actor.username;
    stored.bill.importedAt = QDateTime::fromMSecsSinceEpoch(m.clock.nowMs(), Qt::UTC);

    storage::Transaction tx(m.database);
    CostImportRepository::lockOrganisation(tx, stored.organisationId);
    stored.bill.id = CostImportRepository::insert(tx, stored);
    const CostAttribution attribution = CostRuleRepository::attribution(tx, stored.organisationId);
    const auto read = FocusImporter::import(tx, stored.bill.id, stored.organisationId, attribution, file);
    if (const auto *error = std::get_if<FocusError>(&read)) {
        tx.rollback();
        return ServiceError::invalidField(error->column.isEmpty() ? QStringLiteral("file") : error->column,
                                          shared::fieldcodes::InvalidFormat, error->toString());
    }
    const auto &figures = std::get<FocusImporter::Summary>(read);
    CostImport &bill = stored.bill;
    bill.providers = figures.providers;
    bill.currency = figures.currency;
    bill.periodStart = figures.periodStart;
    bill.periodEnd = figures.periodEnd;
    bill.lines = figures.lines;
    bill.billedNanos = figures.billedNanos;
    bill.effectiveNanos = figures.effectiveNanos;
    bill.sha256 = figures.sha256;

    // Another bill of the same providers over the same periods is this one again; any other
    // overlap of a provider's periods would count its costs twice.
    const QSet<QString> ours(bill.providers.cbegin(), bill.providers.cend());
    QList<Stored> replaced;
    for (const Stored &other :
         CostImportRepository::overlapping(tx, stored.organisationId, bill.periodStart, bill.periodEnd, bill.id)) {
        const QSet<QString> theirs(other.bill.providers.cbegin(), other.bill.providers.cend());
        if (!ours.intersects(theirs))
            continue;
        const bool same = theirs == ours && other.bill.periodStart == bill.periodStart &&
                          other.bill.periodEnd == bill.periodEnd && other.bill.currency == bill.currency;
        if (!same) {
            tx.rollback();
            return ServiceError::conflict(
                QStringLiteral("The bill overlaps %1: import the same providers and billing periods to replace it, "
                               "or delete it first")
                    .arg(describe(other)));
        }
        replaced.append(other);
    }
    for (const Stored &other : replaced) {
        CostImportRepository::remove(tx, other.bill.id);
        bill.replaced = other.bill.id;
    }
    CostImportRepository::complete(tx, stored);
    QJsonObject after = summary(stored);
    if (bill.replaced > 0)
        after.insert(QStringLiteral("replaced"), bill.replaced);
    m.audit.record(tx, context,
                   {QStringLiteral("cost_import.created"), kTarget, QString::number(bill.id),
                    replaced.isEmpty() ? QJsonObject() : summary(replaced.constLast()), after});
    tx.commit();
    return presented(stored, access.value().slug);
}

Outcome<QList<CostImport>> CostImports::list(const MutationContext &context, const QString &organisation)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("cost.import.list"));
    if (!access.ok())
        return access.error();
    QList<CostImport> bills;
    for (const Stored &stored : m.imports.list(access.value().organisationId))
        bills.append(presented(stored, access.value().slug));
    return bills;
}

Outcome<CostImport> CostImports::get(const MutationContext &context, const QString &organisation, qint64 id)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("cost.import.read"));
    if (!access.ok())
        return access.error();
    const auto stored = m.imports.find(access.value().organisationId, id);
    if (!stored)
        return ServiceError::notFound(kWhat);
    return presented(*stored, access.value().slug);
}

Outcome<Unit> CostImports::remove(const MutationContext &context, const QString &organisation, qint64 id)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("cost.import.delete"));
    if (!access.ok())
        return access.error();
    const auto current = m.imports.find(access.value().organisationId, id);
    if (!current)
        return ServiceError::notFound(kWhat);
    storage::Transaction tx(m.database);
    m.audit.record(tx, context,
                   {QStringLiteral("cost_import.deleted"), kTarget, QString::number(id), summary(*current), {}});
    CostImportRepository::remove(tx, id);
    tx.commit();
    return Unit{};
}

} // namespace adp::server::costs
