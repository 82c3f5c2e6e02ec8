#pragma once

#include "CliContext.h"
#include "shared/core/ProjectFields.h"

class QCommandLineParser;

namespace adp::cli {

// adp projects list | show | create | update | delete
class ProjectsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProjectsCommand)

public:
    explicit ProjectsCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    int list(QCommandLineParser &parser);
    int show(QCommandLineParser &parser, const QString &key);
    int create(QCommandLineParser &parser);
    int update(QCommandLineParser &parser, const QString &key);
    int remove(const QString &key);

    static void addFieldOptions(QCommandLineParser &parser);
    // Only the flags given; nullopt (after printing) on a bad --visibility.
    std::optional<shared::ProjectFields> fieldsFrom(const QCommandLineParser &parser);
    Output output(const QCommandLineParser &parser);

    CliContext &m_context;
};

} // namespace adp::cli
