#include "ProjectsCommand.h"

#include "SyncCall.h"
#include "shared/client/ProjectsApi.h"

#include <QCommandLineParser>

namespace adp::cli {

using shared::Project;
using shared::ProjectPage;

namespace {
struct FieldFlag
{
    const char *flag;
    const char *valueName;
};
const FieldFlag kFieldFlags[] = {{"name", "name"},
                                 {"slug", "slug"},
                                 {"description", "text"},
                                 {"repository", "url"},
                                 {"default-branch", "branch"},
                                 {"ci-config-path", "path"},
                                 {"visibility", "level"}};
} // namespace

void ProjectsCommand::addFieldOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("name"), tr("Display name"), QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("slug"), tr("URL name: lowercase letters, digits, '-', '_'"), QStringLiteral("slug")});
    parser.addOption({QStringLiteral("description"), tr("Free text"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("repository"), tr("Git repository URL or local path"), QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("default-branch"), tr("Default branch (main if not given)"), QStringLiteral("branch")});
    parser.addOption({QStringLiteral("ci-config-path"),
                      tr("The CI definition in the repository (default .gitlab-ci.yml)"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("visibility"), tr("private, internal or public"), QStringLiteral("level")});
    parser.addOption({QStringLiteral("organisation"), tr("create: the organisation it belongs to (default: default)"),
                      QStringLiteral("slug")});
}

std::optional<shared::ProjectFields> ProjectsCommand::fieldsFrom(const QCommandLineParser &parser)
{
    shared::ProjectFields fields;
    const auto value = [&parser](const char *flag) { return CliContext::optionalValue(parser, flag); };
    fields.name = value("name");
    fields.slug = value("slug");
    fields.description = value("description");
    fields.repositoryUrl = value("repository");
    fields.defaultBranch = value("default-branch");
    fields.ciConfigPath = value("ci-config-path");
    fields.organisation = value("organisation");
    if (const auto visibility = value("visibility")) {
        fields.visibility = shared::visibilityFromString(*visibility);
        if (!fields.visibility) {
            m_context.usage(tr("--visibility must be private, internal or public"));
            return std::nullopt;
        }
    }
    return fields;
}

Output ProjectsCommand::output(const QCommandLineParser &parser)
{
    return Output(m_context.out(), CliContext::outputFormat(parser));
}

int ProjectsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("search"), tr("list: only projects matching this text"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("sort"), tr("list: name, slug, created_at or updated_at; prefix - for descending"),
                      QStringLiteral("key")});
    parser.addOption({QStringLiteral("limit"), tr("list: projects per page (1-100)"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("cursor"), tr("list: continue after a previous page"), QStringLiteral("cursor")});
    parser.addOption({QStringLiteral("all"), tr("list: fetch every page")});
    addFieldOptions(parser);
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool needsKey = action == u"show" || action == u"update" || action == u"delete";
    static const QStringList actions{QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("create"),
                                     QStringLiteral("update"), QStringLiteral("delete")};
    if (!actions.contains(action))
        return m_context.usage(tr("projects needs one of: list, show, create, update, delete"));
    if (positional.size() != (needsKey ? 2 : 1))
        return m_context.usage(needsKey ? tr("projects %1 needs one ID or SLUG").arg(action)
                                        : tr("projects %1 takes no positional arguments").arg(action));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;

    if (action == u"list")
        return list(parser);
    if (action == u"show")
        return show(parser, positional.at(1));
    if (action == u"create")
        return create(parser);
    if (action == u"update")
        return update(parser, positional.at(1));
    return remove(positional.at(1));
}

int ProjectsCommand::list(QCommandLineParser &parser)
{
    shared::ProjectListQuery query;
    query.search = parser.value(QStringLiteral("search"));
    QString sort = parser.value(QStringLiteral("sort"));
    if (sort.startsWith(u'-')) {
        query.descending = true;
        sort.remove(0, 1);
    }
    if (!sort.isEmpty()) {
        if (!shared::ProjectListQuery::sortKeys().contains(sort))
            return m_context.usage(
                tr("--sort must be one of %1").arg(shared::ProjectListQuery::sortKeys().join(QStringLiteral(", "))));
        query.sort = sort;
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > shared::ProjectListQuery::kMaxLimit)
            return m_context.usage(
                tr("--limit must be a number from 1 to %1").arg(shared::ProjectListQuery::kMaxLimit));
    }
    query.cursor = parser.value(QStringLiteral("cursor"));
    const bool all = parser.isSet(QStringLiteral("all"));
    if (all && !parser.isSet(QStringLiteral("limit")))
        query.limit = shared::ProjectListQuery::kMaxLimit;

    shared::ProjectsApi projects(m_context.api());
    QList<Project> collected;
    QString next;
    do {
        const auto page = await<ProjectPage>([&](QObject *context, auto done) { projects.list(query, context, done); });
        if (!page.ok())
            return m_context.fail(page.error());
        collected.append(page.value().items);
        next = page.value().nextCursor;
        query.cursor = next;
    } while (all && !next.isEmpty());
    output(parser).projects(collected, next);
    return ExitOk;
}

int ProjectsCommand::show(QCommandLineParser &parser, const QString &key)
{
    shared::ProjectsApi projects(m_context.api());
    const auto result = await<Project>([&](QObject *context, auto done) { projects.get(key, context, done); });
    if (!result.ok())
        return m_context.fail(result.error());
    output(parser).project(result.value());
    return ExitOk;
}

int ProjectsCommand::create(QCommandLineParser &parser)
{
    const auto fields = fieldsFrom(parser);
    if (!fields)
        return ExitUsage;
    if (!fields->name || !fields->slug)
        return m_context.usage(tr("projects create needs --name and --slug"));
    shared::ProjectsApi projects(m_context.api());
    const auto result = await<Project>([&](QObject *context, auto done) { projects.create(*fields, context, done); });
    if (!result.ok())
        return m_context.fail(result.error());
    output(parser).project(result.value());
    return ExitOk;
}

int ProjectsCommand::update(QCommandLineParser &parser, const QString &key)
{
    const auto fields = fieldsFrom(parser);
    if (!fields)
        return ExitUsage;
    if (fields->isEmpty())
        return m_context.usage(
            tr("projects update needs at least one of --name, --slug, --description, --repository, --ci-config-path, "
               "--default-branch, --visibility"));
    shared::ProjectsApi projects(m_context.api());
    const auto result =
        await<Project>([&](QObject *context, auto done) { projects.update(key, *fields, context, done); });
    if (!result.ok())
        return m_context.fail(result.error());
    output(parser).project(result.value());
    return ExitOk;
}

int ProjectsCommand::remove(const QString &key)
{
    shared::ProjectsApi projects(m_context.api());
    const auto result = await<shared::Done>([&](QObject *context, auto done) { projects.remove(key, context, done); });
    if (!result.ok())
        return m_context.fail(result.error());
    m_context.out() << tr("Deleted project %1.").arg(key) << Qt::endl;
    return ExitOk;
}

} // namespace adp::cli
