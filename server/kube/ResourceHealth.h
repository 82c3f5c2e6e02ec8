#pragma once

#include <QJsonObject>
#include <QString>

namespace adp::server::kube {

// How a live object is doing, assessed as Argo CD assesses it: Healthy, Progressing, Degraded,
// Suspended, or Missing when it is not there at all; with the words that say why.
struct ResourceHealth
{
    enum class State { Healthy, Progressing, Degraded, Suspended, Missing };
    State state = State::Healthy;
    QString message;

    static ResourceHealth of(const QJsonObject &object);
    static ResourceHealth missing() { return {State::Missing, QStringLiteral("the object is not in the cluster")}; }
    static QString name(State state); // "Healthy", ...
    bool operator==(const ResourceHealth &other) const = default;
};

} // namespace adp::server::kube
