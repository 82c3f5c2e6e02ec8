#pragma once

#include <QPointer>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;

namespace adp::app {

// A short tour over the main window for a first start: each step dims the window except the part
// it talks about and says what that part is for, with Next and "Skip the tour". Finishing or
// skipping it is remembered; Help ▸ Guided tour shows it again.
class GuidedTour : public QWidget
{
    Q_OBJECT

public:
    struct Step
    {
        std::function<QWidget *()> target; // looked up when shown: the window may have changed
        QString title;
        QString text;
    };

    GuidedTour(QWidget *window, QList<Step> steps);

    // Shows the first step unless the tour was finished or skipped before; true when it shows.
    bool startIfFirstRun();
    void start();
    void next();
    void skip();
    int step() const { return m_step; }
    QWidget *currentTarget() const { return m_target; }
    QLabel *titleLabel() const { return m_title; }

    static bool wasSeen();
    static void forget(); // shows again on the next first-run check

Q_SIGNALS:
    void finished();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showStep(int step);
    void place();
    QRect targetRect() const;

    QList<Step> m_steps;
    int m_step = -1;
    QPointer<QWidget> m_target;
    QWidget *m_bubble;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_counter;
    QPushButton *m_next;
};

} // namespace adp::app
