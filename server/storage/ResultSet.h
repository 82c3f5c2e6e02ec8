#pragma once

#include <QList>
#include <QStringList>
#include <QVariant>
#include <type_traits>

namespace adp::server::storage {

using SqlParams = QVariantList;

// The rows a statement returned, already copied out of the driver.
// Values are QVariant of qint64, double, bool, QString, QByteArray or null.
class ResultSet
{
public:
    ResultSet() = default;
    ResultSet(QStringList columns, QList<QVariantList> rows, qint64 rowsAffected)
        : m_columns(std::move(columns))
        , m_rows(std::move(rows))
        , m_rowsAffected(rowsAffected)
    {
    }

    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    qint64 rowsAffected() const { return m_rowsAffected; }
    const QStringList &columns() const { return m_columns; }

    // Value by row and column name; an unknown column is a programming error.
    QVariant value(int row, const QString &column) const;
    QVariant value(int row, int column) const { return m_rows.at(row).at(column); }
    int columnIndex(const QString &column) const;

    // Every row made into a value by `fromRow(row)`, in order.
    template <typename FromRow> QList<std::invoke_result_t<FromRow, int>> map(FromRow &&fromRow) const
    {
        QList<std::invoke_result_t<FromRow, int>> values;
        values.reserve(size());
        for (int row = 0; row < size(); ++row)
            values.append(fromRow(row));
        return values;
    }

private:
    QStringList m_columns;
    QList<QVariantList> m_rows;
    qint64 m_rowsAffected = 0;
};

} // namespace adp::server::storage
