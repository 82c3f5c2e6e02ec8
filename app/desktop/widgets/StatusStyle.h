#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace adp::app::status {

// How a pipeline's, job's or deployment's status looks wherever it is shown (lists, the graph,
// the dashboard, the tray): one colour and one symbol per status, so "failed" reads the same
// everywhere and does not rest on colour alone.
QColor colour(const QString &status);
QString symbol(const QString &status);
// A filled circle in the status colour with its symbol, drawn at any size.
QIcon icon(const QString &status);

} // namespace adp::app::status
