#include "GuidedTour.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace adp::app {

namespace {
const QString kSeenKey = QStringLiteral("ui/tourSeen");
constexpr int kMargin = 6; // around the part a step talks about
} // namespace

GuidedTour::GuidedTour(QWidget *window, QList<Step> steps)
    : QWidget(window)
    , m_steps(std::move(steps))
{
    setObjectName(QStringLiteral("guidedTour"));
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::StrongFocus);
    m_bubble = new QWidget(this);
    m_bubble->setObjectName(QStringLiteral("tourBubble"));
    m_bubble->setAutoFillBackground(true);
    m_bubble->setBackgroundRole(QPalette::ToolTipBase);
    m_bubble->setForegroundRole(QPalette::ToolTipText);
    m_bubble->setMaximumWidth(420);
    m_title = new QLabel(m_bubble);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_text = new QLabel(m_bubble);
    m_text->setWordWrap(true);
    m_counter = new QLabel(m_bubble);
    auto *skipButton = new QPushButton(tr("Skip the tour"), m_bubble);
    m_next = new QPushButton(tr("Next"), m_bubble);
    m_next->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_counter);
    buttons->addStretch();
    buttons->addWidget(skipButton);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(m_bubble);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    connect(skipButton, &QPushButton::clicked, this, &GuidedTour::skip);
    connect(m_next, &QPushButton::clicked, this, &GuidedTour::next);
    window->installEventFilter(this);
    hide();
}

bool GuidedTour::wasSeen()
{
    return QSettings().value(kSeenKey).toBool();
}

void GuidedTour::forget()
{
    QSettings().remove(kSeenKey);
}

bool GuidedTour::startIfFirstRun()
{
    if (wasSeen())
        return false;
    start();
    return true;
}

void GuidedTour::start()
{
    if (m_steps.isEmpty())
        return;
    showStep(0);
}

void GuidedTour::showStep(int step)
{
    m_step = step;
    const Step &shown = m_steps.at(step);
    m_target = shown.target ? shown.target() : nullptr;
    m_title->setText(shown.title);
    m_text->setText(shown.text);
    m_counter->setText(tr("%1 of %2").arg(step + 1).arg(m_steps.size()));
    m_next->setText(step + 1 == m_steps.size() ? tr("Done") : tr("Next"));
    setGeometry(parentWidget()->rect());
    place();
    QWidget::show();
    raise();
    m_next->setFocus();
}

void GuidedTour::next()
{
    if (m_step + 1 < m_steps.size())
        return showStep(m_step + 1);
    skip(); // the last step's Done
}

void GuidedTour::skip()
{
    QSettings().setValue(kSeenKey, true);
    hide();
    m_step = -1;
    Q_EMIT finished();
}

QRect GuidedTour::targetRect() const
{
    if (!m_target || !m_target->isVisible())
        return {};
    const QPoint topLeft = m_target->mapTo(parentWidget(), QPoint(0, 0));
    return QRect(topLeft, m_target->size()).adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

void GuidedTour::place()
{
    // Beside the part it talks about when there is room, below it otherwise, else in the middle.
    m_bubble->adjustSize();
    const QRect target = targetRect();
    const QSize bubble = m_bubble->size();
    QPoint at = rect().center() - QPoint(bubble.width() / 2, bubble.height() / 2);
    if (!target.isNull()) {
        if (target.right() + 12 + bubble.width() < width())
            at = QPoint(target.right() + 12, std::clamp(target.top(), 8, std::max(8, height() - bubble.height() - 8)));
        else if (target.bottom() + 12 + bubble.height() < height())
            at = QPoint(std::clamp(target.left(), 8, std::max(8, width() - bubble.width() - 8)), target.bottom() + 12);
    }
    m_bubble->move(at);
}

void GuidedTour::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath dimmed;
    dimmed.addRect(rect());
    const QRect target = targetRect();
    if (!target.isNull()) {
        QPainterPath hole;
        hole.addRoundedRect(target, 6, 6);
        dimmed = dimmed.subtracted(hole);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRoundedRect(target, 6, 6);
    }
    painter.fillPath(dimmed, QColor(0, 0, 0, 110));
}

bool GuidedTour::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible()) {
        setGeometry(parentWidget()->rect());
        place();
    }
    return QWidget::eventFilter(watched, event);
}

void GuidedTour::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape)
        return skip();
    QWidget::keyPressEvent(event);
}

} // namespace adp::app
