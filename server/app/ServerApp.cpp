#include "ServerApp.h"

#include "AiModule.h"
#include "AuditModule.h"
#include "AuditStreamsModule.h"
#include "AuthModule.h"
#include "ComplianceModule.h"
#include "CostsModule.h"
#include "DeploymentsModule.h"
#include "NotificationsModule.h"
#include "OAuthModule.h"
#include "PipelinesModule.h"
#include "ProjectsModule.h"
#include "SchedulesModule.h"
#include "ScmModule.h"
#include "access/Permissions.h"
#include "auth/DatabaseSessionStore.h"
#include "auth/RedisSessionStore.h"
#include "auth/SessionCache.h"
#include "costs/JobUsageRepository.h"
#include "crypto/SecretBox.h"
#include "events/EventHub.h"
#include "events/EventSubscription.h"
#include "events/RedisEventBus.h"
#include "health/HealthController.h"
#include "http/HttpListenerPool.h"
#include "http/HttpMetrics.h"
#include "http/HttpServer.h"
#include "kv/RedisClient.h"
#include "queue/RedisJobDispatch.h"
#include "runner/JobSandbox.h"
#include "runner/JobWorker.h"
#include "scm/LocalRepositoryPolicy.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#include <csignal>
#include <future>
#include <spdlog/spdlog.h>
#include <sys/stat.h>

namespace adp::server {

namespace {
constexpr int kDrainTimeoutMs = 10000;
// Sessions are re-read from Redis at least this often; revocations reach
// every replica sooner through the event bus.
constexpr qint64 kSessionCacheMs = 30000;
// The embedded server has no bus to hear of revocations made by another
// process (adp-server users set-role), so it trusts its cache only briefly.
constexpr qint64 kEmbeddedSessionCacheMs = 2000;
} // namespace

// The plumbing first, then one module per feature, in the order they depend on each other.
struct ServerApp::Parts
{
    ServerConfig config;
    std::shared_ptr<const Clock> clock;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<kv::RedisClient> redis;
    std::unique_ptr<events::EventHub> hub;
    std::unique_ptr<events::EventPublisher> publisher;
    events::RedisEventBus *redisBus = nullptr; // owned by `publisher` in team mode
    std::unique_ptr<auth::SessionStore> sessionStore;
    std::unique_ptr<auth::SessionCache> sessions;
    std::unique_ptr<crypto::SecretBox> secrets;
    std::unique_ptr<git::RepositoryMirror> mirror;
    std::unique_ptr<scm::LocalRepositoryPolicy> repositoryPolicy;
    std::unique_ptr<queue::JobDispatch> dispatch;
    std::unique_ptr<AuditModule> audit;
    std::unique_ptr<Plumbing> plumbing;
    std::unique_ptr<AuthModule> auth;
    std::unique_ptr<ProjectsModule> projects;
    costs::JobUsageRepository jobUsage; // SQL only: the queue keeps each run's usage through it
    std::unique_ptr<PipelinesModule> pipelines;
    std::unique_ptr<ScmModule> scm;
    std::unique_ptr<SchedulesModule> schedules;
    std::unique_ptr<AiModule> ai;
    std::unique_ptr<CostsModule> costs;
    std::unique_ptr<DeploymentsModule> deployments;
    std::optional<kubernetes::WorkerPoolExecutor> workerPool; // kubernetes_executor: every job as a pod
    std::unique_ptr<QTimer> workerPoolCleanup;                // its pods of ended jobs, deleted by the pool itself
    std::unique_ptr<NotificationsModule> notifications;
    std::unique_ptr<AuditStreamsModule> auditStreams;
    std::unique_ptr<ComplianceModule> compliance;
    std::unique_ptr<OAuthModule> oauth;
    std::unique_ptr<runner::JobFileTransfer> fileTransfer;
    std::unique_ptr<runner::ShellExecutor> shellExecutor;
    std::vector<std::unique_ptr<runner::JobWorker>> workers;
    std::unique_ptr<http::HttpMetrics> metrics;
    std::unique_ptr<http::Router> router;
    std::unique_ptr<health::HealthController> healthController;
    std::unique_ptr<http::HttpListenerPool> listeners;
    runner::JobSandbox::Mode sandboxMode = runner::JobSandbox::Mode::Bubblewrap;
    QString noSandbox; // why no job can run here (sandbox: auto found no way to isolate them)
};

ServerApp::ServerApp(ServerConfig config, std::shared_ptr<const Clock> clock)
    : m(std::make_unique<Parts>())
{
    m->config = std::move(config);
    m->clock = clock ? std::move(clock) : std::make_shared<SystemClock>();
}

ServerApp::~ServerApp()
{
    shutdown();
}

bool ServerApp::open(QString *error)
{
    try {
        // Everything the server writes is its own alone: the database, keys, mirrors, workspaces.
        ::umask(0077);
        // The server writes to sockets and pipes whose other end may be gone (Redis, a job's
        // sandbox that died): that write fails with EPIPE and is handled where it is made; it must
        // never end the process. (QProcess sets SIGPIPE aside too, but only once a process starts.)
        ::signal(SIGPIPE, SIG_IGN);
        if (!QDir().mkpath(m->config.dataDir)) {
            *error = QStringLiteral("cannot create the data directory %1").arg(m->config.dataDir);
            return false;
        }
        QFile::setPermissions(m->config.dataDir,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        // Trying bubblewrap starts a process (~10 ms); it runs while the database opens.
        QString noSandbox;
        std::future<bool> sandboxChosen;
        if (m->config.workers > 0)
            sandboxChosen = std::async(std::launch::async, [this, &noSandbox]() { return chooseSandbox(&noSandbox); });
        if (!m->config.kubernetesExecutor.isEmpty() && m->config.workers > 0) {
            m->workerPool = kubernetes::WorkerPoolExecutor::load(m->config.kubernetesExecutor, *error);
            if (!m->workerPool)
                return false;
        }
        // Handlers block on PostgreSQL and Redis round trips on a team server,
        // so it gets two threads per core; the embedded server one per core.
        const int cores = std::max(1, QThread::idealThreadCount());
        const int threads = m->config.httpThreads > 0
                                ? m->config.httpThreads
                                : (m->config.isTeamMode() ? std::max(4, 2 * cores) : std::max(2, cores));
        m->config.httpThreads = threads;
        m->database = storage::Database::open(m->config.effectiveDatabaseUrl(),
                                              std::max(m->config.databasePoolSize, threads + 2));
        storage::Migrator migrator(*m->database);
        const int applied = migrator.migrate();
        spdlog::info("storage: {} at schema {} ({} migration(s) applied)", m->database->describe().toStdString(),
                     storage::Migrator::latestVersion(), applied);
        if (sandboxChosen.valid() && !sandboxChosen.get()) {
            *error = noSandbox;
            return false;
        }

        if (m->config.isTeamMode()) {
            const auto endpoint = kv::RedisEndpoint::parse(m->config.redisUrl);
            if (!endpoint) {
                *error = QStringLiteral("redis must look like redis://[:password@]host[:port][/db]");
                return false;
            }
            m->redis = std::make_unique<kv::RedisClient>(*endpoint, threads + 2);
            if (!m->redis->ping()) {
                *error = QStringLiteral("cannot reach Redis at %1").arg(endpoint->describe());
                return false;
            }
            m->hub = std::make_unique<events::EventHub>(events::RedisEventBus::sharedEpoch(*m->redis));
            m->sessionStore = std::make_unique<auth::RedisSessionStore>(*m->redis);
            m->sessions = std::make_unique<auth::SessionCache>(*m->sessionStore, kSessionCacheMs);
            auto bus = std::make_unique<events::RedisEventBus>(*m->redis, *m->hub);
            auth::SessionCache *cache = m->sessions.get();
            events::RedisEventBus *rawBus = bus.get();
            cache->setRevocationPublisher([rawBus](const QString &hash) { rawBus->publishRevocation(hash); });
            bus->setRevocationHandler([cache](const QString &hash) { cache->invalidate(hash); });
            m->redisBus = bus.get();
            m->publisher = std::move(bus);
            spdlog::info("team mode: sessions and events through Redis {}", endpoint->describe().toStdString());
        } else {
            m->hub = std::make_unique<events::EventHub>(QUuid::createUuid().toString(QUuid::WithoutBraces));
            m->sessionStore = std::make_unique<auth::DatabaseSessionStore>(*m->database);
            m->sessions = std::make_unique<auth::SessionCache>(*m->sessionStore, kEmbeddedSessionCacheMs);
            m->publisher = std::make_unique<events::LocalEventPublisher>(*m->hub);
        }

        m->audit = std::make_unique<AuditModule>(
            *m->database, *m->clock,
            AuditModule::Files{m->config.effectiveAuditKeyFile(), m->config.effectiveAuditSigningKeyFile(),
                               QCoreApplication::applicationDirPath() + QStringLiteral("/adp-audit-report"),
                               m->config.effectiveAuditArchiveDir(), m->config.auditRetentionDays},
            m->publisher.get());
        m->secrets =
            std::make_unique<crypto::SecretBox>(crypto::SecretBox::fromKeyFile(m->config.effectiveSecretsKeyFile()));
        m->plumbing = std::make_unique<Plumbing>(Plumbing{m->config, *m->database, m->redis.get(), *m->publisher,
                                                          m->audit->recorder, *m->secrets, *m->clock,
                                                          [this]() { return publicUrl(); }});
        const Plumbing &plumbing = *m->plumbing;
        m->auth = std::make_unique<AuthModule>(plumbing, *m->sessions);
        m->projects = std::make_unique<ProjectsModule>(*m->database, m->auth->users, m->auth->tokens,
                                                       m->audit->recorder, *m->publisher, *m->clock);
        m->auth->users.setNewAccountListener(&m->projects->organisationRepository);
        m->projects->followChangesOn(*m->hub);
        m->mirror =
            std::make_unique<git::RepositoryMirror>(QDir(m->config.dataDir).filePath(QStringLiteral("mirrors")));
        wireRepositoryPolicy();
        if (m->redis)
            m->dispatch = std::make_unique<queue::RedisJobDispatch>(*m->redis);
        else
            m->dispatch = std::make_unique<queue::LocalJobDispatch>();
        ProjectsModule &projects = *m->projects;
        m->pipelines = std::make_unique<PipelinesModule>(plumbing, projects.projectGuard, projects.membershipCache,
                                                         *m->mirror, *m->dispatch, m->jobUsage);
        m->scm = std::make_unique<ScmModule>(plumbing, projects.projectRepository, projects.projectGuard, *m->mirror,
                                             m->pipelines->service);
        m->deployments = std::make_unique<DeploymentsModule>(
            plumbing, projects.projectGuard, m->auth->users, projects.teamRepository, m->pipelines->progress,
            m->pipelines->control, *m->mirror, m->workerPool ? &*m->workerPool : nullptr,
            projects.organisationRepository, projects.authorizer);
        m->notifications =
            std::make_unique<NotificationsModule>(plumbing, projects.projectGuard, m->pipelines->progress,
                                                  m->pipelines->repository, projects.projectRepository, m->scm->tokens);
        m->costs = std::make_unique<CostsModule>(plumbing, projects.authorizer, m->notifications->messenger,
                                                 projects.projectRepository, m->pipelines->repository,
                                                 projects.projectGuard, m->deployments->history);
        m->schedules = std::make_unique<SchedulesModule>(
            plumbing, projects.projectGuard, projects.authorizer, m->pipelines->service, *m->mirror, m->auth->users,
            QList<ports::Housekeeping *>{
                &m->pipelines->jobFiles, &m->scm->webhooks, &m->deployments->stopper, &m->deployments->pins,
                &m->deployments->freezeHolds, &m->deployments->autoRollbacks, &m->deployments->kubernetesDrift,
                &m->deployments->jobPodCleanup, &m->deployments->clusterUsage, &m->pipelines->podFiles,
                &m->audit->retention, &m->costs->usageRollup, &m->costs->budgetWatcher});
        m->auditStreams = std::make_unique<AuditStreamsModule>(plumbing, m->audit->repository);
        auth::UserRepository *users = &m->auth->users;
        m->ai = std::make_unique<AiModule>(plumbing, projects.projectGuard, projects.authorizer,
                                           projects.projectRepository, m->pipelines->repository,
                                           m->pipelines->variables, *m->mirror, m->deployments->history,
                                           m->costs->savings, [users]() { return users->count() <= 1; });
        m->compliance =
            std::make_unique<ComplianceModule>(plumbing, *m->audit,
                                               compliance::ComplianceSources{m->deployments->evidence,
                                                                             projects.memberRepository,
                                                                             m->auth->tokenRepository,
                                                                             m->auth->users,
                                                                             m->pipelines->variableRepository,
                                                                             m->audit->repository,
                                                                             {}},
                                               m->notifications->messenger);
        m->oauth = std::make_unique<OAuthModule>(plumbing, *m->auth,
                                                 [this](const MutationContext &context, const QString &email) {
                                                     m->projects->invitations.acceptForVerifiedEmail(context, email);
                                                 });
    } catch (const storage::StorageError &exception) {
        *error = QString::fromStdString(exception.what());
        return false;
    } catch (const std::exception &exception) {
        *error = QString::fromStdString(exception.what());
        return false;
    }
    return true;
}

bool ServerApp::listen(QString *error)
{
    m->metrics = std::make_unique<http::HttpMetrics>();
    m->router = std::make_unique<http::Router>();
    storage::Database *database = m->database.get();
    kv::RedisClient *redis = m->redis.get();
    m->healthController = std::make_unique<health::HealthController>(
        [database]() { return database->ping(); },
        redis ? health::HealthController::Probe([redis]() { return redis->ping(); })
              : health::HealthController::Probe(),
        *m->metrics);
    m->healthController->registerRoutes(*m->router);
    m->auth->registerRoutes(*m->router);
    m->projects->registerRoutes(*m->router);
    m->oauth->registerRoutes(*m->router);
    m->audit->registerRoutes(*m->router);
    m->pipelines->registerRoutes(*m->router);
    m->scm->registerRoutes(*m->router);
    m->notifications->registerRoutes(*m->router);
    m->auditStreams->registerRoutes(*m->router);
    m->compliance->registerRoutes(*m->router);
    m->schedules->registerRoutes(*m->router);
    m->deployments->registerRoutes(*m->router);
    m->ai->registerRoutes(*m->router);
    m->costs->registerRoutes(*m->router);
    m->router->add(http::Method::Get, QStringLiteral("/api/v1/events"), QStringLiteral("events.subscribe"), {},
                   {0, true});

    auth::AuthService *authService = &m->auth->service;
    auth::ApiTokenService *tokenService = &m->auth->tokens;
    events::EventHub *hub = m->hub.get();
    http::HttpMetrics *metrics = m->metrics.get();
    http::Router *router = m->router.get();
    // One entry point for both kinds of bearer: API tokens carry a prefix, sessions do not.
    auto authenticator = [authService, tokenService](const QString &token) {
        return auth::ApiTokenService::looksLikeToken(token) ? tokenService->authenticate(token)
                                                            : authService->authenticate(token);
    };
    pipelines::PipelineService *pipelineService = &m->pipelines->service;
    events::LogReader logReader = [pipelineService](const Actor &actor, qint64 jobId, qint64 from) {
        constexpr qint64 kPieceBytes = 1024 * 1024; // one WebSocket message at most
        events::LogPiece piece;
        const auto log = pipelineService->jobLog(MutationContext{actor, {}}, jobId, from, kPieceBytes);
        if (!log.ok()) {
            piece.error = log.error().message;
            return piece;
        }
        piece.bytes = log.value().slice.bytes;
        piece.offset = log.value().slice.offset;
        piece.size = log.value().slice.size;
        piece.status = log.value().status;
        return piece;
    };
    auto sink = [hub, logReader](std::unique_ptr<QWebSocket> socket, const Actor &actor, QObject *owner) {
        new events::EventSubscription(*hub, std::move(socket), actor, logReader, owner);
    };
    const access::Authorizer *authorizer = &m->projects->authorizer;
    const http::AccessPolicy policy{
        [](const QString &action) {
            const auto permission = access::Permissions::find(action);
            return permission && permission->who == access::Permission::Requirement::Anyone;
        },
        [](const Actor *actor, const QString &action) { return access::Permissions::allows(actor, action); },
        [authorizer](const http::Request &request, const QString &action) {
            // A refusal is a security event: it goes to the audit trail like a change.
            authorizer->recordDenied(request.mutation(), action, QStringLiteral("action"), action);
        }};
    http::HttpLimits limits;
    limits.maxConnectionsPerAddress = m->config.httpMaxConnectionsPerAddress;
    limits.headerTimeoutMs = m->config.httpHeaderTimeoutSeconds * 1000;
    limits.keepAliveTimeoutMs = m->config.httpIdleTimeoutSeconds * 1000;
    m->listeners = std::make_unique<http::HttpListenerPool>(
        [=]() { return new http::HttpServer(*router, authenticator, policy, *metrics, sink, limits); },
        m->config.httpThreads, limits);

    QHostAddress address;
    if (m->config.listenHost == u"localhost")
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(m->config.listenHost)) {
        *error = QStringLiteral("listen host must be an IP address, got %1").arg(m->config.listenHost);
        return false;
    }
    QString listenError;
    if (!m->listeners->listen(address, m->config.listenPort, &listenError)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m->config.listenHost)
                     .arg(m->config.listenPort)
                     .arg(listenError);
        return false;
    }
    if (m->redisBus)
        m->redisBus->start();
    m->audit->sealer.start();
    startWorkers();
    m->scm->startPolling(qint64(m->config.pollIntervalSeconds) * 1000);
    m->schedules->start(QStringLiteral("%1:%2:%3")
                            .arg(QSysInfo::machineHostName())
                            .arg(QCoreApplication::applicationPid())
                            .arg(port()));
    m->notifications->startSending();
    m->auditStreams->startSending();
    m->compliance->startSending();
    spdlog::info("listening on {} with {} HTTP threads", url().toString().toStdString(), m->config.httpThreads);
    return true;
}

void ServerApp::shutdown()
{
    if (m->scm)
        m->scm->stop();
    if (m->schedules)
        m->schedules->stop();
    if (m->notifications)
        m->notifications->stop();
    if (m->auditStreams)
        m->auditStreams->stop();
    if (m->compliance)
        m->compliance->stop();
    stopWorkers();
    if (m->ai)
        m->ai->streamer.stop(); // answers streaming end failed, said to their askers, before the sockets close
    if (m->listeners)
        stopListening();
    // After the last request: what they recorded is sealed now, not at the next start.
    if (m->audit)
        m->audit->sealer.stop();
}

void ServerApp::stopListening()
{
    spdlog::info("shutting down: no new connections, finishing requests in flight");
    m->healthController->setDraining();
    m->listeners->stopAccepting();
    m->hub->closeAll();
    if (!m->listeners->drain(kDrainTimeoutMs))
        spdlog::warn("some requests were still unanswered after {} ms", kDrainTimeoutMs);
    // Let answers already written leave the sockets before they close.
    QEventLoop flush;
    QTimer::singleShot(50, &flush, &QEventLoop::quit);
    flush.exec();
    if (m->redisBus)
        m->redisBus->stop();
    m->listeners->shutdown();
    m->listeners.reset();
    spdlog::info("stopped");
}

void ServerApp::stopWorkers()
{
    // All asked at once, then waited for: a job each was running is recovered after its lease.
    for (const auto &worker : m->workers)
        worker->requestStop();
    if (m->dispatch)
        m->dispatch->interrupt();
    m->workers.clear();
    if (m->workerPoolCleanup) {
        m->workerPoolCleanup.reset();
        QThreadPool::globalInstance()->waitForDone(); // a clean-up under way ends before the modules go
    }
}

bool ServerApp::chooseSandbox(QString *error)
{
    using Isolation = ServerConfig::Isolation;
    using Mode = runner::JobSandbox::Mode;
    QString noBubblewrap, noUsers;
    switch (m->config.isolation) {
    case Isolation::Bubblewrap:
        if (!runner::JobSandbox::bubblewrapAvailable(&noBubblewrap)) {
            *error = QStringLiteral("sandbox: bubblewrap was asked for, but %1").arg(noBubblewrap);
            return false;
        }
        m->sandboxMode = Mode::Bubblewrap;
        return true;
    case Isolation::SeparateUser:
        if (!runner::JobSandbox::separateUsersAvailable(&noUsers)) {
            *error = QStringLiteral("sandbox: user was asked for, but %1").arg(noUsers);
            return false;
        }
        m->sandboxMode = Mode::SeparateUser;
        return true;
    case Isolation::UnsafeNone:
        m->sandboxMode = Mode::UnsafeNone;
        spdlog::warn("sandbox: unsafe-none: JOBS RUN AS THIS SERVER'S USER WITH ITS DATABASE, KEYS AND EVERY "
                     "PROJECT'S FILES IN REACH; refused once the server has a second user");
        return true;
    case Isolation::Auto:
        if (runner::JobSandbox::bubblewrapAvailable(&noBubblewrap)) {
            m->sandboxMode = Mode::Bubblewrap;
        } else if (runner::JobSandbox::separateUsersAvailable(&noUsers)) {
            m->sandboxMode = Mode::SeparateUser;
            spdlog::info("sandbox: {}; jobs run as a user of their own per project", noBubblewrap.toStdString());
        } else {
            // The server still serves everything else; each job fails and says why.
            m->noSandbox = QStringLiteral("no way to keep jobs away from this server's files: %1, and %2. Install "
                                          "bubblewrap, run the server as root, or set sandbox: unsafe-none for a "
                                          "one-person server")
                               .arg(noBubblewrap, noUsers);
            spdlog::error("sandbox: {}", m->noSandbox.toStdString());
        }
        return true;
    }
    return false;
}

void ServerApp::wireRepositoryPolicy()
{
    // The embedded server of one person may use repositories anywhere in that person's home by default.
    QStringList roots = m->config.repositoryRoots;
    const bool embedded = !m->config.isTeamMode() && m->config.databaseUrl.isEmpty();
    if (roots.isEmpty() && embedded)
        roots.append(QDir::homePath());
    m->repositoryPolicy = std::make_unique<scm::LocalRepositoryPolicy>(
        roots, m->config.dataDir, QStringList{QDir(m->config.dataDir).filePath(QStringLiteral("demo-repository"))});
    const scm::LocalRepositoryPolicy *policy = m->repositoryPolicy.get();
    m->mirror->setLocalCheck([policy](const QString &url) { return policy->refusal(url); });
    auth::UserRepository *users = &m->auth->users;
    m->projects->projects.setRepositoryCheck(
        [policy, users, embedded](const Actor &actor, const QString &url) -> std::optional<QString> {
            if (!scm::LocalRepositoryPolicy::isLocal(url))
                return std::nullopt;
            // A path on the server is the server's files: only its administrators, or the one person of an embedded
            // server.
            if (!actor.isAdmin && !(embedded && users->count() == 1))
                return QStringLiteral("only administrators may use a repository on the server's own disk");
            return policy->refusal(url);
        });
}

QString ServerApp::buildsDirectory() const
{
    return runner::JobSandbox(m->sandboxMode).buildsDirectoryFor(m->config.dataDir);
}

void ServerApp::startWorkers()
{
    if (m->config.workers == 0 || !m->workers.empty())
        return;
    runner::ShellExecutor::Settings settings;
    settings.buildsDirectory = buildsDirectory();
    if (QString error; !runner::JobSandbox(m->sandboxMode).makeBuildsDirectory(settings.buildsDirectory, &error))
        spdlog::error("jobs: {}", error.toStdString()); // each job then fails saying it cannot be checked out
    git::RepositoryMirror *mirror = m->mirror.get();
    settings.mirrorOf = [mirror](const queue::JobQueue::Claimed &job) {
        return mirror->withCommit(job.pipeline.projectId, job.repositoryUrl, job.pipeline.sha);
    };
    settings.serverUrl = publicUrl().toString(QUrl::StripTrailingSlash);
    settings.maxLogBytes = qint64(m->config.maxLogMib) * 1024 * 1024;
    m->fileTransfer = std::make_unique<runner::JobFileTransfer>(
        m->pipelines->jobFiles, QDir(m->config.dataDir).filePath(QStringLiteral("transfers")),
        qint64(m->config.maxArtifactMib) * 1024 * 1024);
    settings.files = m->fileTransfer.get();
    settings.sandbox = runner::JobSandbox(m->sandboxMode);
    if (!m->noSandbox.isEmpty()) {
        settings.refusal = [reason = m->noSandbox]() -> std::optional<QString> { return reason; };
    } else if (m->sandboxMode == runner::JobSandbox::Mode::UnsafeNone) {
        auth::UserRepository *users = &m->auth->users;
        settings.refusal = [users]() -> std::optional<QString> {
            if (users->count() > 1)
                return QStringLiteral("sandbox: unsafe-none runs jobs with this server's files in reach and is refused "
                                      "on a server with more than one user; use bubblewrap or user");
            return std::nullopt;
        };
    }
    settings.kubernetes = &m->deployments->kubernetesDeployer;
    settings.pods = &m->deployments->jobPods;
    settings.podFiles = &m->pipelines->podFiles;
    m->shellExecutor = std::make_unique<runner::ShellExecutor>(settings);
    const QString host = QSysInfo::machineHostName();
    pipelines::VariableService *variables = &m->pipelines->variables;
    const queue::WorkerProfile profile{m->config.workerTags, m->config.projectConcurrency};
    for (int i = 0; i < m->config.workers; ++i) {
        const QString name = QStringLiteral("%1:%2:%3").arg(host).arg(QCoreApplication::applicationPid()).arg(i + 1);
        m->workers.push_back(std::make_unique<runner::JobWorker>(
            name, runner::JobWorker::Dependencies{
                      m->pipelines->jobQueue, *m->shellExecutor, m->pipelines->children, *m->publisher,
                      [variables](const queue::JobQueue::Claimed &job) {
                          return variables->forJob(job.pipeline.projectId, ci::environmentNameOf(job.spec),
                                                   ci::isRefProtected(job.pipeline));
                      },
                      settings.maxLogBytes, *m->dispatch, profile, m->config.jobLeaseSeconds * 1000}));
        m->workers.back()->start();
    }
    if (m->workerPool) {
        m->workerPoolCleanup = std::make_unique<QTimer>();
        ports::Housekeeping *cleanup = &m->deployments->jobPodCleanup;
        m->workerPoolCleanup->callOnTimeout(
            [cleanup]() { QThreadPool::globalInstance()->start([cleanup]() { cleanup->tidy(); }); });
        m->workerPoolCleanup->start(60 * 1000);
    }
    spdlog::info("{} job worker(s) with the {} executor{}{}", m->config.workers,
                 m->workerPool ? "Kubernetes (namespace " + m->workerPool->settings().namespaceName.toStdString() + ")"
                               : std::string("shell"),
                 m->config.workerTags.isEmpty() ? std::string()
                                                : ", tags " + m->config.workerTags.join(u',').toStdString(),
                 m->config.projectConcurrency > 0
                     ? ", at most " + std::to_string(m->config.projectConcurrency) + " running per project"
                     : std::string());
}

quint16 ServerApp::port() const
{
    return m->listeners ? m->listeners->port() : 0;
}

QUrl ServerApp::publicUrl() const
{
    return m->config.publicUrl.isEmpty() ? url() : QUrl(m->config.publicUrl);
}

QUrl ServerApp::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m->config.listenHost == u"0.0.0.0" ? QStringLiteral("127.0.0.1") : m->config.listenHost);
    url.setPort(port());
    return url;
}

const ServerConfig &ServerApp::config() const
{
    return m->config;
}
storage::Database &ServerApp::database()
{
    return *m->database;
}
const http::Router &ServerApp::router() const
{
    return *m->router;
}
auth::AuthService &ServerApp::auth()
{
    return m->auth->service;
}
auth::UserRepository &ServerApp::users()
{
    return m->auth->users;
}
projects::ProjectService &ServerApp::projects()
{
    return m->projects->projects;
}
pipelines::PipelineService &ServerApp::pipelines()
{
    return m->pipelines->service;
}
queue::JobQueue &ServerApp::jobQueue()
{
    return m->pipelines->jobQueue;
}
scm::WebhookService &ServerApp::webhooks()
{
    return m->scm->webhooks;
}
queue::JobDispatch &ServerApp::jobDispatch()
{
    return *m->dispatch;
}
deployments::EnvironmentRuleService &ServerApp::environmentRules()
{
    return m->deployments->rules;
}
ports::Housekeeping &ServerApp::kubernetesAutoRollbacks()
{
    return m->deployments->autoRollbacks;
}

ports::Housekeeping &ServerApp::kubernetesDrift()
{
    return m->deployments->kubernetesDrift;
}

ports::Housekeeping &ServerApp::jobPodCleanup()
{
    return m->deployments->jobPodCleanup;
}

ports::Housekeeping &ServerApp::clusterUsageSampler()
{
    return m->deployments->clusterUsage;
}

deployments::EnvironmentStopper &ServerApp::environmentStopper()
{
    return m->deployments->stopper;
}

deployments::FreezeHolds &ServerApp::freezeHolds()
{
    return m->deployments->freezeHolds;
}
events::EventHub &ServerApp::events()
{
    return *m->hub;
}
audit::AuditService &ServerApp::audit()
{
    return m->audit->service;
}

const audit::AuditRecorder &ServerApp::auditRecorder()
{
    return m->audit->recorder;
}

audit::AuditArchiver &ServerApp::auditArchiver()
{
    return m->audit->archiver;
}
costs::CostImports &ServerApp::costImports()
{
    return m->costs->imports;
}
costs::UsageRollup &ServerApp::usageRollup()
{
    return m->costs->usageRollup;
}
costs::BudgetWatcher &ServerApp::budgetWatcher()
{
    return m->costs->budgetWatcher;
}

auth::OAuthProviderService &ServerApp::providers()
{
    return m->auth->providers;
}

} // namespace adp::server
