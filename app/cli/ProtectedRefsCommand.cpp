#include "ProtectedRefsCommand.h"

#include "Print.h"
#include "SyncCall.h"
#include "shared/client/ProtectedRefsApi.h"

#include <QCommandLineParser>

namespace adp::cli {

using shared::ProtectedRef;

int ProtectedRefsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption(
        {QStringLiteral("project"), tr("the project whose branches and tags these are"), QStringLiteral("slug")});
    parser.addOption({QStringLiteral("tag"), tr("add, remove: a tag (or tag wildcard), not a branch")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool valid = (action == u"list" && positional.size() == 1) ||
                       ((action == u"add" || action == u"remove") && positional.size() == 2);
    if (!valid || !parser.isSet(QStringLiteral("project")))
        return m_context.usage(tr("protected-refs needs --project SLUG and one of: list, add NAME, remove NAME"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    shared::ProtectedRefsApi refs(m_context.api(), parser.value(QStringLiteral("project")));
    const auto all = [&refs]() {
        return await<QList<ProtectedRef>>([&](QObject *c, auto done) { refs.list(c, done); });
    };
    if (action == u"list") {
        return printItems<ProtectedRef>(
            m_context, parser, all(), {tr("ID"), tr("KIND"), tr("NAME"), tr("CREATED")}, [](const ProtectedRef &ref) {
                return QStringList{QString::number(ref.id), ref.kind == ProtectedRef::kTag ? tr("tag") : tr("branch"),
                                   ref.name, ref.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
            });
    }
    const QString kind = parser.isSet(QStringLiteral("tag")) ? ProtectedRef::kTag : ProtectedRef::kBranch;
    const QString name = positional.at(1);
    if (action == u"add") {
        const shared::ProtectedRefFields fields{kind, name};
        return printOne<ProtectedRef>(m_context, parser,
                                      await<ProtectedRef>([&](QObject *c, auto done) { refs.create(fields, c, done); }),
                                      [](const ProtectedRef &ref) {
                                          return ref.kind == ProtectedRef::kTag
                                                     ? tr("Tags named %1 are now protected.").arg(ref.name)
                                                     : tr("Branches named %1 are now protected.").arg(ref.name);
                                      });
    }
    const auto listed = all();
    if (!listed.ok())
        return m_context.fail(listed.error());
    for (const ProtectedRef &ref : listed.value()) {
        if (ref.kind == kind && ref.name == name) {
            return printDone(m_context, parser,
                             await<shared::Done>([&](QObject *c, auto done) { refs.remove(ref.id, c, done); }),
                             tr("%1 is no longer protected.").arg(name));
        }
    }
    return m_context.fail(
        shared::ApiError{404, QStringLiteral("not_found"), tr("%1 is not protected").arg(name), {}, {}});
}

} // namespace adp::cli
