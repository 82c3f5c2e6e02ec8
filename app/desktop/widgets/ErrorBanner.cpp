#include "ErrorBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace adp::app {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setStyleSheet(QStringLiteral("#errorBanner { background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; }"
                                 "#errorBanner QLabel { color: #611a15; }"));
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Dismiss"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(close);
    hide();
}

void ErrorBanner::showMessage(const QString &message)
{
    m_label->setText(message);
    show();
}

QString ErrorBanner::message() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace adp::app
