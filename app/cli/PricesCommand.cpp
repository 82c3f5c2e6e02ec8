#include "PricesCommand.h"

#include "Print.h"
#include "SyncCall.h"
#include "shared/client/CostsApi.h"
#include "shared/costs/CostPrice.h"
#include "shared/costs/Money.h"

#include <QCommandLineParser>

namespace adp::cli {

using shared::costs::CostMeter;
using shared::costs::CostPrice;

int PricesCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("org"), tr("the organisation (slug)"), QStringLiteral("org")});
    parser.addOption({QStringLiteral("meter"), tr("what is priced: %1").arg(CostMeter::names().join(u", ")),
                      QStringLiteral("meter")});
    parser.addOption({QStringLiteral("price"), tr("the price per unit, e.g. 0.008"), QStringLiteral("decimal")});
    parser.addOption({QStringLiteral("currency"), tr("ISO 4217 code, e.g. USD"), QStringLiteral("code")});
    parser.addOption({QStringLiteral("from"), tr("the first day it applies, e.g. 2027-01-01"), QStringLiteral("date")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString organisation = parser.value(QStringLiteral("org"));
    bool numeric = false;
    const qint64 id = positional.value(1).toLongLong(&numeric);
    const bool known = ((action == u"list" || action == u"set") && positional.size() == 1) ||
                       (action == u"delete" && positional.size() == 2 && numeric);
    if (organisation.isEmpty() || !known)
        return m_context.usage(tr("prices needs --org O and one of: list, set --meter M --price P --currency C "
                                  "--from YYYY-MM-DD, delete ID"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    shared::CostsApi api(m_context.api());
    if (action == u"list")
        return printItems<CostPrice>(
            m_context, parser,
            await<QList<CostPrice>>([&](QObject *c, auto done) { api.prices(organisation, c, done); }),
            {tr("ID"), tr("METER"), tr("PRICE"), tr("UNIT"), tr("FROM"), tr("UNTIL")}, [](const CostPrice &price) {
                return QStringList{QString::number(price.id),
                                   price.meter,
                                   shared::costs::decimalOfNanos(price.unitNanos) + u' ' + price.currency,
                                   price.unit,
                                   price.validFrom.toString(Qt::ISODate),
                                   price.validUntil.isValid() ? price.validUntil.toString(Qt::ISODate)
                                                              : QStringLiteral("-")};
            });
    if (action == u"delete")
        return printDone(m_context, parser, await<shared::Done>([&](QObject *c, auto done) {
                             api.removePrice(organisation, id, c, done);
                         }),
                         tr("Withdrew price %1.").arg(id));
    shared::costs::CostPriceFields fields;
    const auto given = [&parser](const char *name) { return CliContext::optionalValue(parser, name); };
    fields.meter = given("meter");
    fields.price = given("price");
    fields.currency = given("currency");
    fields.validFrom = given("from");
    return printOne<CostPrice>(m_context, parser, await<CostPrice>([&](QObject *c, auto done) {
                                   api.createPrice(organisation, fields, c, done);
                               }),
                               [](const CostPrice &price) {
                                   return tr("Price %1: %2 costs %3 %4 per %5 from %6.")
                                       .arg(price.id)
                                       .arg(price.meter, shared::costs::decimalOfNanos(price.unitNanos), price.currency,
                                            price.unit, price.validFrom.toString(Qt::ISODate));
                               });
}

} // namespace adp::cli
