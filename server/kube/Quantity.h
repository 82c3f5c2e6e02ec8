#pragma once

#include <QString>
#include <optional>

namespace adp::server::kube {

// A Kubernetes resource quantity ("500m", "2", "1.5", "256Mi", "1G", the metrics API's "12345678n")
// as a number of base units (cores, bytes), so requests can be compared with the most allowed and
// usage with requests. nullopt: not a quantity.
class Quantity
{
public:
    static std::optional<double> parse(const QString &text);
};

} // namespace adp::server::kube
