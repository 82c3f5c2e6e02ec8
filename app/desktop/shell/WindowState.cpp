#include "WindowState.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace adp::app::windowState {

void restore(QMainWindow *window)
{
    const QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("layout/mainWindow/geometry")).toByteArray();
    if (!geometry.isEmpty())
        window->restoreGeometry(geometry);
    window->restoreState(settings.value(QStringLiteral("layout/mainWindow/state")).toByteArray());
}

void save(const QMainWindow *window)
{
    QSettings settings;
    settings.setValue(QStringLiteral("layout/mainWindow/geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("layout/mainWindow/state"), window->saveState());
}

void remember(QSplitter *splitter, const QString &key)
{
    const QString setting = QStringLiteral("layout/splitters/") + key;
    const QByteArray state = QSettings().value(setting).toByteArray();
    if (!state.isEmpty())
        splitter->restoreState(state);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, setting]() { QSettings().setValue(setting, splitter->saveState()); });
}

} // namespace adp::app::windowState
