#pragma once

class QMainWindow;
class QSplitter;
class QString;

namespace adp::app {

// Window geometry and splitter positions kept across starts (QSettings "layout/...").
namespace windowState {

void restore(QMainWindow *window);
void save(const QMainWindow *window);
// Restores the splitter's sizes saved under `key` and saves them whenever the user moves it.
void remember(QSplitter *splitter, const QString &key);

} // namespace windowState

} // namespace adp::app
