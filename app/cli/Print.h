#pragma once

#include "CliContext.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace adp::cli {

// The endings every command shares: an API result printed as JSON or as a
// table or sentence for people, turned into the exit code.

template <typename T>
int printItems(CliContext &context, const QCommandLineParser &parser, const shared::ApiResult<QList<T>> &result,
               const QStringList &header, const std::function<QStringList(const T &)> &row)
{
    if (!result.ok())
        return context.fail(result.error());
    if (CliContext::outputFormat(parser) == OutputFormat::Json) {
        QJsonArray items;
        for (const T &item : result.value())
            items.append(item.toJson());
        Output(context.out(), OutputFormat::Json).json(QJsonObject{{QStringLiteral("items"), items}});
        return ExitOk;
    }
    QList<QStringList> rows{header};
    for (const T &item : result.value())
        rows.append(row(item));
    context.out() << Output::table(rows);
    context.out().flush();
    return ExitOk;
}

template <typename T>
int printOne(CliContext &context, const QCommandLineParser &parser, const shared::ApiResult<T> &result,
             const std::function<QString(const T &)> &sentence)
{
    if (!result.ok())
        return context.fail(result.error());
    if (CliContext::outputFormat(parser) == OutputFormat::Json)
        Output(context.out(), OutputFormat::Json).json(result.value().toJson());
    else
        context.out() << sentence(result.value()) << Qt::endl;
    return ExitOk;
}

inline int printDone(CliContext &context, const QCommandLineParser &parser,
                     const shared::ApiResult<shared::Done> &result, const QString &sentence)
{
    if (!result.ok())
        return context.fail(result.error());
    if (CliContext::outputFormat(parser) == OutputFormat::Json)
        Output(context.out(), OutputFormat::Json).json(QJsonObject{{QStringLiteral("ok"), true}});
    else
        context.out() << sentence << Qt::endl;
    return ExitOk;
}

} // namespace adp::cli
