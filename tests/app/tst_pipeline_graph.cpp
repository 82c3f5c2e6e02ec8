#include "pipelines/PipelineGraph.h"
#include "widgets/StatusStyle.h"

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

    void arrowsNeverPassBehindABox()
    {
        shared::Pipeline wide;
        wide.jobs = {job(1, "compile", "build", "success"),
                     job(2, "assets", "build", "success", QStringList{"compile"}),
                     job(3, "unit", "test", "success", QStringList{"compile"}),
                     job(4, "lint", "test", "success"),
                     job(5, "e2e", "test", "success"),
                     job(6, "smoke", "verify", "success", QStringList{"unit"}),
                     job(7, "deploy", "deploy", "manual", QStringList{"compile", "assets", "smoke"})};
        const auto layout = app::PipelineGraphLayout::of(wide);
        QCOMPARE(layout.edges.size(), 6);
        for (const auto &edge : layout.edges) {
            const QRect from = layout.boxes.at(edge.from).rect;
            const QRect to = layout.boxes.at(edge.to).rect;
            QVERIFY(edge.route.size() >= 2);
            QCOMPARE(edge.route.first(), QPoint(from.right() + 1, from.center().y())); // leaves from its right side
            QCOMPARE(edge.route.last().y(), to.center().y());                          // arrives at its side
            QVERIFY(edge.route.last().x() == to.left() - 1 || edge.route.last().x() == to.right() + 1);
            for (int i = 1; i < edge.route.size(); ++i) {
                const QPoint a = edge.route.at(i - 1);
                const QPoint b = edge.route.at(i);
                if (edge.route.size() > 2)
                    QVERIFY2(a.x() == b.x() || a.y() == b.y(), "runs are straight");
                const QRect run = QRect(a, b).normalized();
                for (const auto &box : layout.boxes) {
                    const QRect inside = box.rect.adjusted(1, 1, -1, -1);
                    QVERIFY2(!run.intersects(inside), qPrintable(QStringLiteral("edge %1->%2 crosses box %3")
                                                                     .arg(edge.from)
                                                                     .arg(edge.to)
                                                                     .arg(wide.jobs.at(box.job).name)));
                }
            }
            QVERIFY(layout.size.height() > std::max(edge.route.at(0).y(), edge.route.last().y()));
        }
        // compile -> deploy passes under the test and verify columns, below their lowest box.
        const auto longest = std::find_if(layout.edges.begin(), layout.edges.end(),
                                          [](const auto &edge) { return edge.from == 0 && edge.to == 6; });
        QVERIFY(longest != layout.edges.end());
        QCOMPARE(longest->route.size(), 6);
        QVERIFY(longest->route.at(2).y() > layout.boxes.at(4).rect.bottom()); // under e2e, the test column's last
        for (const QPoint &corner : longest->route)
            QVERIFY(corner.y() < layout.size.height());
        // assets needs compile in its own stage: around the column's right side, into assets from the right.
        const auto within = std::find_if(layout.edges.begin(), layout.edges.end(),
                                         [](const auto &edge) { return edge.from == 0 && edge.to == 1; });
        QCOMPARE(within->route.last(),
                 QPoint(layout.boxes.at(1).rect.right() + 1, layout.boxes.at(1).rect.center().y()));

        app::PipelineGraph graph; // and it paints
        graph.setPipeline(wide);
        QVERIFY(!graph.isCounting()); // nothing running: no repaints
        wide.jobs[6].startedAt = QDateTime::currentDateTimeUtc().addSecs(-5);
        wide.jobs[6].status = QStringLiteral("running");
        graph.setPipeline(wide);
        QVERIFY(graph.isCounting()); // a running job's duration counts up
        QCOMPARE(graph.sizeHint(), layout.size);
        QVERIFY(!graph.grab().isNull());
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
        QCOMPARE(app::status::symbol(QStringLiteral("failed")), QStringLiteral("✗"));
        QVERIFY(app::status::colour(QStringLiteral("success")) != app::status::colour(QStringLiteral("failed")));
    }
};

QTEST_MAIN(TestPipelineGraph)
#include "tst_pipeline_graph.moc"
