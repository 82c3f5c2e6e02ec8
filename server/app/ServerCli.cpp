#include "ServerCli.h"

#include "Bootstrap.h"
#include "Logging.h"
#include "SecretsRotation.h"
#include "ServerApp.h"
#include "SignalWatcher.h"
#include "audit/AuditArchiver.h"
#include "audit/AuditRecorder.h"
#include "audit/AuditService.h"
#include "auth/AuthService.h"
#include "auth/OAuthProviderService.h"
#include "costs/CostImports.h"
#include "shared/core/ApiTime.h"
#include "shared/core/Version.h"
#include "shared/costs/Money.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>
#include <spdlog/spdlog.h>

namespace adp::server {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

struct FlagSpec
{
    const char *key;
    const char *flag;
    const char *help;
    const char *valueName;
};

const FlagSpec kFlags[] = {
    {"listen", "listen", "Where to listen, HOST:PORT (port 0 picks a free one).", "host:port"},
    {"data_dir", "data-dir", "Directory for the SQLite database and files.", "dir"},
    {"database", "database", "postgres://... for a team host; default SQLite in the data dir.", "url"},
    {"redis", "redis", "redis://host:port for a team host; default in-process.", "url"},
    {"log_format", "log-format", "text or json.", "format"},
    {"log_level", "log-level", "trace, debug, info, warn or error.", "level"},
    {"http_threads", "http-threads", "HTTP threads (default: one per core, at least 2).", "n"},
    {"workers", "workers", "Jobs this process runs at once with the shell executor (default 2; 0 for none).", "n"},
    {"role", "role",
     "all (default), api (no job workers) or worker (job workers only, with a team server's database and Redis).",
     "role"},
    {"worker_tags", "worker-tags",
     "Comma-separated tags of this process's workers: they take jobs whose tags are all among them.", "tags"},
    {"kubernetes_executor", "kubernetes-executor",
     "A JSON file: this process's workers run every job as a pod on that cluster ({\"kubeconfig\": FILE or "
     "\"in-cluster\", \"namespace\", \"image\", ... as a project's Kubernetes executor).",
     "file"},
    {"project_concurrency", "project-concurrency",
     "Jobs of one project running at once at most, over all workers (default 0: no limit).", "n"},
    {"poll_interval", "poll-interval",
     "Seconds between looks at local repositories (paths, file://) for new commits (default 10; 0: never).", "seconds"},
    {"job_lease", "job-lease", "Seconds after which a running job whose worker went silent is recovered (default 30).",
     "seconds"},
    {"max_log_mib", "max-log-mib", "A job's log is cut beyond this many MiB (default 16).", "mib"},
    {"sandbox", "sandbox",
     "How jobs are kept from this server's files: auto (default: bubblewrap where it runs, else as root a user per "
     "project), bubblewrap, user, or unsafe-none (jobs run as the server's user with its data in reach; refused "
     "with more than one user).",
     "kind"},
    {"repository_roots", "repository-roots",
     "Comma-separated directories under which local repositories (paths, file://) may be used; never the data dir.",
     "dirs"},
    {"max_pipeline_jobs", "max-pipeline-jobs", "A pipeline with more jobs than this is refused (default 1000).", "n"},
    {"http_max_connections_per_address", "http-max-connections-per-address",
     "Open connections one client address may hold (default 256).", "n"},
    {"http_header_timeout", "http-header-timeout", "Seconds a request's headers may take to arrive (default 10).",
     "seconds"},
    {"http_idle_timeout", "http-idle-timeout", "Seconds an idle connection is kept open (default 60).", "seconds"},
    {"max_artifact_mib", "max-artifact-mib",
     "A job whose artifacts archive is larger than this many MiB fails (default 100).", "mib"},
    {"session_ttl", "session-ttl", "Idle seconds after which a session ends (each use extends it).", "seconds"},
    {"session_max", "session-max", "Seconds after sign-in when a session ends however active.", "seconds"},
    {"database_pool", "database-pool", "PostgreSQL connections per process.", "n"},
    {"audit_key_file", "audit-key-file", "Key of the audit hash chain (default: audit.key in the data dir).", "file"},
    {"audit_signing_key_file", "audit-signing-key-file",
     "Ed25519 key that signs audit exports (default: audit-signing.key in the data dir).", "file"},
    {"audit_retention_days", "audit-retention-days",
     "Archive audit events older than this many days to signed files, then remove them (default 0: never).", "days"},
    {"audit_archive_dir", "audit-archive-dir",
     "Where archived audit events go (default: audit-archives in the data dir).", "dir"},
    {"secrets_key_file", "secrets-key-file", "Key sealing stored secrets (default: secrets.key in the data dir).",
     "file"},
    {"public_url", "public-url", "How browsers reach this server, for sign-in redirects (default: the listen address).",
     "url"},
};

std::optional<ServerConfig> loadConfig(const QCommandLineParser &parser)
{
    QString error;
    ServerConfig::Values file;
    QString configPath = parser.value(QStringLiteral("config"));
    if (configPath.isEmpty())
        configPath = qEnvironmentVariable("ADP_CONFIG");
    if (!configPath.isEmpty()) {
        const auto values = ServerConfig::readFile(configPath, &error);
        if (!values) {
            err() << error << Qt::endl;
            return std::nullopt;
        }
        file = *values;
    }
    ServerConfig::Values flags;
    for (const FlagSpec &spec : kFlags) {
        if (parser.isSet(QString::fromLatin1(spec.flag)))
            flags.insert(QString::fromLatin1(spec.key), parser.value(QString::fromLatin1(spec.flag)));
    }
    auto config = ServerConfig::resolve(file, ServerConfig::readEnvironment(), flags, &error);
    if (!config) {
        err() << QStringLiteral("adp-server: ") << error << Qt::endl;
        return std::nullopt;
    }
    config->seedDemo = parser.isSet(QStringLiteral("demo"));
    return config;
}

// Opens storage for a one-off command; null (after saying why) when it cannot.
std::unique_ptr<ServerApp> openForCommand(const ServerConfig &config)
{
    auto app = std::make_unique<ServerApp>(config);
    QString error;
    if (!app->open(&error)) {
        err() << QStringLiteral("adp-server: ") << error << Qt::endl;
        return nullptr;
    }
    return app;
}

// --role worker: job workers only, for as long as the process runs.
int serveWorkers(const ServerConfig &config)
{
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, []() { QCoreApplication::quit(); });
    if (config.redisUrl.isEmpty() || !config.effectiveDatabaseUrl().startsWith(QStringLiteral("postgres"))) {
        err() << QStringLiteral("adp-server: --role worker needs a team server's PostgreSQL database and Redis "
                                "(--database, --redis)")
              << Qt::endl;
        return kExitFailure;
    }
    if (config.workers == 0) {
        err() << QStringLiteral("adp-server: --role worker needs at least one worker (--workers)") << Qt::endl;
        return kExitFailure;
    }
    ServerApp app(config);
    QString error;
    if (!app.open(&error)) {
        spdlog::critical("cannot start: {}", error.toStdString());
        err() << QStringLiteral("adp-server: ") << error << Qt::endl;
        return kExitFailure;
    }
    app.startWorkers();
    out() << QStringLiteral("adp-server worker running %1 job worker(s)\n").arg(config.workers) << Qt::flush;
    const int code = QCoreApplication::exec();
    app.stopWorkers();
    return code;
}

int serve(ServerConfig config)
{
    if (config.role == u"worker")
        return serveWorkers(config);
    // Installed first: a SIGTERM during start-up still ends in a clean shutdown.
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, []() { QCoreApplication::quit(); });
    ServerApp app(config);
    QString error;
    if (!app.open(&error)) {
        spdlog::critical("cannot start: {}", error.toStdString());
        err() << QStringLiteral("adp-server: ") << error << Qt::endl;
        return kExitFailure;
    }
    Bootstrap bootstrap(app);
    if (const auto password = bootstrap.ensureFirstAdmin()) {
        // Printed to the terminal once, never to the log.
        out() << QStringLiteral("First start: created the administrator account.\n"
                                "  username: admin\n  password: %1\n"
                                "This password is shown only now. Keep it somewhere safe.\n")
                     .arg(*password)
              << Qt::flush;
    }
    if (config.seedDemo)
        bootstrap.seedDemoProject();
    if (!bootstrap.addConfiguredProviders(&error)) {
        spdlog::critical("cannot start: {}", error.toStdString());
        err() << QStringLiteral("adp-server: ") << error << Qt::endl;
        return kExitFailure;
    }
    const QString ownerToken = qEnvironmentVariable("ADP_OWNER_SESSION_TOKEN");
    if (!ownerToken.isEmpty()) {
        qunsetenv("ADP_OWNER_SESSION_TOKEN");
        if (!bootstrap.grantOwnerSession(ownerToken))
            spdlog::warn("ADP_OWNER_SESSION_TOKEN given but no administrator could be signed in");
    }
    if (!app.listen(&error)) {
        err() << QStringLiteral("adp-server: ") << error << Qt::endl;
        return kExitFailure;
    }
    // The desktop and scripts read this line to find the server.
    out() << QStringLiteral("adp-server listening on %1\n").arg(app.url().toString()) << Qt::flush;

    const int code = QCoreApplication::exec();
    app.shutdown();
    return code;
}

int migrate(const ServerConfig &config)
{
    try {
        auto database = storage::Database::open(config.effectiveDatabaseUrl(), 1);
        storage::Migrator migrator(*database);
        const int before = migrator.currentVersion();
        const int applied = migrator.migrate();
        out() << QStringLiteral("%1: schema version %2 -> %3 (%4 migration(s) applied)\n")
                     .arg(database->describe())
                     .arg(before)
                     .arg(migrator.currentVersion())
                     .arg(applied);
        return kExitOk;
    } catch (const storage::StorageError &error) {
        err() << QStringLiteral("adp-server migrate: ") << QString::fromStdString(error.what()) << Qt::endl;
        return kExitFailure;
    }
}

int addUser(const ServerConfig &config, const QCommandLineParser &parser)
{
    const QString username = parser.value(QStringLiteral("username"));
    if (username.isEmpty() || !parser.isSet(QStringLiteral("password-stdin"))) {
        err() << "usage: adp-server users add --username U --password-stdin [--admin]" << Qt::endl;
        return kExitUsage;
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    const auto app = openForCommand(config);
    if (!app)
        return kExitFailure;
    const auto context = MutationContext::system(QStringLiteral("adp-server users add"), QStringLiteral("cli"));
    const auto created = app->auth().createUser(username, password, parser.isSet(QStringLiteral("admin")), context,
                                                parser.value(QStringLiteral("email")));
    if (!created.ok()) {
        err() << QStringLiteral("adp-server users add: ") << created.error().message << Qt::endl;
        for (const auto &field : created.error().fields)
            err() << QStringLiteral("  %1: %2").arg(field.field, field.message) << Qt::endl;
        return kExitFailure;
    }
    out() << QStringLiteral("created user %1%2\n")
                 .arg(username, created.value().isAdmin ? QStringLiteral(" (admin)") : QString());
    return kExitOk;
}

int setRole(const ServerConfig &config, const QCommandLineParser &parser)
{
    const QString username = parser.value(QStringLiteral("username"));
    const auto flag = [&parser](const char *name) { return parser.isSet(QString::fromLatin1(name)); };
    const int chosen = int(flag("admin")) + int(flag("no-admin")) + int(flag("auditor")) + int(flag("no-auditor"));
    if (username.isEmpty() || chosen != 1) {
        err() << "usage: adp-server users set-role --username U --admin|--no-admin|--auditor|--no-auditor" << Qt::endl;
        return kExitUsage;
    }
    const auto app = openForCommand(config);
    if (!app)
        return kExitFailure;
    const auto context = MutationContext::system(QStringLiteral("adp-server users set-role"), QStringLiteral("cli"));
    const bool auditor = flag("auditor") || flag("no-auditor");
    const bool grant = flag("admin") || flag("auditor");
    const auto changed =
        auditor ? app->auth().setAuditor(context, username, grant) : app->auth().setAdmin(context, username, grant);
    if (!changed.ok()) {
        err() << QStringLiteral("adp-server users set-role: ") << changed.error().message << Qt::endl;
        return kExitFailure;
    }
    out() << QStringLiteral("%1 is %2 %3; %4 session(s) ended\n")
                 .arg(username, grant ? QStringLiteral("now an") : QStringLiteral("no longer an"),
                      auditor ? QStringLiteral("auditor") : QStringLiteral("administrator"))
                 .arg(changed.value());
    return kExitOk;
}

// Without the original key every event would look forged (and a new one would be made): an audit
// command refuses rather than mislead.
bool hasAuditKey(const ServerConfig &config, const QString &command)
{
    if (QFile::exists(config.effectiveAuditKeyFile()))
        return true;
    err() << QStringLiteral("adp-server %1: no audit key at %2 (set --audit-key-file)")
                 .arg(command, config.effectiveAuditKeyFile())
          << Qt::endl;
    return false;
}

int verifyAudit(const ServerConfig &config)
{
    if (!hasAuditKey(config, QStringLiteral("audit verify")))
        return kExitFailure;
    const auto app = openForCommand(config);
    if (!app)
        return kExitFailure;
    const auto context = MutationContext::system(QStringLiteral("adp-server audit verify"), QStringLiteral("cli"));
    const auto result = app->audit().verify(context);
    const shared::AuditVerification &report = result.value();
    if (report.intact) {
        out() << QStringLiteral("audit trail intact: %1 events, chain and head verified\n").arg(report.checked);
        if (report.unsealed > 0)
            out() << QStringLiteral("%1 newer events committed, not sealed yet (genuine by their entry MAC)\n")
                         .arg(report.unsealed);
        return kExitOk;
    }
    out() << QStringLiteral("audit trail BROKEN (%1 events checked)\n").arg(report.checked);
    for (const auto &finding : report.findings)
        out() << QStringLiteral("  %1 at event %2: %3\n").arg(finding.kind).arg(finding.seq).arg(finding.message);
    return kExitFailure;
}

int archiveAudit(const ServerConfig &config, const QCommandLineParser &parser)
{
    const QDateTime before = shared::fromApiTime(parser.value(QStringLiteral("before")));
    if (!before.isValid()) {
        err() << "usage: adp-server audit archive --before 2026-01-01T00:00:00Z" << Qt::endl;
        return kExitUsage;
    }
    if (!hasAuditKey(config, QStringLiteral("audit archive")))
        return kExitFailure;
    const auto app = openForCommand(config);
    if (!app)
        return kExitFailure;
    const auto context = MutationContext::system(QStringLiteral("adp-server audit archive"), QStringLiteral("cli"));
    const auto archived = app->auditArchiver().archiveBefore(context, before);
    if (archived.events == 0) {
        out() << QStringLiteral("nothing to archive: no sealed event before %1 that is not archived already\n")
                     .arg(shared::toApiTime(before));
        return kExitOk;
    }
    out() << QStringLiteral("archived events %1 to %2 (%3 events) to %4 and removed them; the chain verifies from "
                            "event %5\n")
                 .arg(archived.firstSeq)
                 .arg(archived.lastSeq)
                 .arg(archived.events)
                 .arg(archived.file)
                 .arg(archived.lastSeq + 1);
    return kExitOk;
}

int rotateSecretsKey(const ServerConfig &config, const QCommandLineParser &parser)
{
    bool numeric = false;
    const int settleSeconds = parser.value(QStringLiteral("settle-seconds")).toInt(&numeric);
    if (!numeric || settleSeconds < 0 || settleSeconds > 600) {
        err() << "usage: adp-server secrets rotate-key [--settle-seconds 0-600]" << Qt::endl;
        return kExitUsage;
    }
    const auto app = openForCommand(config);
    if (!app)
        return kExitFailure;
    const SecretsRotation::Report report =
        SecretsRotation::rotate(app->database(), config.effectiveSecretsKeyFile(), settleSeconds * 1000,
                                [](const QString &line) { out() << line << Qt::endl; });
    const auto context =
        MutationContext::system(QStringLiteral("adp-server secrets rotate-key"), QStringLiteral("cli"));
    storage::Transaction tx(app->database());
    app->auditRecorder().record(tx, context,
                                {QStringLiteral("secrets.key_rotated"),
                                 QStringLiteral("server"),
                                 QStringLiteral("secrets"),
                                 {},
                                 QJsonObject{{QStringLiteral("resealed"), report.resealed},
                                             {QStringLiteral("unreadable"), report.unreadable}}});
    tx.commit();
    out()
        << QStringLiteral("secrets key rotated: %1 secret(s) sealed again, the old key retired\n").arg(report.resealed);
    if (report.unreadable > 0)
        out() << QStringLiteral("%1 stored value(s) opened with no key of the ring (left as they were)\n")
                     .arg(report.unreadable);
    return kExitOk;
}

int manageProviders(const ServerConfig &config, const QString &action, const QCommandLineParser &parser)
{
    const auto app = openForCommand(config);
    if (!app)
        return kExitFailure;
    const auto context = MutationContext::system(QStringLiteral("adp-server providers"), QStringLiteral("cli"));
    if (action == u"list") {
        for (const auth::OAuthProvider &provider : app->providers().list())
            out() << QStringLiteral("%1\t%2\t%3\t%4\n")
                         .arg(provider.name, provider.type, provider.clientId, provider.issuer);
        return kExitOk;
    }
    const QString name = parser.value(QStringLiteral("name"));
    if (name.isEmpty()) {
        err() << "usage: adp-server providers add|remove --name N ..." << Qt::endl;
        return kExitUsage;
    }
    if (action == u"remove") {
        const auto removed = app->providers().remove(context, name);
        if (!removed.ok()) {
            err() << QStringLiteral("adp-server providers remove: ") << removed.error().message << Qt::endl;
            return kExitFailure;
        }
        out() << QStringLiteral("removed provider %1\n").arg(name);
        return kExitOk;
    }
    if (!parser.isSet(QStringLiteral("client-secret-stdin"))) {
        err() << "usage: adp-server providers add --name N --type github|gitlab|oidc --client-id ID "
                 "--client-secret-stdin [--issuer URL] [--link-by-email]"
              << Qt::endl;
        return kExitUsage;
    }
    QTextStream in(stdin);
    const auth::OAuthProviderService::Input input{name,
                                                  parser.value(QStringLiteral("type")),
                                                  parser.value(QStringLiteral("client-id")),
                                                  in.readLine().trimmed(),
                                                  parser.value(QStringLiteral("issuer")),
                                                  parser.isSet(QStringLiteral("link-by-email"))};
    const auto added = app->providers().add(context, input);
    if (!added.ok()) {
        err() << QStringLiteral("adp-server providers add: ") << added.error().message << Qt::endl;
        for (const auto &field : added.error().fields)
            err() << QStringLiteral("  %1: %2").arg(field.field, field.message) << Qt::endl;
        return kExitFailure;
    }
    out() << QStringLiteral("added provider %1 (%2)\n").arg(name, input.type);
    return kExitOk;
}

// A bill of any size, read from disk in pieces: the upload route takes up to 256 MiB in memory.
int importFocus(const ServerConfig &config, const QString &path, const QCommandLineParser &parser)
{
    const QString organisation = parser.value(QStringLiteral("organisation"));
    if (organisation.isEmpty()) {
        err() << "usage: adp-server costs import-focus FILE --organisation ORG" << Qt::endl;
        return kExitUsage;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << QStringLiteral("adp-server costs import-focus: cannot read %1: %2").arg(path, file.errorString())
              << Qt::endl;
        return kExitFailure;
    }
    const auto app = openForCommand(config);
    if (!app)
        return kExitFailure;
    const auto context =
        MutationContext::system(QStringLiteral("adp-server costs import-focus"), QStringLiteral("cli"));
    const auto imported = app->costImports().importFocus(context, organisation, file, QFileInfo(path).fileName());
    if (!imported.ok()) {
        err() << QStringLiteral("adp-server costs import-focus: %1").arg(imported.error().reason()) << Qt::endl;
        return kExitFailure;
    }
    const shared::costs::CostImport &bill = imported.value();
    out() << QStringLiteral("imported %1 billing lines from %2 as import %3: %4, %5 to %6, billed %7 %8\n")
                 .arg(bill.lines)
                 .arg(bill.source)
                 .arg(bill.id)
                 .arg(bill.providers.join(QStringLiteral(", ")), shared::toApiTime(bill.periodStart),
                      shared::toApiTime(bill.periodEnd), shared::costs::decimalOfNanos(bill.billedNanos),
                      bill.currency);
    if (bill.replaced > 0)
        out() << QStringLiteral("it replaces import %1 of the same providers and periods\n").arg(bill.replaced);
    return kExitOk;
}

} // namespace

int runServerCli(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "ADP server.\n\nCommands:\n  serve (default)   run the server\n  migrate           apply database migrations\n"
        "  users add         create a local account\n"
        "  users set-role    grant or withdraw administration or auditing (ends the user's sessions)\n"
        "  audit verify      check the audit trail's hash chain (exit 1 when broken)\n"
        "  audit archive --before TIME   archive older audit events to a signed file, then remove them\n"
        "  secrets rotate-key   seal every stored secret under a new key, online\n"
        "  providers add|list|remove   configure sign-in providers (GitHub, GitLab, OIDC)\n"
        "  costs import-focus FILE --organisation ORG   import a cloud bill (FOCUS 1.0-1.2 CSV) of any size"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("version"), QStringLiteral("Print the version and exit.")});
    parser.addOption(
        {QStringLiteral("config"), QStringLiteral("YAML config file (also ADP_CONFIG)."), QStringLiteral("file")});
    for (const FlagSpec &spec : kFlags) {
        parser.addOption({QString::fromLatin1(spec.flag),
                          QString::fromLatin1(spec.help) + QStringLiteral(" Env: ") +
                              ServerConfig::environmentName(QString::fromLatin1(spec.key)),
                          QString::fromLatin1(spec.valueName)});
    }
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Create the demo project if it does not exist.")});
    parser.addOption(
        {QStringLiteral("username"), QStringLiteral("users add: the new account's name."), QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("password-stdin"), QStringLiteral("users add: read the password from standard input.")});
    parser.addOption(
        {QStringLiteral("admin"), QStringLiteral("users add|set-role: make the account an administrator.")});
    parser.addOption({QStringLiteral("no-admin"), QStringLiteral("users set-role: withdraw administration.")});
    parser.addOption({QStringLiteral("auditor"),
                      QStringLiteral("users set-role: let the account read and verify the audit trail.")});
    parser.addOption(
        {QStringLiteral("no-auditor"), QStringLiteral("users set-role: withdraw reading the audit trail.")});
    parser.addOption(
        {QStringLiteral("name"), QStringLiteral("providers add|remove: the provider's name."), QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("type"), QStringLiteral("providers add: github, gitlab or oidc."), QStringLiteral("type")});
    parser.addOption(
        {QStringLiteral("client-id"), QStringLiteral("providers add: the OAuth client id."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("client-secret-stdin"),
                      QStringLiteral("providers add: read the client secret from standard input.")});
    parser.addOption({QStringLiteral("issuer"), QStringLiteral("providers add: issuer URL (OIDC; self-hosted GitLab)."),
                      QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("link-by-email"),
         QStringLiteral("providers add: a first sign-in may join the local account with the same verified email.")});
    parser.addOption(
        {QStringLiteral("settle-seconds"),
         QStringLiteral("secrets rotate-key: how long running servers get to read the new key (default 3)."),
         QStringLiteral("seconds"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("before"),
                      QStringLiteral("audit archive: archive the events before this time (ISO 8601, UTC)."),
                      QStringLiteral("time")});
    parser.addOption({QStringLiteral("email"),
                      QStringLiteral("users add: the account's email (for linking sign-in providers)."),
                      QStringLiteral("address")});
    parser.addOption({QStringLiteral("organisation"),
                      QStringLiteral("costs import-focus: the organisation the bill belongs to (its slug)."),
                      QStringLiteral("slug")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("serve, migrate, users add or audit verify"));

    if (!parser.parse(arguments)) {
        err() << QStringLiteral("adp-server: ") << parser.errorText() << Qt::endl;
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return kExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QStringLiteral("adp-server %1\n").arg(QString::fromLatin1(shared::kVersion));
        return kExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0, QStringLiteral("serve"));
    auto config = loadConfig(parser);
    if (!config)
        return kExitUsage;
    setUpLogging(config->logFormat, config->logLevel);

    try {
        if (command == u"serve" && positional.size() <= 1)
            return serve(*config);
        if (command == u"migrate" && positional.size() == 1)
            return migrate(*config);
        if (command == u"users" && positional.value(1) == u"add" && positional.size() == 2)
            return addUser(*config, parser);
        if (command == u"users" && positional.value(1) == u"set-role" && positional.size() == 2)
            return setRole(*config, parser);
        if (command == u"audit" && positional.value(1) == u"verify" && positional.size() == 2)
            return verifyAudit(*config);
        if (command == u"audit" && positional.value(1) == u"archive" && positional.size() == 2)
            return archiveAudit(*config, parser);
        if (command == u"secrets" && positional.value(1) == u"rotate-key" && positional.size() == 2)
            return rotateSecretsKey(*config, parser);
        if (command == u"costs" && positional.value(1) == u"import-focus" && positional.size() == 3)
            return importFocus(*config, positional.value(2), parser);
        static const QStringList providerActions{QStringLiteral("add"), QStringLiteral("list"),
                                                 QStringLiteral("remove")};
        if (command == u"providers" && providerActions.contains(positional.value(1)) && positional.size() == 2)
            return manageProviders(*config, positional.value(1), parser);
    } catch (const std::exception &error) {
        spdlog::critical("adp-server failed: {}", error.what());
        err() << QStringLiteral("adp-server: ") << QString::fromStdString(error.what()) << Qt::endl;
        return kExitFailure;
    }
    err() << QStringLiteral("adp-server: unknown command '%1'; see --help").arg(positional.join(u' ')) << Qt::endl;
    return kExitUsage;
}

} // namespace adp::server
