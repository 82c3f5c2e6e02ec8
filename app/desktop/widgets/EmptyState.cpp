#include "EmptyState.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace adp::app {

EmptyState::EmptyState(QWidget *content, const QString &title, const QString &hint, QWidget *parent)
    : QStackedWidget(parent)
{
    auto *empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("emptyState"));
    m_title = new QLabel(title, empty);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    m_title->setFont(font);
    m_hint = new QLabel(hint, empty);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addStretch(2);
    addWidget(content);
    addWidget(empty);
}

QPushButton *EmptyState::setAction(const QString &text)
{
    if (!m_action) {
        m_action = new QPushButton(text, widget(1));
        auto *row = new QHBoxLayout;
        row->addStretch();
        row->addWidget(m_action);
        row->addStretch();
        static_cast<QVBoxLayout *>(widget(1)->layout())->insertLayout(3, row);
        connect(m_action, &QPushButton::clicked, this, &EmptyState::actionClicked);
    }
    m_action->setText(text);
    return m_action;
}

void EmptyState::setEmpty(bool empty)
{
    setCurrentIndex(empty ? 1 : 0);
}

void EmptyState::setHint(const QString &hint)
{
    m_hint->setText(hint);
}

} // namespace adp::app
