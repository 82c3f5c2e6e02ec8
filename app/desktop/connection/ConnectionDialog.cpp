#include "ConnectionDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace adp::app {

ConnectionDialog::ConnectionDialog(const QUrl &lastServer, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to ADP"));
    m_local = new QRadioButton(tr("This computer (starts a private server, no setup)"), this);
    m_remote = new QRadioButton(tr("A team server:"), this);
    m_url = new QLineEdit(lastServer.toString(), this);
    m_url->setPlaceholderText(tr("https://adp.example.com"));
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("urlError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    (lastServer.isEmpty() ? m_local : m_remote)->setChecked(true);
    m_url->setEnabled(m_remote->isChecked());
    connect(m_remote, &QRadioButton::toggled, m_url, &QLineEdit::setEnabled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::validate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_local);
    layout->addWidget(m_remote);
    layout->addWidget(m_url);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

bool ConnectionDialog::useLocalServer() const
{
    return m_local->isChecked();
}

QUrl ConnectionDialog::serverUrl() const
{
    return QUrl::fromUserInput(m_url->text().trimmed());
}

void ConnectionDialog::validate()
{
    if (m_remote->isChecked()) {
        const QUrl url = serverUrl();
        if (m_url->text().trimmed().isEmpty() || !url.isValid() ||
            (url.scheme() != u"http" && url.scheme() != u"https")) {
            m_error->setText(tr("Enter the server's http:// or https:// address"));
            m_error->show();
            return;
        }
    }
    accept();
}

} // namespace adp::app
