#pragma once

#include <QIconEngine>

namespace adp::app {

// An icon drawn by code at whatever size and device pixel ratio is asked for (crisp on high-DPI
// screens, never a scaled bitmap); subclasses say how to paint it.
class PaintedIconEngine : public QIconEngine
{
public:
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    // `size` is in device pixels already (QIcon multiplied it by `scale`).
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
};

} // namespace adp::app
