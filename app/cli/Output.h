#pragma once

#include "shared/core/Project.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QTextStream>

namespace adp::cli {

enum class OutputFormat { Table, Json };

// Prints results for people (aligned table) or for scripts (JSON).
class Output
{
    Q_DECLARE_TR_FUNCTIONS(Output)

public:
    Output(QTextStream &out, OutputFormat format)
        : m_out(out)
        , m_format(format)
    {
    }

    void projects(const QList<shared::Project> &projects, const QString &nextCursor);
    void project(const shared::Project &project);
    void json(const QJsonValue &value);
    OutputFormat format() const { return m_format; }

    // Columns padded to the widest cell; the header row comes first.
    static QString table(const QList<QStringList> &rows);
    // A time in this machine's zone, "2026-11-27 14:05" (":07" more with `seconds`); `missing` when not set.
    static QString localTime(const QDateTime &time, const QString &missing = {}, bool seconds = false);

private:
    QTextStream &m_out;
    OutputFormat m_format;
};

} // namespace adp::cli
