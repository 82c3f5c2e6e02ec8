#include "PipelineGraph.h"

#include "PipelinesModel.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

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
    for (int to = 0; to < layout.boxes.size(); ++to) {
        const shared::PipelineJob &job = pipeline.jobs.at(layout.boxes.at(to).job);
        for (const QString &needed : job.needs.value_or(QStringList())) {
            const int from = boxOfName.value(needed, -1);
            if (from >= 0)
                layout.edges.append({from, to});
        }
    }
    int rows = 0;
    for (const int count : rowsInColumn)
        rows = std::max(rows, count);
    layout.size = QSize(2 * kMargin + int(layout.stages.size()) * (kBoxWidth + kColumnGap) - kColumnGap,
                        2 * kMargin + kHeader + rows * (kBoxHeight + kRowGap));
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

QColor PipelineGraph::statusColour(const QString &status)
{
    if (status == u"success")
        return QColor(0x10, 0x85, 0x48);
    if (status == u"failed")
        return QColor(0xdd, 0x2b, 0x0e);
    if (status == u"running")
        return QColor(0x1f, 0x75, 0xcb);
    if (status == u"pending" || status == u"scheduled")
        return QColor(0xc1, 0x7d, 0x10);
    if (status == u"manual")
        return QColor(0x53, 0x5d, 0x6c);
    return QColor(0x89, 0x88, 0x8d); // created, canceled, skipped
}

QString PipelineGraph::statusSymbol(const QString &status)
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

PipelineGraph::PipelineGraph(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAccessibleName(tr("Pipeline graph"));
}

void PipelineGraph::setPipeline(const shared::Pipeline &pipeline)
{
    m_pipeline = pipeline;
    m_layout = PipelineGraphLayout::of(pipeline);
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
        const QRect header(
            PipelineGraphLayout::kMargin + column * (PipelineGraphLayout::kBoxWidth + PipelineGraphLayout::kColumnGap),
            PipelineGraphLayout::kMargin, PipelineGraphLayout::kBoxWidth, PipelineGraphLayout::kHeader - 6);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_layout.stages.at(column));
    }
    painter.setFont(font());
    // Needs: a curve from the needed job's right side to the needing one's left, with an arrowhead.
    painter.setPen(QPen(colours.color(QPalette::Mid), 1.5));
    for (const auto &edge : m_layout.edges) {
        const QRect from = m_layout.boxes.at(edge.from).rect;
        const QRect to = m_layout.boxes.at(edge.to).rect;
        const QPointF start(from.right() + 1, from.center().y());
        const QPointF end(to.left() - 1, to.center().y());
        const qreal bend = std::max<qreal>(20, (end.x() - start.x()) / 2);
        QPainterPath path(start);
        path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end);
        painter.drawPath(path);
        QPainterPath head(end);
        head.lineTo(end + QPointF(-7, -4));
        head.lineTo(end + QPointF(-7, 4));
        head.closeSubpath();
        painter.fillPath(head, colours.color(QPalette::Mid));
    }
    // Jobs.
    for (const auto &box : m_layout.boxes) {
        const shared::PipelineJob &job = m_pipeline.jobs.at(box.job);
        const QColor colour = statusColour(job.status);
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
        painter.drawText(icon, Qt::AlignCenter, statusSymbol(job.status));
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
