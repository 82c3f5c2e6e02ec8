#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace adp::pipeline {

// Something wrong (or worth a warning) in a pipeline definition, named by
// keyword and placed by line and column so people find it.
struct DefinitionError
{
    QString keyword; // e.g. "needs", "jobs:build:when", "include"
    QString message;
    int line = 0; // 1-based; 0 when unknown
    int column = 0;
    QString file; // empty for the main file

    QString toString() const;
    QJsonObject toJson() const;
};
using DefinitionErrors = QList<DefinitionError>;

} // namespace adp::pipeline
