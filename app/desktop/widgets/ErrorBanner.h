#pragma once

#include <QFrame>

class QLabel;

namespace adp::app {

// A dismissible strip above a view that says what went wrong, in words.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);
    void showMessage(const QString &message);
    QString message() const;

private:
    QLabel *m_label;
};

} // namespace adp::app
