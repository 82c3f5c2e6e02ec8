#include "Tables.h"

#include <QHeaderView>
#include <QLocale>

namespace adp::app {

QTableWidget *makeRowTable(QWidget *parent, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void fitColumns(QTableWidget *table, int stretch, int rows)
{
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    table->setTextElideMode(Qt::ElideRight);
    if (rows > 0) {
        const int rowHeight = table->verticalHeader()->defaultSectionSize();
        table->setMaximumHeight(table->horizontalHeader()->sizeHint().height() + rows * rowHeight +
                                2 * table->frameWidth() + 2);
    }
}

void appendRow(QTableWidget *table, const QStringList &cells, const QVariant &key)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column == 0)
            item->setData(Qt::UserRole, key);
        table->setItem(row, column, item);
    }
}

void fillRows(QTableWidget *table, const QList<QStringList> &rows)
{
    table->setRowCount(0);
    for (int row = 0; row < rows.size(); ++row)
        appendRow(table, rows.at(row), row);
}

QVariant selectedKey(const QTableWidget *table)
{
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0))
        return {};
    return table->item(row, 0)->data(Qt::UserRole);
}

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace adp::app
