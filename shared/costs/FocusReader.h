#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>
#include <array>
#include <functional>
#include <limits>
#include <optional>

namespace adp::shared::costs {

// One billing line of a FOCUS (FinOps Open Cost and Usage Specification) 1.0-1.2 export, the
// columns ADP attributes and adds up. Money is kept exactly, in billionths of the currency unit;
// times in milliseconds since the epoch (UTC); text as the file's UTF-8, shared between lines
// that repeat it (a bill has few distinct providers, services, regions...).
struct FocusRow
{
    qint64 line = 0; // in the file, for errors and drill-down
    qint64 billedCostNanos = 0;
    qint64 effectiveCostNanos = 0;
    QByteArray currency;
    qint64 billingPeriodStartMs = 0;
    qint64 billingPeriodEndMs = 0;
    qint64 chargePeriodStartMs = 0;
    qint64 chargePeriodEndMs = 0;
    QByteArray chargeCategory; // Usage, Purchase, Tax, Credit, Adjustment
    QByteArray providerName;
    QByteArray serviceName;
    QByteArray serviceCategory;
    QByteArray regionId;
    QByteArray resourceId;
    QByteArray subAccountId;
    QByteArray skuId;
    QByteArray chargeClass;      // Correction, or empty
    QByteArray consumedQuantity; // as the file writes it (a quantity may outgrow any integer), or empty
    QByteArray consumedUnit;
    QHash<QString, QString> tags;
    QByteArray tagsJson; // the same as compact JSON (values as text); empty when none
};

// What is wrong with a file, and where: a row (1 is the header) and a column name.
struct FocusError
{
    qint64 row = 0;
    QString column;
    QString message;
    QString toString() const;
};

// Reads a FOCUS CSV export in pieces and in bounded memory, whatever its size: RFC 4180 (quoted
// fields with doubled quotes and line breaks), SQL-style NULL, timestamps with or without 'T'
// and zone (UTC when none), Tags as a JSON object. Checks the header (every column ADP needs),
// each value (numbers, dates, one currency per file, negative costs only on credits,
// adjustments, corrections and usage taken back, periods that end after they start) and stops at the first error, which
// names the row and column. The caller gets each good row as it is read; a file with an error
// is to be thrown away whole (the importer does that in one transaction).
class FocusReader
{
    Q_DECLARE_TR_FUNCTIONS(FocusReader)

public:
    static constexpr qsizetype kMaxField = 64 * 1024; // a longer field is an error, not a memory hog
    static constexpr int kMaxColumns = 512;

    using RowSink = std::function<bool(const FocusRow &)>; // false stops the reading

    // Feeds bytes; false once an error was found (see error()).
    bool feed(QByteArrayView bytes, const RowSink &sink);
    // The bytes have ended: a last row without its line break is read too.
    bool finish(const RowSink &sink);
    const std::optional<FocusError> &error() const { return m_error; }
    qint64 rows() const { return m_rows; }
    QString currency() const { return QString::fromLatin1(m_currency); }

    // A whole file, a MiB at a time (then finish()); `seen` gets each piece as it is read (for a
    // digest of the file). False once an error was found.
    bool readFrom(QIODevice &in, const RowSink &sink, const std::function<void(QByteArrayView)> &seen = {});
    static std::optional<FocusError> read(QIODevice &in, const RowSink &sink, qint64 *rows = nullptr);
    static QDateTime timeOf(QByteArrayView text);

private:
    // The columns a row is made of, found once in the header.
    enum Column {
        BilledCost,
        EffectiveCost,
        BillingCurrency,
        BillingPeriodStart,
        BillingPeriodEnd,
        ChargePeriodStart,
        ChargePeriodEnd,
        ChargeCategory,
        ProviderName,
        ServiceName, // mandatory
        ChargeClass,
        ConsumedQuantity,
        ServiceCategory,
        RegionId,
        ResourceId,
        SubAccountId,
        SkuId,
        Tags,
        ConsumedUnit,
        ColumnCount
    };
    struct Field
    {
        qsizetype begin = 0;
        qsizetype size = 0;
        bool quoted = false; // began with a quote, so "NULL" is text
    };

    bool endField();
    bool endRecord(const RowSink &sink);
    bool header();
    bool row(const RowSink &sink);
    bool fail(qint64 row, const QString &column, const QString &message);
    bool tooLong();
    QByteArrayView raw(Column column) const;
    QByteArray text(Column column);
    // Milliseconds since the epoch; kNoTime when the text is not a time.
    static constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
    qint64 cachedTime(QByteArrayView text);
    bool parseTags(QByteArrayView json, FocusRow &row);

    std::optional<FocusError> m_error;
    QByteArray m_bytes;    // the current record's field bytes, unquoted, one after the other
    QList<Field> m_fields; // where each lies in m_bytes
    qsizetype m_fieldBegin = 0;
    bool m_quoted = false;    // inside quotes
    bool m_wasQuoted = false; // the field began with a quote
    bool m_afterQuote = false;
    qint64 m_record = 0; // records read, the header first
    qint64 m_rows = 0;
    int m_columnCount = 0;
    std::array<int, ColumnCount> m_at{}; // each column's place, -1 when the file has none
    QByteArray m_currency;
    // An export repeats few distinct times, names and tag sets; each is parsed once.
    QHash<QByteArray, qint64> m_times;
    QHash<QByteArray, QByteArray> m_texts;
    QHash<QByteArray, std::pair<QHash<QString, QString>, QByteArray>> m_tags;
};

} // namespace adp::shared::costs
