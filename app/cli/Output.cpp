#include "Output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace adp::cli {

QString Output::localTime(const QDateTime &time, const QString &missing, bool seconds)
{
    if (!time.isValid())
        return missing;
    return time.toLocalTime().toString(seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                               : QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString Output::table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 == row.size() ? row.at(i) : row.at(i).leftJustified(widths.at(i) + 2);
        text += line.trimmed() + u'\n';
    }
    return text;
}

void Output::json(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Output::projects(const QList<shared::Project> &projects, const QString &nextCursor)
{
    if (m_format == OutputFormat::Json) {
        QJsonArray items;
        for (const shared::Project &project : projects)
            items.append(project.toJson());
        json(
            QJsonObject{{QStringLiteral("items"), items},
                        {QStringLiteral("next_cursor"), nextCursor.isEmpty() ? QJsonValue() : QJsonValue(nextCursor)}});
        return;
    }
    QList<QStringList> rows{{tr("ID"), tr("SLUG"), tr("NAME"), tr("VISIBILITY"), tr("BRANCH"), tr("UPDATED")}};
    for (const shared::Project &project : projects) {
        rows.append({QString::number(project.id), project.slug, project.name,
                     shared::visibilityToString(project.visibility), project.defaultBranch,
                     localTime(project.updatedAt)});
    }
    m_out << table(rows);
    if (!nextCursor.isEmpty())
        m_out << tr("More projects: add --cursor %1, or use --all").arg(nextCursor) << u'\n';
    m_out.flush();
}

void Output::project(const shared::Project &project)
{
    if (m_format == OutputFormat::Json) {
        json(project.toJson());
        return;
    }
    const QList<QStringList> rows{
        {tr("ID:"), QString::number(project.id)},
        {tr("Name:"), project.name},
        {tr("Slug:"), project.slug},
        {tr("Organisation:"), project.organisation},
        {tr("Description:"), project.description},
        {tr("Repository:"), project.repositoryUrl},
        {tr("Default branch:"), project.defaultBranch},
        {tr("CI definition:"), project.ciConfigPath},
        {tr("Visibility:"), shared::visibilityToString(project.visibility)},
        {tr("Created:"), localTime(project.createdAt) + u' ' + project.createdBy},
        {tr("Updated:"), localTime(project.updatedAt)},
    };
    m_out << table(rows);
    m_out.flush();
}

} // namespace adp::cli
