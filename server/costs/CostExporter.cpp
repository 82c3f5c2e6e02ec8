#include "CostExporter.h"

#include "shared/audit/AuditExport.h"
#include "shared/core/ApiTime.h"
#include "shared/costs/Money.h"

#include <QDateTime>
#include <optional>

namespace adp::server::costs {

using shared::costs::decimalOfNanos;

namespace {
constexpr qsizetype kPiece = 256 * 1024;

using Field = std::optional<QByteArray>; // nullopt: no value, written as FOCUS's NULL

// A cell as the audit exports write theirs (RFC 4180), left as it is: these files are read back
// (FOCUS) and their numbers summed; the text "NULL" is quoted so it stays text.
void appendField(QByteArray &out, const Field &field)
{
    if (!field)
        out.append("NULL");
    else if (*field == "NULL")
        out.append("\"NULL\"");
    else
        shared::audit::appendCsvCell(out, *field, false);
}

void appendRow(QByteArray &out, const QList<Field> &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendField(out, fields.at(i));
    }
    out.append("\r\n");
}

QByteArray money(QByteArrayView nanos)
{
    return decimalOfNanos(nanos.toLongLong()).toLatin1();
}

QByteArray day(qint64 days)
{
    return QDate(1970, 1, 1).addDays(days).toString(Qt::ISODate).toLatin1();
}
} // namespace

Outcome<CostExporter::Plan> CostExporter::begin(const MutationContext &context, const QString &organisation,
                                                const shared::costs::CostQuery &query, const QString &format,
                                                const shared::FieldErrors &invalid)
{
    const auto access = m_authorizer.organisationNamed(context, organisation, QStringLiteral("cost.read"));
    if (!access.ok())
        return access.error();
    shared::FieldErrors errors = invalid;
    if (!format.isEmpty() && format != u"csv" && format != u"focus")
        errors.append(shared::invalidField(QStringLiteral("format"), QStringLiteral("must be csv or focus")));
    if (!errors.isEmpty())
        return ServiceError::validation(errors);
    const qint64 organisationId = access.value().organisationId;
    return Plan{organisationId, query.currency.isEmpty() ? m_ledger.newestCurrency(organisationId) : query.currency,
                query, format == u"focus"};
}

void CostExporter::write(const Plan &plan, const Sink &sink)
{
    if (plan.focus)
        writeFocus(plan, sink);
    else
        writeDaily(plan, sink);
}

void CostExporter::writeDaily(const Plan &plan, const Sink &sink)
{
    QByteArray out;
    appendRow(out, {"date", "project", "environment", "team", "provider", "service", "category", "billed_cost",
                    "effective_cost", "currency"});
    const QByteArray currency = plan.currency.toLatin1();
    bool reading = true;
    m_ledger.forEachDailyTotal(plan.organisationId, plan.query, plan.currency, [&](const storage::RowView &row) {
        if (!reading)
            return;
        // This file is for spreadsheets: names (a bill's service, a tag-placed project) that start
        // like a formula are neutralised, as in audit exports; the money columns stay numbers.
        out.append(day(row.text(0).toLongLong()));
        for (int column = 1; column <= 6; ++column) {
            out.append(',');
            shared::audit::appendCsvCell(out, row.text(column), true);
        }
        out.append(',').append(money(row.text(7))).append(',').append(money(row.text(8)));
        out.append(',').append(currency).append("\r\n");
        if (out.size() >= kPiece)
            reading = sink(std::exchange(out, {}));
    });
    if (reading && !out.isEmpty())
        sink(out);
}

void CostExporter::writeFocus(const Plan &plan, const Sink &sink)
{
    QByteArray out;
    appendRow(out, {"BilledCost",       "EffectiveCost",
                    "BillingCurrency",  "BillingPeriodStart",
                    "BillingPeriodEnd", "ChargePeriodStart",
                    "ChargePeriodEnd",  "ChargeCategory",
                    "ProviderName",     "ServiceName",
                    "ServiceCategory",  "RegionId",
                    "SubAccountId",     "SkuId",
                    "ResourceId",       "Tags",
                    "x_Project",        "x_Environment",
                    "x_Team",           "ChargeClass",
                    "ConsumedQuantity", "ConsumedUnit"});
    const QByteArray currency = plan.currency.toLatin1();
    bool reading = true;
    m_ledger.forEachLine(plan.organisationId, plan.query, plan.currency, [&](const storage::RowView &row) {
        if (!reading)
            return;
        const qint64 start = row.text(0).toLongLong();
        // Lines keep their charge period; their billing period is given as the calendar month of it.
        const QDate month = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).date();
        const QDate first(month.year(), month.month(), 1);
        const auto iso = [](const QDate &date) { return date.toString(Qt::ISODate).toLatin1() + "T00:00:00Z"; };
        const auto orNull = [&row](int column) {
            return row.isNull(column) || row.text(column).isEmpty() ? Field() : Field(row.text(column).toByteArray());
        };
        appendRow(out, {money(row.text(2)),
                        money(row.text(3)),
                        currency,
                        iso(first),
                        iso(first.addMonths(1)),
                        shared::toApiTimeUtf8(start),
                        shared::toApiTimeUtf8(row.text(1).toLongLong()),
                        row.text(4).toByteArray(),
                        row.text(5).toByteArray(),
                        row.text(6).toByteArray(),
                        orNull(7),
                        orNull(8),
                        orNull(9),
                        orNull(10),
                        orNull(11),
                        orNull(12),
                        orNull(13),
                        orNull(14),
                        orNull(15),
                        orNull(16),
                        orNull(17),
                        orNull(18)});
        if (out.size() >= kPiece)
            reading = sink(std::exchange(out, {}));
    });
    if (reading && !out.isEmpty())
        sink(out);
}

} // namespace adp::server::costs
