#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace adp::test::kube {

// The image of a workload's first container (spec.template.spec.containers[0].image).
inline QString firstImage(const QJsonObject &workload)
{
    return workload.value(QLatin1String("spec"))
        .toObject()
        .value(QLatin1String("template"))
        .toObject()
        .value(QLatin1String("spec"))
        .toObject()
        .value(QLatin1String("containers"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("image"))
        .toString();
}

} // namespace adp::test::kube
