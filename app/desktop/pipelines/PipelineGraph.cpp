#include "PipelineGraph.h"

#include "PipelinesModel.h"
#include "widgets/StatusStyle.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <cmath>

namespace adp::app {

PipelineGraphLayout PipelineGraphLayout::of(const shared::Pipeline &pipeline)
{
    PipelineGraphLayout layout;
    QList<int> rowsInColumn;
    QHash<QString, int> boxOfName;
    for (int index = 0; index < pipeline.jobs.size(); ++index) {
        const shared::PipelineJob &job = pipeline.jobs.at(index);
        int column = int(layout.stages.indexOf(job.stage));
        if (column < 0) {
            column = int(layout.stages.size());
            layout.stages.append(job.stage);
            rowsInColumn.append(0);
        }
        const int row = rowsInColumn[column]++;
        const QRect rect(kMargin + column * (kBoxWidth + kColumnGap), kMargin + kHeader + row * (kBoxHeight + kRowGap),
                         kBoxWidth, kBoxHeight);
        boxOfName.insert(job.name, int(layout.boxes.size()));
        layout.boxes.append({index, column, row, rect});
    }
    int rows = 0;
    for (const int count : rowsInColumn)
        rows = std::max(rows, count);
    const auto bottomOf = [&](int column) {
        return kMargin + kHeader + rowsInColumn.value(column) * (kBoxHeight + kRowGap);
    };
    int bottom = kMargin + kHeader + rows * (kBoxHeight + kRowGap);
    int lanes = 0;
    int asides = 0;
    for (int to = 0; to < layout.boxes.size(); ++to) {
        const shared::PipelineJob &job = pipeline.jobs.at(layout.boxes.at(to).job);
        for (const QString &needed : job.needs.value_or(QStringList())) {
            const int from = boxOfName.value(needed, -1);
            if (from < 0)
                continue;
            const Box &source = layout.boxes.at(from);
            const Box &target = layout.boxes.at(to);
            const QPoint start(source.rect.right() + 1, source.rect.center().y());
            const QPoint end(target.rect.left() - 1, target.rect.center().y());
            const int gapAfterSource = layout.columnLeft(source.column) + kBoxWidth + kColumnGap / 2;
            QList<QPoint> route;
            if (target.column == source.column + 1) {
                route = {start, end};
            } else if (target.column == source.column) {
                const int aside = gapAfterSource - kColumnGap / 4 + (asides++ % 4) * kLaneGap;
                const QPoint back(target.rect.right() + 1, target.rect.center().y());
                route = {start, {aside, start.y()}, {aside, back.y()}, back};
            } else {
                const int first = std::min(source.column, target.column);
                const int last = std::max(source.column, target.column);
                int under = 0; // below every box the lane passes
                for (int column = first; column <= last; ++column) {
                    if (column != source.column && column != target.column)
                        under = std::max(under, bottomOf(column));
                }
                if (target.column < source.column)
                    under = std::max({under, bottomOf(source.column), bottomOf(target.column)});
                const int lane = under - kRowGap / 2 + lanes++ * kLaneGap;
                const int gapBeforeTarget = layout.columnLeft(target.column) - kColumnGap / 2;
                route = {start,
                         {gapAfterSource, start.y()},
                         {gapAfterSource, lane},
                         {gapBeforeTarget, lane},
                         {gapBeforeTarget, end.y()},
                         end};
                bottom = std::max(bottom, lane + kRowGap);
            }
            layout.edges.append({from, to, route});
        }
    }
    layout.size =
        QSize(2 * kMargin + int(layout.stages.size()) * (kBoxWidth + kColumnGap) - kColumnGap, kMargin + bottom);
    return layout;
}

int PipelineGraphLayout::boxAt(const QPoint &point) const
{
    for (int index = 0; index < boxes.size(); ++index) {
        if (boxes.at(index).rect.contains(point))
            return index;
    }
    return -1;
}

PipelineGraph::PipelineGraph(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAccessibleName(tr("Pipeline graph"));
    m_clock.setInterval(1000); // running jobs' durations count up
    connect(&m_clock, &QTimer::timeout, this, qOverload<>(&QWidget::update));
}

bool PipelineGraph::isCounting() const
{
    return m_clock.isActive();
}

void PipelineGraph::setPipeline(const shared::Pipeline &pipeline)
{
    m_pipeline = pipeline;
    m_layout = PipelineGraphLayout::of(pipeline);
    const bool running = std::any_of(pipeline.jobs.begin(), pipeline.jobs.end(), [](const shared::PipelineJob &job) {
        return job.startedAt.isValid() && !job.finishedAt.isValid();
    });
    if (running && !m_clock.isActive())
        m_clock.start();
    else if (!running)
        m_clock.stop();
    setMinimumSize(m_layout.size);
    updateGeometry();
    update();
}

void PipelineGraph::setSelectedJob(qint64 jobId)
{
    m_selected = jobId;
    update();
}

QSize PipelineGraph::sizeHint() const
{
    return m_layout.size;
}

QPoint PipelineGraph::centreOf(qint64 jobId) const
{
    for (const auto &box : m_layout.boxes) {
        if (m_pipeline.jobs.at(box.job).id == jobId)
            return box.rect.center();
    }
    return {-1, -1};
}

QString PipelineGraph::tooltipOf(const shared::PipelineJob &job) const
{
    QStringList lines{tr("%1 — %2").arg(job.name, PipelinesModel::statusLabel(job.status))};
    if (job.status == u"skipped")
        lines << tr("Skipped: an earlier job it depends on did not pass, or its rules left it out");
    if (!job.failureReason.isEmpty())
        lines << tr("Reason: %1").arg(job.failureReason);
    if (job.needs && !job.needs->isEmpty())
        lines << tr("Needs: %1").arg(job.needs->join(QStringLiteral(", ")));
    if (job.attempt > 1)
        lines << tr("Attempt %1").arg(job.attempt);
    return lines.join(u'\n');
}

bool PipelineGraph::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int box = m_layout.boxAt(help->pos());
        if (box >= 0)
            QToolTip::showText(help->globalPos(), tooltipOf(m_pipeline.jobs.at(m_layout.boxes.at(box).job)), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void PipelineGraph::mousePressEvent(QMouseEvent *event)
{
    const int box = m_layout.boxAt(event->position().toPoint());
    if (box < 0 || event->button() != Qt::LeftButton)
        return;
    const qint64 jobId = m_pipeline.jobs.at(m_layout.boxes.at(box).job).id;
    setSelectedJob(jobId);
    Q_EMIT jobClicked(jobId);
}

void PipelineGraph::drawArrow(QPainter &painter, const QList<QPoint> &route, const QColor &colour)
{
    if (route.size() < 2)
        return;
    const QPointF end = route.last();
    QPainterPath path(route.first());
    if (route.size() == 2) { // the next column: an S-curve
        const QPointF start = route.first();
        const qreal bend = std::max<qreal>(20, (end.x() - start.x()) / 2);
        path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end);
    } else { // straight runs with rounded corners
        constexpr qreal kRadius = 6;
        for (int i = 1; i + 1 < route.size(); ++i) {
            const QPointF corner = route.at(i);
            const QPointF in = corner - route.at(i - 1);
            const QPointF out = route.at(i + 1) - corner;
            const qreal inLength = std::hypot(in.x(), in.y());
            const qreal outLength = std::hypot(out.x(), out.y());
            const qreal radius = std::min({kRadius, inLength / 2, outLength / 2});
            if (inLength < 1 || outLength < 1) {
                path.lineTo(corner);
                continue;
            }
            path.lineTo(corner - in / inLength * radius);
            path.quadTo(corner, corner + out / outLength * radius);
        }
        path.lineTo(end);
    }
    painter.drawPath(path);
    // The head points the way the last run goes (left into a box entered from its right).
    const qreal direction = route.at(route.size() - 2).x() <= end.x() ? 1 : -1;
    QPainterPath head(end);
    head.lineTo(end + QPointF(-7 * direction, -4));
    head.lineTo(end + QPointF(-7 * direction, 4));
    head.closeSubpath();
    painter.fillPath(head, colour);
}

void PipelineGraph::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colours = palette();
    painter.fillRect(rect(), colours.base());
    // Stage names over their columns.
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(colours.color(QPalette::Text));
    for (int column = 0; column < m_layout.stages.size(); ++column) {
        const QRect header(m_layout.columnLeft(column), PipelineGraphLayout::kMargin, PipelineGraphLayout::kBoxWidth,
                           PipelineGraphLayout::kHeader - 6);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_layout.stages.at(column));
    }
    painter.setFont(font());
    // Needs: along each edge's route, with an arrowhead where it arrives.
    painter.setPen(QPen(colours.color(QPalette::Mid), 1.5));
    painter.setBrush(Qt::NoBrush);
    for (const auto &edge : m_layout.edges)
        drawArrow(painter, edge.route, colours.color(QPalette::Mid));
    // Jobs.
    for (const auto &box : m_layout.boxes) {
        const shared::PipelineJob &job = m_pipeline.jobs.at(box.job);
        const QColor colour = status::colour(job.status);
        const bool selected = job.id == m_selected;
        painter.setPen(
            QPen(selected ? colours.color(QPalette::Highlight) : colours.color(QPalette::Mid), selected ? 2.5 : 1));
        painter.setBrush(colours.color(QPalette::Window));
        painter.drawRoundedRect(box.rect, 8, 8);
        const QRect icon(box.rect.left() + 8, box.rect.center().y() - 10, 20, 20);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(icon);
        painter.setPen(Qt::white);
        painter.drawText(icon, Qt::AlignCenter, status::symbol(job.status));
        painter.setPen(colours.color(QPalette::Text));
        const QRect text = box.rect.adjusted(34, 2, -8, -2);
        const QString duration = PipelinesModel::durationBetween(job.startedAt, job.finishedAt);
        const QString name = painter.fontMetrics().elidedText(job.name, Qt::ElideMiddle, text.width() - 50);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, name);
        painter.setPen(colours.color(QPalette::PlaceholderText));
        painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, duration);
    }
}

} // namespace adp::app
