#pragma once

#include <QDateTime>
#include <QTableWidget>

namespace adp::app {

// A read-only table of whole rows, one selectable at a time: how every small
// list in the app (sessions, tokens, members, teams) looks.
QTableWidget *makeRowTable(QWidget *parent, const QStringList &headers);
// Columns as wide as their contents, `stretch` taking what is left; at most `rows` rows tall
// (a short list on a page of several).
void fitColumns(QTableWidget *table, int stretch, int rows = 0);
// Appends one row; `key` is kept on the first cell (Qt::UserRole).
void appendRow(QTableWidget *table, const QStringList &cells, const QVariant &key);
// Replaces every row; each row's key is its index.
void fillRows(QTableWidget *table, const QList<QStringList> &rows);
// The key of the selected row, or an invalid QVariant.
QVariant selectedKey(const QTableWidget *table);

QString shortTime(const QDateTime &time);

} // namespace adp::app
