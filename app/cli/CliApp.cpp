#include "CliApp.h"

#include "AiAnswersCommand.h"
#include "AiCommand.h"
#include "AiProvidersCommand.h"
#include "AuditCommand.h"
#include "AuditStreamsCommand.h"
#include "AuthCommands.h"
#include "BudgetsCommand.h"
#include "CliContext.h"
#include "ClustersCommand.h"
#include "ComplianceCommand.h"
#include "CostsCommand.h"
#include "EnvironmentsCommand.h"
#include "FreezeWindowsCommand.h"
#include "KubernetesCommand.h"
#include "LintCommand.h"
#include "MembershipCommands.h"
#include "NotificationsCommand.h"
#include "PipelinesCommand.h"
#include "PricesCommand.h"
#include "ProjectsCommand.h"
#include "ProtectedRefsCommand.h"
#include "SchedulesCommand.h"
#include "TokensCommand.h"
#include "VariablesCommand.h"
#include "shared/core/Version.h"

namespace adp::cli {

QString CliApp::helpText()
{
    return tr(
        "Usage: adp COMMAND [options]\n\n"
        "Commands:\n"
        "  login --server URL --username NAME --password-stdin   sign in and keep the session\n"
        "  login --server URL --token-stdin                       use an API token (scripts, CI)\n"
        "  login --server URL --provider NAME [--no-browser]      sign in through GitHub, GitLab or OpenID Connect\n"
        "  logout                                                 sign out and forget the session\n"
        "  whoami [--output json]                                 who the saved session belongs to\n"
        "  projects list [--search TEXT] [--sort KEY] [--limit N] [--cursor C] [--all]\n"
        "  projects show ID|SLUG\n"
        "  projects create --name NAME --slug SLUG [--description TEXT] [--repository URL]\n"
        "                  [--default-branch BRANCH] [--ci-config-path PATH] [--visibility private|internal|public]\n"
        "                  [--organisation ORG]\n"
        "  projects update ID|SLUG [the same options as create]\n"
        "  projects delete ID|SLUG\n"
        "  audit list [--actor NAME] [--action A|PREFIX.] [--target TYPE[:ID]] [--since T] [--until T] [--all]\n"
        "  audit verify                                           check the hash chain (exit 1 when broken)\n"
        "  audit export --file F [--format csv|jsonl] [--bom] [filters]   a signed export, checked on arrival\n"
        "  audit report --pdf F [--language en|zh_CN] [filters]   a signed PDF report (at most 100,000 events)\n"
        "  audit verify-export F [--public-key KEY]               offline: which events were changed or removed\n"
        "  audit streams list | create --name N --url-stdin [--action A] [--outcome O] | show|update|delete ID\n"
        "                                                         send new events to a SIEM as they are sealed\n"
        "  compliance report [--since T] [--until T] [--stale-days N] [--rotation-days N] [--sign-in-threshold N]\n"
        "                                                         every compliance check now (exit 1 when one fails)\n"
        "  compliance schedules list | create --name N --frequency weekly|monthly --rule ID [limits] | show|update|\n"
        "                       delete|run ID                      reports sent through a notification rule\n"
        "  tokens list | create --name N [--scope api|read_api] [--expires-in DAYS] | revoke ID\n"
        "  tokens --project S list | create --name N --role ROLE [...] | revoke ID   a project's tokens\n"
        "  orgs list | show ORG | create --name N --slug S [--description D] | update ORG [...] | delete ORG\n"
        "  teams --org ORG list | show TEAM | create --name N --slug S | update TEAM [...] | delete TEAM\n"
        "  teams --org ORG add-member TEAM --user U | remove-member TEAM --user U\n"
        "  members list|add|remove --project S|--org O [--user U | --team T] [--role ROLE]\n"
        "          project roles: viewer, reporter, developer, maintainer; organisation: member, admin, owner\n"
        "  invitations --org O list | create --email E [--role ROLE] | revoke ID\n"
        "  invitations accept CODE                                join the organisation a code invites you to\n"
        "  lint [FILE]                                            check a .gitlab-ci.yml here (no server needed)\n"
        "  ai explain JOB | explain --log FILE                    why a job failed, from the built-in analyzers\n"
        "                                                         (--log: a saved log, offline)\n"
        "  ai scan PATH... [--allow FILE]                         secrets, and risky settings in .gitlab-ci.yml,\n"
        "                                                         Dockerfiles and Kubernetes manifests (offline)\n"
        "  ai advice --project S                                  slow, uncached, waiting, flaky and failing jobs,\n"
        "                                                         from the project's own pipelines\n"
        "  ai ask JOB [--provider ID]                             the organisation's model explains a failed job,\n"
        "                                                         streamed, after the analyzers' verdict\n"
        "  ai review --project S --from A --to B [--provider ID]  what the security rules find in the lines a change\n"
        "                                                         added, then the model's review by file and line\n"
        "  ai risk --project S IID [--provider ID]                is this deployment risky? the rules' level and reasons,\n"
        "                                                         then the model's opinion\n"
        "  ai savings --project S [--provider ID]                 how could it spend less? the rules' savings, then\n"
        "                                                         the model's plan\n"
        "  ai answers --project S | rate ID up|down|none [--comment C] | stop ID\n"
        "                                                         the models' answers: what they cost, thumbs\n"
        "  ai providers --org O list | create --name N --base-url U --model M [--api-key-stdin] | update ID | delete ID\n"
        "                                                         the models an organisation lets its projects ask\n"
        "  costs --org O summary|breakdown --from D --to D [--by B] [--interval day|week|month|none] [--where D=V]\n"
        "                                                         what the organisation's cloud bills come to\n"
        "  costs --org O export --from D --to D --file F [--format csv|focus]   daily sums, or every line as FOCUS\n"
        "  costs --org O lines --from D --to D [--where D=V] [--limit N]   what it is made of: bill lines, job runs,\n"
        "                                                         cluster workloads, storage, the costliest first\n"
        "  costs --org O forecast --month YYYY-MM [--where D=V]   where the month's spend is heading, and how we know\n"
        "  costs --org O savings [--project S] [--idle-days N] [--stale-days N]\n"
        "                                                         ways to spend less, each with its monthly saving\n"
        "  costs --org O allocation [--window W] [--aggregate A] [--share-namespaces N] [--share-split weighted|even]\n"
        "        [--share-idle] [--no-idle]                       what connected clusters' workloads cost (OpenCost)\n"
        "  costs delta --project S IID [--days N]                 what a deployment changed: its environment's daily\n"
        "                                                         cost before and after it\n"
        "  costs --org O import FILE | imports | delete-import ID     FOCUS bills (CSV, up to 256 MiB)\n"
        "  costs --org O rules | add-rule --match M --pattern P [--project S] [--environment E] [--team T]\n"
        "        | update-rule ID | delete-rule ID                 how costs are attributed\n"
        "  prices --org O list | set --meter M --price P --currency C --from D | delete ID   the price list for job\n"
        "        time by executor, pod reservations and storage (the past is never repriced)\n"
        "  budgets --org O list | show ID | create --name N --amount A --currency C [--scope S --target T]\n"
        "        [--period monthly|custom --start D --end D] [--thresholds 50,80,100] [--forecast] [--rule ID]\n"
        "        | update ID [...] | delete ID                  what may be spent, where it stands, alerts\n"
        "  pipelines run --project S --ref R [-v KEY=VALUE]...   make a pipeline from the ref's .gitlab-ci.yml\n"
        "  pipelines list --project S [--status S] [--limit N] | show ID | cancel ID | retry ID\n"
        "  jobs play ID | retry ID | log ID [--follow] | artifacts ID [--path FILE]\n"
        "                                                         a job: run it, again, read its log, fetch its "
        "artifacts\n"
        "  variables --project S list | set KEY (--value V | --value-stdin) [--masked] [--protected] [--file]\n"
        "            [--scope ENV] | delete KEY [--scope ENV]     CI/CD variables, per environment scope\n"
        "  protected-refs --project S list | add NAME [--tag] | remove NAME [--tag]   protected branches and tags\n"
        "  schedules --project S list | create --description D --cron C [--timezone Z] --ref R [-v K=V]... "
        "[--inactive]\n"
        "  schedules show ID | update ID [options, --active] | delete ID | run ID\n"
        "  schedules next --cron C [--timezone Z] [--count N]     when an expression fires (no server needed)\n"
        "  notifications --project S list | create --name N --channel C --when W [--branch G]... [--url-stdin]\n"
        "                [--secret-stdin] [--smtp-host H --from A --to A,B [--smtp-username U --password-stdin]]\n"
        "  notifications show ID | update ID [options] | delete ID | deliveries ID   rules that post when pipelines "
        "end\n"
        "  environments --project S list | show NAME | stop NAME | unpin NAME   where the project deploys, what runs "
        "there now\n"
        "  environments --project S rules | settings | protect NAME [--action deploy|approve (--role R | --user U |\n"
        "               --team T) [--approvals N]] [--hard-freeze on|off] [--self-approval on|off] | unprotect NAME\n"
        "                                                         who may deploy to and approve for an environment\n"
        "  deployments --project S list [--environment E] [--status S] [--limit N] [--cursor C] | show IID\n"
        "  deployments --project S approve IID | reject IID [--comment C]\n"
        "  deployments --project S rollback IID                   redeploy a successful deployment and pin its "
        "environment\n"
        "  deployments --project S override-freeze IID            let a deployment a hard freeze holds go on now\n"
        "  deployments --project S compare IID [--from IID]       the commits and files between two deployments\n"
        "  freeze-windows --project S list | create --start CRON --end CRON [--timezone Z] | delete ID\n"
        "                                                         deploy freeze windows (CI_DEPLOY_FREEZE)\n"
        "  clusters --project S list | add --name N --kubeconfig FILE|- [--context C] | remove ID\n"
        "                                                         Kubernetes clusters (the kubeconfig kept sealed)\n"
        "  clusters --project S test ID | test --kubeconfig FILE|- [--context C]\n"
        "                                                         what the cluster's API answers and may be asked\n"
        "  kubernetes --project S targets | target ENV --cluster ID --manifests PATH [--namespace N]\n"
        "             [--auto-rollback on|off] [--force-conflicts on|off] | untarget ENV | rollouts ENV [--limit N]\n"
        "             [--service-account SA] | drift ENV\n"
        "                                                         environments that deploy to Kubernetes, their rollouts\n\n"
        "Options for every command: --output table|json, --server URL\n"
        "Environment: ADP_SERVER and ADP_TOKEN override the saved session.\n"
        "Exit codes: 0 success, 1 error, 2 bad usage.\n");
}

int CliApp::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == u"--help" || command == u"-h" || command == u"help") {
        (command.isEmpty() ? err : out) << helpText();
        return command.isEmpty() ? ExitUsage : ExitOk;
    }
    if (command == u"--version" || command == u"version") {
        out << QStringLiteral("adp %1\n").arg(QString::fromLatin1(shared::kVersion));
        return ExitOk;
    }

    CliContext context(out, err);
    // Sub-parsers see "adp <rest>", so option errors name the right words.
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0));
    if (command == u"login")
        return AuthCommands(context).login(rest);
    if (command == u"logout")
        return AuthCommands(context).logout(rest);
    if (command == u"whoami")
        return AuthCommands(context).whoami(rest);
    if (command == u"projects")
        return ProjectsCommand(context).run(rest);
    if (command == u"audit" && arguments.value(2) == u"streams")
        return AuditStreamsCommand(context).run(QStringList{arguments.value(0)} + arguments.mid(3));
    if (command == u"audit")
        return AuditCommand(context).run(rest);
    if (command == u"compliance" && arguments.value(2) == u"schedules")
        return ComplianceSchedulesCommand(context).run(QStringList{arguments.value(0)} + arguments.mid(3));
    if (command == u"compliance")
        return ComplianceCommand(context).run(rest);
    if (command == u"tokens")
        return TokensCommand(context).run(rest);
    if (command == u"ai" && arguments.value(2) == u"providers")
        return AiProvidersCommand(context).run(QStringList{arguments.value(0)} + arguments.mid(3));
    if (command == u"ai" &&
        QStringList{QStringLiteral("ask"), QStringLiteral("review"), QStringLiteral("risk"), QStringLiteral("savings"),
                    QStringLiteral("answers"), QStringLiteral("rate"), QStringLiteral("stop")}
            .contains(arguments.value(2)))
        return AiAnswersCommand(context).run(rest);
    if (command == u"ai")
        return AiCommand(context).run(rest);
    if (command == u"costs")
        return CostsCommand(context).run(rest);
    if (command == u"prices")
        return PricesCommand(context).run(rest);
    if (command == u"budgets")
        return BudgetsCommand(context).run(rest);
    if (command == u"orgs")
        return OrgsCommand(context).run(rest);
    if (command == u"teams")
        return TeamsCommand(context).run(rest);
    if (command == u"members")
        return MembersCommand(context).run(rest);
    if (command == u"invitations")
        return InvitationsCommand(context).run(rest);
    if (command == u"lint")
        return LintCommand(context).run(rest);
    if (command == u"pipelines")
        return PipelinesCommand(context).run(rest);
    if (command == u"jobs")
        return JobsCommand(context).run(rest);
    if (command == u"variables")
        return VariablesCommand(context).run(rest);
    if (command == u"protected-refs")
        return ProtectedRefsCommand(context).run(rest);
    if (command == u"schedules")
        return SchedulesCommand(context).run(rest);
    if (command == u"notifications")
        return NotificationsCommand(context).run(rest);
    if (command == u"environments")
        return EnvironmentsCommand(context).runEnvironments(rest);
    if (command == u"deployments")
        return EnvironmentsCommand(context).runDeployments(rest);
    if (command == u"freeze-windows")
        return FreezeWindowsCommand(context).run(rest);
    if (command == u"clusters")
        return ClustersCommand(context).run(rest);
    if (command == u"kubernetes")
        return KubernetesCommand(context).run(rest);
    return context.usage(tr("unknown command '%1'").arg(command));
}

} // namespace adp::cli
