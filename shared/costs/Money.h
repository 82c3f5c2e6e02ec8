#pragma once

#include <QString>
#include <optional>

namespace adp::shared::costs {

// Money is kept exactly, as billionths of the currency unit (FOCUS prices run to that); the
// API and exports write it as a decimal text, never a floating-point number that would round.
QString decimalOfNanos(qint64 nanos);                      // 20520226762 -> "20.520226762", -800 -> "-0.0000008"
std::optional<qint64> nanosOfDecimal(const QString &text); // the reverse; nullopt when not a number

} // namespace adp::shared::costs
