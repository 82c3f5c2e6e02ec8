#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace adp::app {

// Where `adp-desktop --open-pipeline PROJECT/PIPELINE[/JOB]` goes: a
// project's pipeline and, when given, one job's log.
struct PipelineLink
{
    QString project;
    qint64 pipeline = 0;
    qint64 job = 0;

    static std::optional<PipelineLink> parse(const QString &text)
    {
        const QStringList parts = text.split(u'/');
        if (parts.size() < 2 || parts.size() > 3 || parts.first().isEmpty())
            return std::nullopt;
        bool pipelineOk = false;
        bool jobOk = parts.size() == 2;
        PipelineLink link{parts.at(0), parts.at(1).toLongLong(&pipelineOk), 0};
        if (parts.size() == 3)
            link.job = parts.at(2).toLongLong(&jobOk);
        if (!pipelineOk || !jobOk || link.pipeline <= 0 || link.job < 0)
            return std::nullopt;
        return link;
    }
};

} // namespace adp::app
