#pragma once

#include "shared/core/Pipeline.h"

#include <QRect>
#include <QWidget>

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

    struct Box
    {
        int job = 0; // index into the pipeline's jobs
        int column = 0;
        int row = 0;
        QRect rect;
    };
    struct Edge
    {
        int from = 0; // box indexes
        int to = 0;
    };
    QStringList stages;
    QList<Box> boxes;
    QList<Edge> edges;
    QSize size;

    static PipelineGraphLayout of(const shared::Pipeline &pipeline);
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

    static QColor statusColour(const QString &status);
    static QString statusSymbol(const QString &status);

Q_SIGNALS:
    void jobClicked(qint64 jobId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QString tooltipOf(const shared::PipelineJob &job) const;

    shared::Pipeline m_pipeline;
    PipelineGraphLayout m_layout;
    qint64 m_selected = 0;
};

} // namespace adp::app
