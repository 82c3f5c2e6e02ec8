#pragma once

#include "HttpTestClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace adp::test {

// Polls GET /pipelines/{id} until it has finished (success, failed, canceled, skipped)
// or `timeoutMs` passed; answers the last state seen.
QJsonObject waitUntilFinished(HttpTestClient &client, qint64 pipeline, int timeoutMs = 60000);

// The job called `name` in a pipeline as the API shows it; empty when there is none.
QJsonObject jobNamed(const QJsonObject &pipeline, const QString &name);

} // namespace adp::test
