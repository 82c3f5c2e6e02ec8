#include "ResultSet.h"

#include "StorageError.h"

namespace adp::server::storage {

int ResultSet::columnIndex(const QString &column) const
{
    const int index = int(m_columns.indexOf(column));
    if (index < 0)
        throw StorageError(StorageError::Kind::Query, QStringLiteral("no column %1 in result").arg(column));
    return index;
}

QVariant ResultSet::value(int row, const QString &column) const
{
    return m_rows.at(row).at(columnIndex(column));
}

} // namespace adp::server::storage
