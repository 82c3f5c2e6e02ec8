#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace adp::shared::costs {

// Money is kept exactly, as billionths of the currency unit (FOCUS prices run to that); the
// API and exports write it as a decimal text, never a floating-point number that would round:
// 20520226762 -> "20.520226762", -800 -> "-0.0000008".
QString decimalOfNanos(qint64 nanos);
// Money times a quantity or a percentage outgrows 64 bits before it is divided back down.
__extension__ typedef __int128 WideNanos;
constexpr qint64 kDayMs = 86'400'000; // costs are counted by UTC day
// "12.5", "-0.00000080000", "1e-3": billionths (what lies beyond, rounded half away from zero);
// nullopt when it is not a number or more than a billion units.
std::optional<qint64> nanosOfDecimal(QByteArrayView text);
std::optional<qint64> nanosOfDecimal(const QString &text);

} // namespace adp::shared::costs
