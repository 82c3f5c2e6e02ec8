#pragma once

#include "DefinitionParser.h"

#include <QJsonObject>

namespace adp::pipeline {

// What `adp lint` and POST /api/v1/lint report: valid or not, the errors and
// warnings (keyword, message, line, column), and the job graph when valid.
struct LintReport
{
    bool valid = false;
    DefinitionErrors errors;
    DefinitionErrors warnings;
    QJsonObject graph; // {"stages": [...], "jobs": [{name, stage, when, needs?...}]}

    static LintReport of(const QByteArray &text, const DefinitionParser::FileReader &reader);
    QJsonObject toJson() const;
};

} // namespace adp::pipeline
