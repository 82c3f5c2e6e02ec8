#pragma once

#include "shared/core/FieldError.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace adp::shared::costs {

// What ADP measures by itself and an administrator prices: a job's run time by executor class,
// what its pod reserved on Kubernetes, what connected clusters' nodes offer (cluster.cpu,
// cluster.memory: the node price per CPU-hour and GiB-hour), and the files a project keeps.
struct CostMeter
{
    static const QStringList &names(); // runner.shell, runner.bubblewrap, runner.kubernetes, kubernetes.cpu...
    // Recorded as charged, never priced: what the organisation's models cost (tokens × its prices).
    static constexpr const char *kAiTokens = "ai.tokens";
    static bool isMeter(const QString &name) { return names().contains(name); }
    static QString unitOf(const QString &meter);     // hour, CPU-hour, GiB-hour, GB-month
    static QString serviceOf(const QString &meter);  // what it is, as a bill's service: "CI jobs", "Artifact storage"
    static QString executorOf(const QString &meter); // shell, bubblewrap, kubernetes; "" for storage
};

// One price of an organisation's price list: a meter's price per unit from a day on, until the
// meter's next price (`validUntil`, the day it ends; null while none follows).
struct CostPrice
{
    qint64 id = 0;
    QString organisation; // slug
    QString meter;
    QString unit;
    QString currency;
    qint64 unitNanos = 0; // billionths of the currency per unit
    QDate validFrom;
    QDate validUntil;
    QString createdBy;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static std::optional<CostPrice> fromJson(const QJsonObject &object);
};

// What adding a price sends. Prices are never edited: a new one takes over from its day.
struct CostPriceFields
{
    std::optional<QString> meter;
    std::optional<QString> price; // a decimal text: "0.008"
    std::optional<QString> currency;
    std::optional<QString> validFrom; // YYYY-MM-DD

    static CostPriceFields fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
    // What is wrong with it on its own; the parsed price and day when nothing is.
    struct Checked
    {
        qint64 unitNanos = 0;
        QDate validFrom;
    };
    Checked check(FieldErrors &errors) const;
};

} // namespace adp::shared::costs
