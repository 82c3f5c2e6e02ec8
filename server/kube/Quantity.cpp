#include "Quantity.h"

#include <QRegularExpression>
#include <cmath>

namespace adp::server::kube {

std::optional<double> Quantity::parse(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"));
    const auto match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double number = match.captured(1).toDouble();
    const QString suffix = match.captured(2);
    static const QList<QPair<QString, double>> scales{{QStringLiteral("n"), 1e-9},
                                                      {QStringLiteral("u"), 1e-6},
                                                      {QStringLiteral("m"), 1e-3},
                                                      {QStringLiteral("k"), 1e3},
                                                      {QStringLiteral("M"), 1e6},
                                                      {QStringLiteral("G"), 1e9},
                                                      {QStringLiteral("T"), 1e12},
                                                      {QStringLiteral("P"), 1e15},
                                                      {QStringLiteral("E"), 1e18},
                                                      {QStringLiteral("Ki"), std::pow(2, 10)},
                                                      {QStringLiteral("Mi"), std::pow(2, 20)},
                                                      {QStringLiteral("Gi"), std::pow(2, 30)},
                                                      {QStringLiteral("Ti"), std::pow(2, 40)},
                                                      {QStringLiteral("Pi"), std::pow(2, 50)},
                                                      {QStringLiteral("Ei"), std::pow(2, 60)}};
    for (const auto &[name, scale] : scales) {
        if (suffix == name)
            return number * scale;
    }
    return number;
}

} // namespace adp::server::kube
