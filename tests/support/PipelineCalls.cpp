#include "PipelineCalls.h"

#include "shared/pipeline/JobStates.h"

#include <QElapsedTimer>
#include <QTest>

namespace adp::test {

namespace {

// A failed job's reason and the end of its log, so a suite that did not expect the failure says why.
void printFailedJobs(HttpTestClient &client, const QJsonObject &pipeline)
{
    for (const QJsonValue &value : pipeline.value(QStringLiteral("jobs")).toArray()) {
        const QJsonObject job = value.toObject();
        if (job.value(QStringLiteral("status")).toString() != u"failed")
            continue;
        const QByteArray log =
            client.get(QStringLiteral("/api/v1/jobs/%1/log").arg(job.value(QStringLiteral("id")).toInteger())).body;
        qInfo().noquote() << "job" << job.value(QStringLiteral("name")).toString()
                          << "failed:" << job.value(QStringLiteral("failure_reason")).toString() << "\n"
                          << QString::fromUtf8(log.right(1500));
    }
}

} // namespace

QJsonObject waitUntilFinished(HttpTestClient &client, qint64 pipeline, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject current;
    while (timer.elapsed() < timeoutMs) {
        current = client.get(QStringLiteral("/api/v1/pipelines/%1").arg(pipeline)).json();
        if (pipeline::JobStates::isFinished(current.value(QStringLiteral("status")).toString())) {
            printFailedJobs(client, current);
            return current;
        }
        QTest::qWait(100);
    }
    return current;
}

QJsonObject jobNamed(const QJsonObject &pipeline, const QString &name)
{
    for (const QJsonValue &value : pipeline.value(QStringLiteral("jobs")).toArray()) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace adp::test
