#include "Lint.h"

#include "JobGraph.h"

#include <QJsonArray>

namespace adp::pipeline {

LintReport LintReport::of(const QByteArray &text, const DefinitionParser::FileReader &reader)
{
    LintReport report;
    DefinitionParser::Result parsed = DefinitionParser::parse(text, reader);
    report.errors = parsed.errors;
    report.warnings = parsed.warnings;
    if (parsed.ok()) {
        const JobGraph graph = JobGraph::build(*parsed.definition, report.errors);
        if (report.errors.isEmpty())
            report.graph = graph.toJson(*parsed.definition);
    }
    report.valid = report.errors.isEmpty();
    return report;
}

QJsonObject LintReport::toJson() const
{
    const auto list = [](const DefinitionErrors &items) {
        QJsonArray array;
        for (const DefinitionError &item : items)
            array.append(item.toJson());
        return array;
    };
    QJsonObject json{{QStringLiteral("valid"), valid},
                     {QStringLiteral("errors"), list(errors)},
                     {QStringLiteral("warnings"), list(warnings)}};
    if (valid) {
        json.insert(QStringLiteral("stages"), graph.value(QStringLiteral("stages")));
        json.insert(QStringLiteral("jobs"), graph.value(QStringLiteral("jobs")));
    }
    return json;
}

} // namespace adp::pipeline
