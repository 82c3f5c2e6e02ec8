#pragma once

#include "shared/costs/CostSavings.h"
#include "shared/costs/Money.h"

#include <QCoreApplication>

namespace adp::cli {

// A saving as a line of a command's list, in the reader's language: "- [kind] 1.5 USD: words (measured)".
class SavingsText
{
    Q_DECLARE_TR_FUNCTIONS(SavingsText)

public:
    static QString line(const shared::costs::CostSaving &saving, const QString &currency)
    {
        return QStringLiteral("- [%1] %2 %3: %4 (%5)")
            .arg(saving.kind, shared::costs::decimalOfNanos(saving.savingNanos), currency,
                 shared::costs::SavingsAdvisor::messageOf(saving),
                 saving.basis == u"measured" ? tr("measured") : tr("assumed"));
    }
};

} // namespace adp::cli
