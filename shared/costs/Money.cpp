#include "Money.h"

#include "FocusReader.h"

namespace adp::shared::costs {

QString decimalOfNanos(qint64 nanos)
{
    constexpr quint64 kUnit = 1'000'000'000;
    const bool negative = nanos < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(nanos) : quint64(nanos);
    QString text = QString::number(magnitude / kUnit);
    if (const quint64 fraction = magnitude % kUnit; fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 9, 10, QLatin1Char('0'));
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.' + digits;
    }
    return negative ? u'-' + text : text;
}

std::optional<qint64> nanosOfDecimal(const QString &text)
{
    return FocusReader::nanosOf(text.toLatin1());
}

} // namespace adp::shared::costs
