#pragma once

#include <QStackedWidget>

class QLabel;
class QPushButton;

namespace adp::app {

// A list that says what to do when it has nothing to show: wraps `content` and, while empty,
// shows a title, a hint and (when given) one button for the next step instead of a blank table.
class EmptyState : public QStackedWidget
{
    Q_OBJECT

public:
    EmptyState(QWidget *content, const QString &title, const QString &hint, QWidget *parent = nullptr);

    // Adds the button for the next step ("Run pipeline", "Add variable"...); clicking it emits actionClicked.
    QPushButton *setAction(const QString &text);
    void setEmpty(bool empty);
    bool isEmpty() const { return currentIndex() == 1; }
    void setHint(const QString &hint);
    QLabel *titleLabel() const { return m_title; }

Q_SIGNALS:
    void actionClicked();

private:
    QLabel *m_title;
    QLabel *m_hint;
    QPushButton *m_action = nullptr;
};

} // namespace adp::app
