#include "PipelineCalls.h"

#include "shared/pipeline/JobStates.h"

#include <QElapsedTimer>
#include <QTest>

namespace adp::test {

QJsonObject waitUntilFinished(HttpTestClient &client, qint64 pipeline, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject current;
    while (timer.elapsed() < timeoutMs) {
        current = client.get(QStringLiteral("/api/v1/pipelines/%1").arg(pipeline)).json();
        if (pipeline::JobStates::isFinished(current.value(QStringLiteral("status")).toString()))
            return current;
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
