#include "pipelines/PipelineGraph.h"

#include <QSignalSpy>
#include <QtTest>

using namespace adp;

// The run graph on its own (offscreen): stage columns in the order stages come, jobs in the order
// they were defined, one arrow per `needs`, and a click on a job asks for that job.
class TestPipelineGraph : public QObject
{
    Q_OBJECT

private:
    static shared::PipelineJob job(qint64 id, const QString &name, const QString &stage, const QString &status,
                                   std::optional<QStringList> needs = std::nullopt)
    {
        shared::PipelineJob job;
        job.id = id;
        job.name = name;
        job.stage = stage;
        job.status = status;
        job.needs = std::move(needs);
        return job;
    }

    static shared::Pipeline pipeline()
    {
        shared::Pipeline pipeline;
        pipeline.id = 7;
        pipeline.jobs = {job(1, "compile", "build", "success"), job(2, "lint", "build", "failed"),
                         job(3, "unit", "test", "running", QStringList{"compile"}),
                         job(4, "docs", "test", "skipped", QStringList{}),
                         job(5, "deploy", "deploy", "manual", QStringList{"unit", "lint"})};
        pipeline.jobs[0].startedAt = QDateTime::fromSecsSinceEpoch(1000, Qt::UTC);
        pipeline.jobs[0].finishedAt = QDateTime::fromSecsSinceEpoch(1065, Qt::UTC);
        return pipeline;
    }

private Q_SLOTS:
    void stagesBecomeColumnsAndNeedsBecomeArrows()
    {
        const auto layout = app::PipelineGraphLayout::of(pipeline());
        QCOMPARE(layout.stages, (QStringList{"build", "test", "deploy"}));
        QCOMPARE(layout.boxes.size(), 5);
        QCOMPARE(layout.boxes.at(1).column, 0); // lint under compile
        QCOMPARE(layout.boxes.at(1).row, 1);
        QCOMPARE(layout.boxes.at(4).column, 2);
        QVERIFY(layout.boxes.at(2).rect.left() > layout.boxes.at(0).rect.right()); // columns left to right
        QVERIFY(layout.boxes.at(1).rect.top() > layout.boxes.at(0).rect.bottom()); // rows top to bottom
        QCOMPARE(layout.edges.size(), 3); // compile->unit, unit->deploy, lint->deploy; docs needs none
        const auto hasEdge = [&layout](int from, int to) {
            return std::any_of(layout.edges.begin(), layout.edges.end(),
                               [&](const auto &edge) { return edge.from == from && edge.to == to; });
        };
        QVERIFY(hasEdge(0, 2));
        QVERIFY(hasEdge(2, 4));
        QVERIFY(hasEdge(1, 4));
        QVERIFY(layout.size.width() >= layout.boxes.at(4).rect.right());
        QVERIFY(layout.size.height() >= layout.boxes.at(1).rect.bottom());
        QCOMPARE(layout.boxAt(layout.boxes.at(3).rect.center()), 3);
        QCOMPARE(layout.boxAt(QPoint(0, 0)), -1);
    }

    void clickingAJobAsksForIt()
    {
        app::PipelineGraph graph;
        graph.setPipeline(pipeline());
        graph.resize(graph.sizeHint());
        graph.show();
        QVERIFY(QTest::qWaitForWindowExposed(&graph));
        QSignalSpy clicked(&graph, &app::PipelineGraph::jobClicked);
        QTest::mouseClick(&graph, Qt::LeftButton, {}, graph.centreOf(5));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toLongLong(), 5);
        QTest::mouseClick(&graph, Qt::LeftButton, {}, QPoint(2, 2)); // between boxes: nothing
        QCOMPARE(clicked.size(), 1);
        // A new state of the same run redraws in place.
        auto later = pipeline();
        later.jobs[2].status = QStringLiteral("success");
        graph.setPipeline(later);
        QCOMPARE(graph.graphLayout().boxes.size(), 5);
        QCOMPARE(app::PipelineGraph::statusSymbol(QStringLiteral("failed")), QStringLiteral("✗"));
        QVERIFY(app::PipelineGraph::statusColour(QStringLiteral("success")) !=
                app::PipelineGraph::statusColour(QStringLiteral("failed")));
    }
};

QTEST_MAIN(TestPipelineGraph)
#include "tst_pipeline_graph.moc"
