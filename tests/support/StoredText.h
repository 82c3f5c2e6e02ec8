#pragma once

#include "storage/Database.h"

#include <QByteArray>
#include <QStringList>

namespace adp::test {

// Every value of every row of `tables`, one per line: what a test searches to prove a secret
// was never stored or audited in the clear.
inline QByteArray storedText(server::storage::Database &database, const QStringList &tables)
{
    QByteArray all;
    for (const QString &table : tables) {
        const auto rows = database.query(QStringLiteral("SELECT * FROM %1").arg(table));
        for (int row = 0; row < rows.size(); ++row)
            for (int column = 0; column < rows.columns().size(); ++column)
                all += rows.value(row, column).toString().toUtf8() + '\n';
    }
    return all;
}

} // namespace adp::test
