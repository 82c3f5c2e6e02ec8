#include "Money.h"

#include <QVarLengthArray>
#include <algorithm>

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

std::optional<qint64> nanosOfDecimal(QByteArrayView text)
{
    // [sign] digits [. digits] [e [sign] digits], to billionths exactly (no double in between):
    // the significant digits and the power of ten they are scaled by.
    text = text.trimmed();
    qsizetype i = 0;
    const bool negative = i < text.size() && text[i] == '-';
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
        ++i;
    QVarLengthArray<char, 48> digits;
    qsizetype fraction = 0;
    bool point = false;
    bool anyDigit = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            anyDigit = true;
            if (!(digits.isEmpty() && c == '0'))
                digits.append(c);
            fraction += point ? 1 : 0;
        } else if (c == '.' && !point) {
            point = true;
        } else {
            break;
        }
    }
    int exponent = 0;
    if (anyDigit && i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        bool ok = false;
        exponent = text.sliced(i + 1).toInt(&ok);
        if (!ok || exponent > 30 || exponent < -30)
            return std::nullopt;
        i = text.size();
    }
    if (i != text.size() || !anyDigit)
        return std::nullopt;
    // The value is digits x 10^(exponent - fraction); in billionths, x 10^(9 + exponent - fraction).
    const qsizetype shift = 9 + exponent - fraction;
    const qsizetype kept = digits.size() + std::min<qsizetype>(shift, 0); // digits left of the billionth
    if (kept + std::max<qsizetype>(shift, 0) > 18)
        return std::nullopt; // more than a billion units of currency in one line
    qint64 value = 0;
    for (qsizetype d = 0; d < kept; ++d)
        value = value * 10 + (digits[d] - '0');
    for (qsizetype zeros = 0; zeros < shift; ++zeros)
        value *= 10;
    // What lies beyond a billionth is rounded half away from zero.
    if (kept >= 0 && kept < digits.size() && digits[kept] >= '5')
        ++value;
    return negative ? -value : value;
}

std::optional<qint64> nanosOfDecimal(const QString &text)
{
    return nanosOfDecimal(QByteArrayView(text.toLatin1()));
}

} // namespace adp::shared::costs
