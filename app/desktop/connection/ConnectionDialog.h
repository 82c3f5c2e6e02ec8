#pragma once

#include <QDialog>
#include <QUrl>

class QRadioButton;
class QLineEdit;
class QLabel;

namespace adp::app {

// Where to work: "This computer" (a bundled local server) or a team server URL.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(const QUrl &lastServer, QWidget *parent = nullptr);

    bool useLocalServer() const;
    QUrl serverUrl() const;

private:
    void validate();

    QRadioButton *m_local;
    QRadioButton *m_remote;
    QLineEdit *m_url;
    QLabel *m_error;
};

} // namespace adp::app
