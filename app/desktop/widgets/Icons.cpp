#include "Icons.h"

#include "PaintedIconEngine.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

// Outside any namespace, as Qt requires; the icons are in adp_desktop_core.
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace adp::app::icons {

namespace {

QByteArray svgText(const QString &name)
{
    static QHash<QString, QByteArray> texts;
    auto found = texts.constFind(name);
    if (found != texts.constEnd())
        return *found;
    static const bool loaded = (initIconResources(), true);
    Q_UNUSED(loaded);
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    const QByteArray text = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    texts.insert(name, text);
    return text;
}

// Draws the SVG with "currentColor" set from the application's palette at paint time, so a
// theme change needs no new icons.
class PaletteSvgEngine : public PaintedIconEngine
{
public:
    explicit PaletteSvgEngine(QString name)
        : m_name(std::move(name))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        QColor colour = palette.color(QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Disabled)
            colour = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            colour = palette.color(QPalette::Active, QPalette::HighlightedText);
        QByteArray svg = svgText(m_name);
        svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        renderer.render(painter, QRectF(rect));
    }

    QIconEngine *clone() const override { return new PaletteSvgEngine(m_name); }
    QString key() const override { return QStringLiteral("adp-palette-svg"); }
    bool isNull() override { return svgText(m_name).isEmpty(); }

private:
    QString m_name;
};

} // namespace

QIcon named(const QString &name)
{
    return QIcon(new PaletteSvgEngine(name));
}

} // namespace adp::app::icons
