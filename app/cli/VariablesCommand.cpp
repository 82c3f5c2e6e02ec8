#include "VariablesCommand.h"

#include "Print.h"
#include "SyncCall.h"
#include "shared/client/VariablesApi.h"

#include <QCommandLineParser>

namespace adp::cli {

using shared::ProjectVariable;

int VariablesCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("project"), tr("the project whose variables these are"), QStringLiteral("slug")});
    parser.addOption({QStringLiteral("value"),
                      tr("set: the value (visible in your shell's history; see --value-stdin)"),
                      QStringLiteral("value")});
    parser.addOption({QStringLiteral("value-stdin"), tr("set: read the value from standard input")});
    parser.addOption(
        {QStringLiteral("masked"), tr("set: never show the value back and write [MASKED] for it in job logs")});
    parser.addOption(
        {QStringLiteral("protected"), tr("set: only pipelines of protected branches and tags receive it")});
    parser.addOption({QStringLiteral("file"), tr("set: jobs receive the path of a file holding the value")});
    parser.addOption({QStringLiteral("scope"),
                      tr("set, delete: the environments it is for (a name, or a wildcard such as review/*; default *)"),
                      QStringLiteral("scope"), shared::ProjectVariable::kAnyEnvironment});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool valid = (action == u"list" && positional.size() == 1) ||
                       ((action == u"set" || action == u"delete") && positional.size() == 2);
    if (!valid || !parser.isSet(QStringLiteral("project")))
        return m_context.usage(tr("variables needs --project SLUG and one of: list, set KEY, delete KEY"));
    if (action == u"set" && parser.isSet(QStringLiteral("value")) == parser.isSet(QStringLiteral("value-stdin")))
        return m_context.usage(tr("variables set needs one of --value VALUE or --value-stdin"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    shared::VariablesApi variables(m_context.api(), parser.value(QStringLiteral("project")));
    if (action == u"list") {
        return printItems<ProjectVariable>(
            m_context, parser, await<QList<ProjectVariable>>([&](QObject *c, auto done) { variables.list(c, done); }),
            {tr("KEY"), tr("SCOPE"), tr("VALUE"), tr("TYPE"), tr("PROTECTED"), tr("UPDATED")},
            [](const ProjectVariable &variable) {
                return QStringList{variable.key,
                                   variable.environmentScope,
                                   variable.masked ? tr("[masked]") : variable.value,
                                   variable.isFile() ? tr("file") : tr("variable"),
                                   variable.protectedOnly ? tr("yes") : tr("no"),
                                   variable.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
            });
    }
    if (action == u"set")
        return set(parser, positional.at(1));
    const QString key = positional.at(1);
    const QString scope = parser.value(QStringLiteral("scope"));
    return printDone(m_context, parser,
                     await<shared::Done>([&](QObject *c, auto done) { variables.remove(key, scope, c, done); }),
                     tr("Deleted variable %1 (scope %2).").arg(key, scope));
}

int VariablesCommand::set(const QCommandLineParser &parser, const QString &key)
{
    shared::ProjectVariableFields fields;
    fields.masked = parser.isSet(QStringLiteral("masked"));
    fields.protectedOnly = parser.isSet(QStringLiteral("protected"));
    fields.variableType = parser.isSet(QStringLiteral("file")) ? ProjectVariable::kFile : ProjectVariable::kEnvVar;
    fields.environmentScope = parser.value(QStringLiteral("scope"));
    if (parser.isSet(QStringLiteral("value-stdin"))) {
        QTextStream in(stdin);
        QString value = in.readAll();
        if (value.endsWith(u'\n')) // what `echo` and a terminal add
            value.chop(1);
        fields.value = value;
    } else {
        fields.value = parser.value(QStringLiteral("value"));
    }
    shared::VariablesApi variables(m_context.api(), parser.value(QStringLiteral("project")));
    return printOne<ProjectVariable>(
        m_context, parser, await<ProjectVariable>([&](QObject *c, auto done) { variables.set(key, fields, c, done); }),
        [](const ProjectVariable &variable) {
            return variable.masked ? tr("Set variable %1 for %2 (masked).").arg(variable.key, variable.environmentScope)
                                   : tr("Set variable %1 for %2.").arg(variable.key, variable.environmentScope);
        });
}

} // namespace adp::cli
