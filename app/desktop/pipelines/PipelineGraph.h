#pragma once

#include "shared/core/Pipeline.h"

#include <QRect>
#include <QTimer>
#include <QWidget>

class QPainter;

namespace adp::app {

// Where a pipeline's jobs go: one column per stage, in the order the stages
// come, jobs top to bottom in the order they were defined; one edge per
// `needs` from the needed job to the one that needs it. Pure geometry, so it
// is tested on its own.
struct PipelineGraphLayout
{
    static constexpr int kBoxWidth = 180;
    static constexpr int kBoxHeight = 40;
    static constexpr int kColumnGap = 60;
    static constexpr int kRowGap = 12;
    static constexpr int kHeader = 28; // the stage's name above its column
    static constexpr int kMargin = 12;
    static constexpr int kLaneGap = 6; // between the lanes of arrows that pass under columns

    struct Box
    {
        int job = 0; // index into the pipeline's jobs
        int column = 0;
        int row = 0;
        QRect rect;
    };
    // An arrow runs only through the gaps between columns and under them, never
    // behind a box: to the next column a curve (two points); over columns in
    // between, down its own lane under the boxes it passes and up again; within
    // a stage (GitLab allows needs there), around the column's right side.
    struct Edge
    {
        int from = 0; // box indexes
        int to = 0;
        QList<QPoint> route; // from the needed box's side to the needing box's side
    };
    QStringList stages;
    QList<Box> boxes;
    QList<Edge> edges;
    QSize size;

    static PipelineGraphLayout of(const shared::Pipeline &pipeline);
    int columnLeft(int column) const { return kMargin + column * (kBoxWidth + kColumnGap); }
    // The box under `point`, or -1.
    int boxAt(const QPoint &point) const;
};

// Draws a pipeline's jobs in stage columns with arrows for `needs`, each job
// with its status (colour and symbol, for those who cannot tell colours
// apart) and duration; updates when given the pipeline again. Clicking a job
// asks for its log; hovering tells why it was skipped or failed.
class PipelineGraph : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineGraph(QWidget *parent = nullptr);
    void setPipeline(const shared::Pipeline &pipeline);
    const PipelineGraphLayout &graphLayout() const { return m_layout; }
    void setSelectedJob(qint64 jobId);
    QSize sizeHint() const override;
    // The centre of a job's box, for tests and accessibility.
    QPoint centreOf(qint64 jobId) const;
    // Whether it repaints every second for a running job's duration.
    bool isCounting() const;

Q_SIGNALS:
    void jobClicked(qint64 jobId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QString tooltipOf(const shared::PipelineJob &job) const;
    static void drawArrow(QPainter &painter, const QList<QPoint> &route, const QColor &colour);

    shared::Pipeline m_pipeline;
    PipelineGraphLayout m_layout;
    qint64 m_selected = 0;
    QTimer m_clock;
};

} // namespace adp::app
