#include "FocusReader.h"

#include "Money.h"
#include "shared/core/TextRules.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QVarLengthArray>
#include <algorithm>
#include <cstring>

namespace adp::shared::costs {

namespace {
// Header names in the order of FocusReader::Column; the first ten are mandatory in FOCUS 1.0 and later.
constexpr std::array<const char *, 19> kColumnNames{"BilledCost",
                                                    "EffectiveCost",
                                                    "BillingCurrency",
                                                    "BillingPeriodStart",
                                                    "BillingPeriodEnd",
                                                    "ChargePeriodStart",
                                                    "ChargePeriodEnd",
                                                    "ChargeCategory",
                                                    "ProviderName",
                                                    "ServiceName",
                                                    "ChargeClass",
                                                    "ConsumedQuantity",
                                                    "ServiceCategory",
                                                    "RegionId",
                                                    "ResourceId",
                                                    "SubAccountId",
                                                    "SkuId",
                                                    "Tags",
                                                    "ConsumedUnit"};
constexpr int kMandatory = 10;
constexpr int kCacheLimit = 4096; // distinct values remembered per kind; beyond, parsed each time
constexpr qint64 kNanos = 1'000'000'000;
} // namespace

QString FocusError::toString() const
{
    return column.isEmpty() ? QStringLiteral("row %1: %2").arg(row).arg(message)
                            : QStringLiteral("row %1, column %2: %3").arg(row).arg(column, message);
}

QDateTime FocusReader::timeOf(QByteArrayView text)
{
    QString value = QString::fromLatin1(text.trimmed());
    if (value.size() >= 19 && value.at(10) == u' ')
        value[10] = u'T';
    QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC); // no zone given: FOCUS times are UTC
    if (!time.isValid() && value.size() == 10)
        time = QDateTime(QDate::fromString(value, Qt::ISODate), QTime(0, 0), Qt::UTC);
    return time.toUTC();
}

bool FocusReader::fail(qint64 row, const QString &column, const QString &message)
{
    if (!m_error)
        m_error = FocusError{row, column, message};
    return false;
}

bool FocusReader::tooLong()
{
    return fail(m_record + 1, {}, tr("a field is longer than %1 bytes").arg(kMaxField));
}

QByteArrayView FocusReader::raw(Column column) const
{
    const int at = m_at[column];
    if (at < 0)
        return {};
    const Field &field = m_fields.at(at);
    const QByteArrayView bytes(m_bytes.constData() + field.begin, field.size);
    // SQL-style NULL, unquoted, is no value; a quoted "NULL" is the text.
    return !field.quoted && bytes == "NULL" ? QByteArrayView() : bytes;
}

QByteArray FocusReader::text(Column column)
{
    const QByteArrayView bytes = raw(column);
    if (const auto found = m_texts.constFind(QByteArray::fromRawData(bytes.data(), bytes.size()));
        found != m_texts.cend())
        return *found;
    const QByteArray value = bytes.toByteArray();
    if (m_texts.size() < kCacheLimit)
        m_texts.insert(value, value);
    return value;
}

qint64 FocusReader::cachedTime(QByteArrayView text)
{
    if (const auto found = m_times.constFind(QByteArray::fromRawData(text.data(), text.size()));
        found != m_times.cend())
        return *found;
    const QDateTime time = timeOf(text);
    const qint64 ms = time.isValid() ? time.toMSecsSinceEpoch() : kNoTime;
    if (m_times.size() < kCacheLimit)
        m_times.insert(text.toByteArray(), ms);
    return ms;
}

bool FocusReader::parseTags(QByteArrayView json, FocusRow &row)
{
    if (const auto found = m_tags.constFind(QByteArray::fromRawData(json.data(), json.size()));
        found != m_tags.cend()) {
        row.tags = found->first;
        row.tagsJson = found->second;
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (!document.isObject())
        return fail(m_record, QString::fromLatin1(kColumnNames[Tags]),
                    tr("not a JSON object (%1)").arg(parseError.errorString()));
    QJsonObject asText;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString value = it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
        row.tags.insert(it.key(), value);
        asText.insert(it.key(), value);
    }
    if (!row.tags.isEmpty())
        row.tagsJson = QJsonDocument(asText).toJson(QJsonDocument::Compact);
    if (m_tags.size() < kCacheLimit)
        m_tags.insert(json.toByteArray(), {row.tags, row.tagsJson});
    return true;
}

bool FocusReader::endField()
{
    if (m_fields.size() >= kMaxColumns)
        return fail(m_record + 1, {}, tr("more than %1 columns").arg(kMaxColumns));
    m_fields.append(Field{m_fieldBegin, m_bytes.size() - m_fieldBegin, m_wasQuoted});
    m_fieldBegin = m_bytes.size();
    m_wasQuoted = m_afterQuote = false;
    return true;
}

bool FocusReader::feed(QByteArrayView bytes, const RowSink &sink)
{
    if (m_error)
        return false;
    if (bytes.isEmpty())
        return true;
    // No text holds a NUL byte (and no database column takes one): read up to it, then stop.
    if (const void *nul = std::memchr(bytes.data(), '\0', size_t(bytes.size()))) {
        if (!feed(bytes.first(static_cast<const char *>(nul) - bytes.data()), sink))
            return false;
        return fail(m_record + 1, {}, tr("a NUL byte: not a text file"));
    }
    // Whole runs of plain bytes are copied at once; only quotes, commas and line breaks stop the scan.
    const char *at = bytes.data();
    const char *const end = at + bytes.size();
    const auto append = [this](const char *from, const char *to) {
        if (m_bytes.size() - m_fieldBegin + (to - from) > kMaxField)
            return tooLong();
        m_bytes.append(from, to - from);
        return true;
    };
    while (at < end) {
        if (m_quoted) {
            const auto *quote = static_cast<const char *>(std::memchr(at, '"', size_t(end - at)));
            if (!append(at, quote ? quote : end))
                return false;
            if (!quote)
                break;
            at = quote + 1;
            m_quoted = false;
            m_afterQuote = true;
            continue;
        }
        const char *stop = at;
        while (stop < end && *stop != ',' && *stop != '\n' && *stop != '"')
            ++stop;
        if (m_afterQuote && std::any_of(at, stop, [](char c) { return c != '\r'; }))
            return fail(m_record + 1, {}, tr("text after a closing quote"));
        if (!append(at, stop))
            return false;
        if (stop == end)
            break;
        at = stop + 1;
        if (*stop == '"') {
            if (m_afterQuote) { // "" inside quotes: one quote
                m_bytes.append('"');
                m_quoted = true;
                m_afterQuote = false;
            } else if (m_bytes.size() == m_fieldBegin && !m_wasQuoted) {
                m_quoted = m_wasQuoted = true;
            } else {
                return fail(m_record + 1, {}, tr("a quote inside an unquoted field"));
            }
        } else if (*stop == ',') {
            if (!endField())
                return false;
        } else {
            if (m_bytes.size() > m_fieldBegin && m_bytes.endsWith('\r'))
                m_bytes.chop(1);
            if (!endField() || !endRecord(sink))
                return false;
        }
    }
    return true;
}

bool FocusReader::finish(const RowSink &sink)
{
    if (m_error)
        return false;
    if (m_quoted)
        return fail(m_record + 1, {}, tr("the file ends inside a quoted field"));
    if (m_bytes.size() > m_fieldBegin || m_wasQuoted || !m_fields.isEmpty()) {
        if (!endField() || !endRecord(sink))
            return false;
    }
    if (m_record == 0)
        return fail(1, {}, tr("the file is empty"));
    return true;
}

bool FocusReader::endRecord(const RowSink &sink)
{
    ++m_record;
    const bool blank = m_fields.size() == 1 && m_fields.first().size == 0 && !m_fields.first().quoted;
    bool ok = true;
    if (m_record == 1)
        ok = header();
    else if (!blank)
        ok = row(sink);
    m_fields.clear(); // keeps its capacity, as resize(0) keeps the bytes'
    m_bytes.resize(0);
    m_fieldBegin = 0;
    return ok;
}

bool FocusReader::header()
{
    m_at.fill(-1);
    QSet<QString> names;
    for (int i = 0; i < m_fields.size(); ++i) {
        const Field &field = m_fields.at(i);
        QString name = QString::fromUtf8(m_bytes.constData() + field.begin, field.size).trimmed();
        if (i == 0 && name.startsWith(QChar(0xFEFF)))
            name.remove(0, 1);
        if (names.contains(name))
            return fail(1, name, tr("the column is named twice"));
        names.insert(name);
        for (int column = 0; column < ColumnCount; ++column) {
            if (name == QLatin1StringView(kColumnNames[column]))
                m_at[column] = i;
        }
    }
    m_columnCount = int(m_fields.size());
    QStringList missing;
    for (int column = 0; column < kMandatory; ++column) {
        if (m_at[column] < 0)
            missing.append(QString::fromLatin1(kColumnNames[column]));
    }
    if (!missing.isEmpty())
        return fail(1, missing.first(),
                    tr("not a FOCUS 1.0-1.2 export: it has no %1 column").arg(missing.join(QStringLiteral(", "))));
    return true;
}

bool FocusReader::row(const RowSink &sink)
{
    const qint64 rowNumber = m_record;
    if (m_fields.size() != m_columnCount)
        return fail(rowNumber, {}, tr("%1 fields where the header has %2").arg(m_fields.size()).arg(m_columnCount));
    const auto name = [](Column column) { return QString::fromLatin1(kColumnNames[column]); };
    const auto shown = [this](Column column, int length) { return QString::fromUtf8(raw(column)).left(length); };
    FocusRow row;
    row.line = rowNumber;
    for (const auto &[column, target] :
         {std::pair{BilledCost, &row.billedCostNanos}, std::pair{EffectiveCost, &row.effectiveCostNanos}}) {
        const auto nanos = nanosOfDecimal(raw(column));
        if (!nanos)
            return fail(rowNumber, name(column), tr("\"%1\" is not a number").arg(shown(column, 40)));
        *target = *nanos;
    }
    row.chargeCategory = text(ChargeCategory);
    static const QByteArrayList kCategories{"Usage", "Purchase", "Tax", "Credit", "Adjustment"};
    if (!kCategories.contains(row.chargeCategory))
        return fail(rowNumber, name(ChargeCategory),
                    tr("\"%1\" is none of Usage, Purchase, Tax, Credit, Adjustment").arg(shown(ChargeCategory, 40)));
    // Less than nothing is what credits and adjustments cost, and corrections, and usage taken back
    // (providers bill a reversal as negative usage with a negative quantity); anything else is wrong.
    row.chargeClass = text(ChargeClass);
    row.consumedQuantity = raw(ConsumedQuantity).trimmed().toByteArray();
    row.consumedUnit = text(ConsumedUnit);
    bool numeric = true;
    const double quantity = row.consumedQuantity.isEmpty() ? 0 : row.consumedQuantity.toDouble(&numeric);
    if (!numeric)
        return fail(rowNumber, name(ConsumedQuantity), tr("\"%1\" is not a number").arg(shown(ConsumedQuantity, 40)));
    if (row.billedCostNanos < 0 || row.effectiveCostNanos < 0) {
        const bool takenBack = quantity < 0;
        const bool mayBeNegative = row.chargeCategory == "Credit" || row.chargeCategory == "Adjustment" ||
                                   row.chargeClass == "Correction" || takenBack;
        if (!mayBeNegative)
            return fail(rowNumber, name(row.billedCostNanos < 0 ? BilledCost : EffectiveCost),
                        tr("a %1 charge cannot cost less than nothing unless it is a correction or takes usage back")
                            .arg(QString::fromUtf8(row.chargeCategory)));
    }
    row.currency = text(BillingCurrency);
    if (row.currency != m_currency) {
        if (!shared::textrules::isCurrencyCode(QString::fromUtf8(row.currency)))
            return fail(rowNumber, name(BillingCurrency),
                        tr("\"%1\" is not an ISO 4217 code").arg(shown(BillingCurrency, 10)));
        if (!m_currency.isEmpty())
            return fail(rowNumber, name(BillingCurrency),
                        tr("%1, where the rows before are in %2: one import is one currency")
                            .arg(QString::fromLatin1(row.currency), QString::fromLatin1(m_currency)));
        m_currency = row.currency;
    }
    for (const auto &[column, target] :
         {std::pair{BillingPeriodStart, &row.billingPeriodStartMs},
          std::pair{BillingPeriodEnd, &row.billingPeriodEndMs}, std::pair{ChargePeriodStart, &row.chargePeriodStartMs},
          std::pair{ChargePeriodEnd, &row.chargePeriodEndMs}}) {
        *target = cachedTime(raw(column));
        if (*target == kNoTime)
            return fail(rowNumber, name(column), tr("\"%1\" is not a date and time").arg(shown(column, 40)));
    }
    if (row.billingPeriodEndMs <= row.billingPeriodStartMs)
        return fail(rowNumber, name(BillingPeriodEnd), tr("the billing period ends before it starts"));
    if (row.chargePeriodEndMs < row.chargePeriodStartMs)
        return fail(rowNumber, name(ChargePeriodEnd), tr("the charge period ends before it starts"));
    row.providerName = text(ProviderName);
    row.serviceName = text(ServiceName);
    row.serviceCategory = text(ServiceCategory);
    row.regionId = text(RegionId);
    row.subAccountId = text(SubAccountId);
    row.skuId = text(SkuId);
    row.resourceId = raw(ResourceId).toByteArray(); // one per resource: not worth remembering
    if (const QByteArrayView tags = raw(Tags); !tags.isEmpty() && !parseTags(tags, row))
        return false;
    ++m_rows;
    return sink(row) || fail(rowNumber, {}, tr("stopped"));
}

bool FocusReader::readFrom(QIODevice &in, const RowSink &sink, const std::function<void(QByteArrayView)> &seen)
{
    QByteArray piece(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 got = in.read(piece.data(), piece.size());
        if (got < 0)
            return fail(m_record + 1, {}, in.errorString());
        if (got == 0)
            return finish(sink);
        const QByteArrayView bytes(piece.constData(), got);
        if (seen)
            seen(bytes);
        if (!feed(bytes, sink))
            return false;
    }
}

std::optional<FocusError> FocusReader::read(QIODevice &in, const RowSink &sink, qint64 *rows)
{
    FocusReader reader;
    reader.readFrom(in, sink);
    if (rows)
        *rows = reader.rows();
    return reader.error();
}

} // namespace adp::shared::costs
