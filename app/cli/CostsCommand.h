#pragma once

#include "CliContext.h"
#include "shared/costs/CostBreakdown.h"
#include "shared/costs/CostRule.h"

#include <variant>

class QCommandLineParser;

namespace adp::cli {

// adp costs --org O summary|breakdown --from D --to D [...] | savings [--project P] | import FILE
// | delta --project P IID [--days N] (no --org) | imports |
// delete-import ID | rules | add-rule --match M --pattern P [--project S] [--environment E] [--team T] | update-rule ID
// [...] | delete-rule ID: an organisation's cloud bills, how they are attributed, what they come to.
class CostsCommand
{
    Q_DECLARE_TR_FUNCTIONS(CostsCommand)

public:
    explicit CostsCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    // The period, grouping, currency and --where filters given; `month`: --month instead of --from/--to.
    std::variant<shared::costs::CostQuery, int> queryOf(const QCommandLineParser &parser, bool month = false);
    std::variant<shared::costs::CostRuleFields, int> ruleFieldsOf(const QCommandLineParser &parser);
    int summary(const QCommandLineParser &parser, const QString &organisation);
    int breakdown(const QCommandLineParser &parser, const QString &organisation);
    int forecast(const QCommandLineParser &parser, const QString &organisation);
    int savings(const QCommandLineParser &parser, const QString &organisation);
    int allocation(const QCommandLineParser &parser, const QString &organisation);
    int lines(const QCommandLineParser &parser, const QString &organisation);
    int delta(const QCommandLineParser &parser, qint64 iid);
    int exportCosts(const QCommandLineParser &parser, const QString &organisation);
    int importBill(const QCommandLineParser &parser, const QString &organisation, const QString &path);
    int rules(const QCommandLineParser &parser, const QString &organisation, const QString &action, qint64 id);

    CliContext &m_context;
};

} // namespace adp::cli
