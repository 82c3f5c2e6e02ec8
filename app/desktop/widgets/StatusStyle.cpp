#include "StatusStyle.h"

#include "PaintedIconEngine.h"

#include <QFont>
#include <QPainter>

namespace adp::app::status {

QColor colour(const QString &status)
{
    if (status == u"success")
        return QColor(0x10, 0x85, 0x48);
    if (status == u"failed")
        return QColor(0xdd, 0x2b, 0x0e);
    if (status == u"running")
        return QColor(0x1f, 0x75, 0xcb);
    if (status == u"pending" || status == u"scheduled" || status == u"waiting" || status == u"blocked")
        return QColor(0xc1, 0x7d, 0x10);
    if (status == u"manual")
        return QColor(0x53, 0x5d, 0x6c);
    return QColor(0x89, 0x88, 0x8d); // created, canceled, skipped
}

QString symbol(const QString &status)
{
    if (status == u"success")
        return QStringLiteral("✓");
    if (status == u"failed")
        return QStringLiteral("✗");
    if (status == u"running")
        return QStringLiteral("●");
    if (status == u"canceled")
        return QStringLiteral("⊘");
    if (status == u"skipped")
        return QStringLiteral("»");
    if (status == u"manual")
        return QStringLiteral("▶");
    return QStringLiteral("○"); // created, pending, scheduled
}

namespace {

class StatusEngine : public PaintedIconEngine
{
public:
    explicit StatusEngine(QString status)
        : m_status(std::move(status))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = std::min(rect.width(), rect.height());
        const QRectF circle(rect.x() + (rect.width() - side) / 2 + 1, rect.y() + (rect.height() - side) / 2 + 1,
                            side - 2, side - 2);
        QColor fill = colour(m_status);
        if (mode == QIcon::Disabled)
            fill.setAlpha(110);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawEllipse(circle);
        QFont font = painter->font();
        font.setPixelSize(std::max(6, int(side * 0.62)));
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(circle, Qt::AlignCenter, symbol(m_status));
        painter->restore();
    }

    QIconEngine *clone() const override { return new StatusEngine(m_status); }
    QString key() const override { return QStringLiteral("adp-status"); }

private:
    QString m_status;
};

} // namespace

QIcon icon(const QString &status)
{
    return QIcon(new StatusEngine(status));
}

} // namespace adp::app::status
