#pragma once

#include "Location.h"
#include "shared/client/PipelinesApi.h"
#include "shared/client/ProjectsApi.h"

#include <QAction>
#include <QDialog>
#include <QPointer>
#include <QTimer>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace adp::app {

class RecentProjects;

// Ctrl+K: type to go anywhere. Offers favourite and recent projects at once, projects the
// server finds by name, a pipeline by number ("#42" or "42"), and the window's actions by name.
// Enter opens the highlighted one; Escape closes.
class Locator : public QDialog
{
    Q_OBJECT

public:
    Locator(shared::ApiClient &api, const RecentProjects &recent, QList<QAction *> actions, QWidget *parent = nullptr);

    QLineEdit *input() const { return m_input; }
    QListWidget *results() const { return m_results; }
    // Starts over empty and shows itself over the parent window.
    void popUp();
    void choose(QListWidgetItem *item);

Q_SIGNALS:
    void chosen(const adp::app::Location &location);
    void refreshed(); // the results for the current text are complete

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void addProject(const QString &slug, const QString &name, const QString &why);
    void addAction(QAction *action);
    void addPipeline(qint64 id);
    void askServer(const QString &text);

    shared::ProjectsApi m_projects;
    shared::PipelinesApi m_pipelines;
    const RecentProjects &m_recent;
    QList<QPointer<QAction>> m_actions;
    QLineEdit *m_input;
    QListWidget *m_results;
    QTimer m_debounce;
    int m_generation = 0;
};

} // namespace adp::app
