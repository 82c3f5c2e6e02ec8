#include "MembershipCommands.h"

#include "Print.h"
#include "SyncCall.h"
#include "shared/client/InvitationsApi.h"
#include "shared/client/MembersApi.h"
#include "shared/client/OrganisationsApi.h"

namespace adp::cli {

using shared::ApiResult;
using shared::Done;
using shared::GroupFields;
using shared::Invitation;
using shared::Member;
using shared::Organisation;
using shared::Team;

namespace {
void addGroupOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("name"), QCoreApplication::translate("OrgsCommand", "Display name"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("slug"),
                      QCoreApplication::translate("OrgsCommand", "URL name: lowercase letters, digits, '-', '_'"),
                      QStringLiteral("slug")});
    parser.addOption({QStringLiteral("description"), QCoreApplication::translate("OrgsCommand", "Free text"),
                      QStringLiteral("text")});
}

GroupFields groupFieldsFrom(const QCommandLineParser &parser)
{
    const auto value = [&parser](const char *flag) { return CliContext::optionalValue(parser, flag); };
    return {value("name"), value("slug"), value("description")};
}

QString date(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
}
} // namespace

int OrgsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    addGroupOptions(parser);
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool needsKey = action == u"show" || action == u"update" || action == u"delete";
    if (!((action == u"list" || action == u"create") && positional.size() == 1) &&
        !(needsKey && positional.size() == 2))
        return m_context.usage(
            tr("orgs needs one of: list, show ORG, create --name N --slug S, update ORG, delete ORG"));
    if (action == u"create" && (!parser.isSet(QStringLiteral("name")) || !parser.isSet(QStringLiteral("slug"))))
        return m_context.usage(tr("orgs create needs --name and --slug"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;

    shared::OrganisationsApi api(m_context.api());
    const QString key = positional.value(1);
    const auto describe = [](const Organisation &organisation) {
        return tr("%1 (%2), your role: %3")
            .arg(organisation.name, organisation.slug, shared::organisationRoleToString(organisation.myRole));
    };
    if (action == u"list") {
        const auto result = await<QList<Organisation>>([&](QObject *c, auto done) { api.list(c, done); });
        return printItems<Organisation>(
            m_context, parser, result, {tr("SLUG"), tr("NAME"), tr("MY ROLE"), tr("CREATED")},
            [](const Organisation &o) {
                return QStringList{o.slug, o.name, shared::organisationRoleToString(o.myRole), date(o.createdAt)};
            });
    }
    if (action == u"show")
        return printOne<Organisation>(
            m_context, parser, await<Organisation>([&](QObject *c, auto done) { api.get(key, c, done); }), describe);
    if (action == u"create")
        return printOne<Organisation>(
            m_context, parser,
            await<Organisation>([&](QObject *c, auto done) { api.create(groupFieldsFrom(parser), c, done); }),
            [](const Organisation &o) { return tr("Created organisation %1; you are its owner.").arg(o.slug); });
    if (action == u"update")
        return printOne<Organisation>(m_context, parser, await<Organisation>([&](QObject *c, auto done) {
                                          api.update(key, groupFieldsFrom(parser), c, done);
                                      }),
                                      describe);
    return printDone(m_context, parser, await<Done>([&](QObject *c, auto done) { api.remove(key, c, done); }),
                     tr("Deleted organisation %1.").arg(key));
}

int TeamsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    addGroupOptions(parser);
    parser.addOption({QStringLiteral("org"), tr("The organisation the team belongs to"), QStringLiteral("slug")});
    parser.addOption(
        {QStringLiteral("user"), tr("add-member, remove-member: the account"), QStringLiteral("username")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString organisation = parser.value(QStringLiteral("org"));
    const QString team = positional.value(1);
    static const QStringList withTeam{QStringLiteral("show"), QStringLiteral("update"), QStringLiteral("delete"),
                                      QStringLiteral("add-member"), QStringLiteral("remove-member")};
    const bool shapeOk = ((action == u"list" || action == u"create") && positional.size() == 1) ||
                         (withTeam.contains(action) && positional.size() == 2);
    if (!shapeOk || organisation.isEmpty())
        return m_context.usage(
            tr("teams needs --org ORG and one of: list, show TEAM, create --name N --slug S, update TEAM, "
               "delete TEAM, add-member TEAM --user U, remove-member TEAM --user U"));
    if (action == u"create" && (!parser.isSet(QStringLiteral("name")) || !parser.isSet(QStringLiteral("slug"))))
        return m_context.usage(tr("teams create needs --name and --slug"));
    const QString user = parser.value(QStringLiteral("user"));
    if ((action == u"add-member" || action == u"remove-member") && user.isEmpty())
        return m_context.usage(tr("teams %1 needs --user").arg(action));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;

    shared::OrganisationsApi api(m_context.api());
    if (action == u"list") {
        const auto result = await<QList<Team>>([&](QObject *c, auto done) { api.teams(organisation, c, done); });
        return printItems<Team>(
            m_context, parser, result, {tr("SLUG"), tr("NAME"), tr("MEMBERS"), tr("CREATED")}, [](const Team &t) {
                return QStringList{t.slug, t.name, QString::number(t.memberCount), date(t.createdAt)};
            });
    }
    if (action == u"show") {
        const auto result =
            await<QList<Member>>([&](QObject *c, auto done) { api.teamMembers(organisation, team, c, done); });
        return printItems<Member>(m_context, parser, result, {tr("MEMBER"), tr("SINCE")}, [](const Member &m) {
            return QStringList{m.name, date(m.since)};
        });
    }
    const auto teamSentence = [](const QString &text) { return [text](const Team &t) { return text.arg(t.slug); }; };
    if (action == u"create")
        return printOne<Team>(m_context, parser, await<Team>([&](QObject *c, auto done) {
                                  api.createTeam(organisation, groupFieldsFrom(parser), c, done);
                              }),
                              teamSentence(tr("Created team %1.")));
    if (action == u"update")
        return printOne<Team>(m_context, parser, await<Team>([&](QObject *c, auto done) {
                                  api.updateTeam(organisation, team, groupFieldsFrom(parser), c, done);
                              }),
                              teamSentence(tr("Updated team %1.")));
    if (action == u"delete")
        return printDone(m_context, parser,
                         await<Done>([&](QObject *c, auto done) { api.removeTeam(organisation, team, c, done); }),
                         tr("Deleted team %1.").arg(team));
    if (action == u"add-member")
        return printOne<Member>(m_context, parser, await<Member>([&](QObject *c, auto done) {
                                    api.addTeamMember(organisation, team, user, c, done);
                                }),
                                [&](const Member &m) { return tr("%1 is in team %2.").arg(m.name, team); });
    return printDone(m_context, parser, await<Done>([&](QObject *c, auto done) {
                         api.removeTeamMember(organisation, team, user, c, done);
                     }),
                     tr("%1 left team %2.").arg(user, team));
}

int MembersCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("project"), tr("The project (ID or slug)"), QStringLiteral("project")});
    parser.addOption({QStringLiteral("org"), tr("The organisation, instead of a project"), QStringLiteral("slug")});
    parser.addOption({QStringLiteral("user"), tr("add, remove: the account"), QStringLiteral("username")});
    parser.addOption(
        {QStringLiteral("team"), tr("add, remove: a team of the project's organisation"), QStringLiteral("slug")});
    parser.addOption(
        {QStringLiteral("role"),
         tr("add: viewer, reporter, developer (default) or maintainer; in an organisation member (default), admin or owner"),
         QStringLiteral("role")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool forProject = parser.isSet(QStringLiteral("project"));
    const bool forOrganisation = parser.isSet(QStringLiteral("org"));
    if (positional.size() != 1 || (action != u"list" && action != u"add" && action != u"remove") ||
        forProject == forOrganisation)
        return m_context.usage(tr("members needs list, add or remove, and exactly one of --project S or --org O"));
    const int named = int(parser.isSet(QStringLiteral("user"))) + int(parser.isSet(QStringLiteral("team")));
    if (action != u"list" && named != 1)
        return m_context.usage(tr("members %1 needs exactly one of --user U or --team T").arg(action));
    if (forOrganisation && parser.isSet(QStringLiteral("team")))
        return m_context.usage(tr("an organisation's members are users; teams are managed with adp teams"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;
    return forProject ? runForProject(parser, action) : runForOrganisation(parser, action);
}

int MembersCommand::runForProject(const QCommandLineParser &parser, const QString &action)
{
    shared::MembersApi api(m_context.api());
    const QString project = parser.value(QStringLiteral("project"));
    if (action == u"list") {
        const auto result = await<QList<Member>>([&](QObject *c, auto done) { api.list(project, c, done); });
        return printItems<
            Member>(m_context, parser, result, {tr("KIND"), tr("NAME"), tr("ROLE"), tr("SINCE")}, [](const Member &m) {
            return QStringList{m.kind == Member::Kind::User ? tr("user") : tr("team"), m.name, m.role, date(m.since)};
        });
    }
    const bool isUser = parser.isSet(QStringLiteral("user"));
    const Member::Kind kind = isUser ? Member::Kind::User : Member::Kind::Team;
    const QString name = parser.value(isUser ? QStringLiteral("user") : QStringLiteral("team"));
    if (action == u"add") {
        const QString role =
            parser.isSet(QStringLiteral("role")) ? parser.value(QStringLiteral("role")) : QStringLiteral("developer");
        return printOne<Member>(m_context, parser, await<Member>([&](QObject *c, auto done) {
                                    api.set(project, kind, name, role, c, done);
                                }),
                                [&](const Member &m) { return tr("%1 is %2 of %3.").arg(m.name, m.role, project); });
    }
    return printDone(m_context, parser,
                     await<Done>([&](QObject *c, auto done) { api.remove(project, kind, name, c, done); }),
                     tr("%1 is no longer a member of %2.").arg(name, project));
}

int MembersCommand::runForOrganisation(const QCommandLineParser &parser, const QString &action)
{
    shared::OrganisationsApi api(m_context.api());
    const QString organisation = parser.value(QStringLiteral("org"));
    if (action == u"list") {
        const auto result = await<QList<Member>>([&](QObject *c, auto done) { api.members(organisation, c, done); });
        return printItems<Member>(m_context, parser, result, {tr("NAME"), tr("ROLE"), tr("SINCE")},
                                  [](const Member &m) {
                                      return QStringList{m.name, m.role, date(m.since)};
                                  });
    }
    const QString user = parser.value(QStringLiteral("user"));
    if (action == u"add") {
        const QString role =
            parser.isSet(QStringLiteral("role")) ? parser.value(QStringLiteral("role")) : QStringLiteral("member");
        return printOne<Member>(
            m_context, parser,
            await<Member>([&](QObject *c, auto done) { api.setMember(organisation, user, role, c, done); }),
            [&](const Member &m) { return tr("%1 is %2 of %3.").arg(m.name, m.role, organisation); });
    }
    return printDone(m_context, parser,
                     await<Done>([&](QObject *c, auto done) { api.removeMember(organisation, user, c, done); }),
                     tr("%1 is no longer a member of %2.").arg(user, organisation));
}

int InvitationsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addOption({QStringLiteral("org"), tr("The organisation to invite to"), QStringLiteral("slug")});
    parser.addOption({QStringLiteral("email"), tr("create: the address to invite"), QStringLiteral("email")});
    parser.addOption({QStringLiteral("role"), tr("create: member (default), admin or owner"), QStringLiteral("role")});
    if (const auto bad = m_context.parse(parser, arguments))
        return *bad;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString organisation = parser.value(QStringLiteral("org"));
    const bool shapeOk =
        (action == u"accept" && positional.size() == 2 && organisation.isEmpty()) ||
        (!organisation.isEmpty() && (((action == u"list" || action == u"create") && positional.size() == 1) ||
                                     (action == u"revoke" && positional.size() == 2)));
    if (!shapeOk)
        return m_context.usage(tr("invitations needs --org ORG with list, create --email E [--role R] or revoke ID; "
                                  "or accept CODE"));
    if (action == u"create" && !parser.isSet(QStringLiteral("email")))
        return m_context.usage(tr("invitations create needs --email"));
    bool numeric = true;
    const qint64 id = action == u"revoke" ? positional.at(1).toLongLong(&numeric) : 0;
    if (!numeric)
        return m_context.usage(tr("invitations revoke needs a numeric ID (see adp invitations --org ORG list)"));
    if (!m_context.useSavedSession(parser.value(QStringLiteral("server"))))
        return ExitError;

    shared::InvitationsApi api(m_context.api());
    if (action == u"accept")
        return printOne<Organisation>(
            m_context, parser,
            await<Organisation>([&](QObject *c, auto done) { api.accept(positional.at(1), c, done); }),
            [](const Organisation &o) {
                return tr("You joined %1 as %2.").arg(o.slug, shared::organisationRoleToString(o.myRole));
            });
    if (action == u"list") {
        const auto result = await<QList<Invitation>>([&](QObject *c, auto done) { api.list(organisation, c, done); });
        return printItems<Invitation>(
            m_context, parser, result, {tr("ID"), tr("EMAIL"), tr("ROLE"), tr("INVITED BY"), tr("EXPIRES")},
            [](const Invitation &i) {
                return QStringList{QString::number(i.id), i.email, i.role, i.invitedBy, date(i.expiresAt)};
            });
    }
    if (action == u"create") {
        const shared::InvitationRequest request{parser.value(QStringLiteral("email")),
                                                CliContext::optionalValue(parser, "role")};
        return printOne<shared::CreatedInvitation>(
            m_context, parser, await<shared::CreatedInvitation>([&](QObject *c, auto done) {
                api.create(organisation, request, c, done);
            }),
            [](const shared::CreatedInvitation &created) {
                return tr("Invited %1 to %2 as %3 until %4. Pass on this code, shown only now; they accept it with "
                          "adp invitations accept CODE (or in the desktop app):\n%5")
                    .arg(created.invitation.email, created.invitation.organisation, created.invitation.role,
                         date(created.invitation.expiresAt), created.code);
            });
    }
    return printDone(m_context, parser,
                     await<Done>([&](QObject *c, auto done) { api.revoke(organisation, id, c, done); }),
                     tr("Revoked invitation %1.").arg(id));
}

} // namespace adp::cli
