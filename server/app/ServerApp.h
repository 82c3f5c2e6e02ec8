#pragma once

#include "ServerConfig.h"
#include "core/Clock.h"

#include <QUrl>
#include <memory>

namespace adp::server {

namespace storage {
class Database;
}
namespace auth {
class AuthService;
class UserRepository;
class OAuthProviderService;
} // namespace auth
namespace projects {
class ProjectService;
} // namespace projects
namespace deployments {
class EnvironmentRuleService;
class EnvironmentStopper;
class FreezeHolds;
} // namespace deployments
namespace events {
class EventHub;
}
namespace pipelines {
class PipelineService;
}
namespace queue {
class JobQueue;
class JobDispatch;
} // namespace queue
namespace scm {
class WebhookService;
}
namespace costs {
class CostImports;
class UsageRollup;
class BudgetWatcher;
} // namespace costs
namespace audit {
class AuditService;
class AuditArchiver;
class AuditRecorder;
} // namespace audit
namespace http {
class Router;
}
namespace ports {
class Housekeeping;
}

// The composition root: opens storage, runs migrations, builds the plumbing
// and one module per feature (app/*Module), then the HTTP threads and the job
// workers, from a ServerConfig. Tests start it
// in-process on a free port; main.cpp starts it for real.
class ServerApp
{
public:
    explicit ServerApp(ServerConfig config, std::shared_ptr<const Clock> clock = nullptr);
    ~ServerApp();

    // Opens the database and Redis and migrates; false with `error` set on failure.
    bool open(QString *error);
    // Starts listening; call after open().
    bool listen(QString *error);
    // Stops accepting, lets in-flight requests finish, closes everything.
    void shutdown();

    quint16 port() const;
    QUrl url() const;
    // How browsers reach this server: public_url, or the listen address.
    QUrl publicUrl() const;
    // Job workers in this process (config `workers`), started by listen(); alone for --role worker.
    void startWorkers();
    void stopWorkers();
    void stopListening();
    const ServerConfig &config() const;

    storage::Database &database();
    const http::Router &router() const; // after listen()
    auth::AuthService &auth();
    auth::UserRepository &users();
    projects::ProjectService &projects();
    pipelines::PipelineService &pipelines();
    queue::JobQueue &jobQueue(); // for benchmarks that drive the queue without executors
    queue::JobDispatch &jobDispatch();
    scm::WebhookService &webhooks();
    deployments::EnvironmentRuleService &environmentRules();
    deployments::EnvironmentStopper &environmentStopper(); // its chore, run by tests at a chosen time
    deployments::FreezeHolds &freezeHolds();               // the same
    ports::Housekeeping &kubernetesAutoRollbacks();        // the same
    ports::Housekeeping &kubernetesDrift();                // the same
    ports::Housekeeping &jobPodCleanup();                  // the same
    ports::Housekeeping &clusterUsageSampler();            // the same
    events::EventHub &events();
    audit::AuditService &audit();
    const audit::AuditRecorder &auditRecorder();
    audit::AuditArchiver &auditArchiver();
    auth::OAuthProviderService &providers();
    costs::CostImports &costImports();
    costs::UsageRollup &usageRollup(); // the scheduler's chores, run now
    costs::BudgetWatcher &budgetWatcher();
    // Where the jobs' workspaces are (depends on how jobs are isolated).
    QString buildsDirectory() const;

private:
    // Picks how jobs are kept from the server's files (config `sandbox`); false with `error` when none can be.
    bool chooseSandbox(QString *error);
    // Local repository paths: where (repository_roots, never the data dir) and for whom.
    void wireRepositoryPolicy();

    struct Parts;
    std::unique_ptr<Parts> m;
};

} // namespace adp::server
