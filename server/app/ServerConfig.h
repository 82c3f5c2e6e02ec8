#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace adp::server {

// Everything adp-server can be told. Each value can come from a YAML config
// file, an ADP_* environment variable or a command-line flag; flags win over
// the environment, the environment over the file.
struct ServerConfig
{
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 8470;
    QString dataDir;
    QString databaseUrl; // empty: SQLite file in dataDir
    QString redisUrl;    // empty: embedded (sessions and events in-process)
    QString logFormat = QStringLiteral("text");
    QString logLevel = QStringLiteral("info");
    int httpThreads = 0;      // 0: one per core, at least 2
    int workers = 2;          // jobs run at once by this process; 0: none (an API-only replica)
    int maxLogMib = 16;       // a job's log is cut (with a notice) beyond this
    int maxArtifactMib = 100; // a job whose artifacts archive is larger fails
    // How a job is kept away from this server's files (sandbox:). auto: bubblewrap where it can run,
    // else, as root, a user of the job's own per project; unsafe-none runs jobs as the server's user,
    // with the data directory in reach, and is refused once the server has more than one user.
    enum class Isolation { Auto, Bubblewrap, SeparateUser, UnsafeNone };
    Isolation isolation = Isolation::Auto;
    // Local repositories (paths, file://) may only be under these (repository_roots), never in the
    // data directory; empty: none at all, except for the embedded server's single user.
    QStringList repositoryRoots;
    int maxPipelineJobs = 1000; // a pipeline with more jobs is refused (max_pipeline_jobs)
    int httpMaxConnectionsPerAddress = 256;
    int httpHeaderTimeoutSeconds = 10; // a request's head must arrive within this
    int httpIdleTimeoutSeconds = 60;   // an idle keep-alive connection is closed after this
    // Notification rules may post to loopback and private addresses (notification_targets: any);
    // refused by default, so a project's maintainer cannot aim the server at its own network.
    bool allowLocalNotificationTargets = false;
    // Where the assistants may reach a model (ai_targets): public, any (this machine and private
    // networks too: Ollama, vLLM, llama.cpp beside the server), or auto: any while the server
    // has a single user (a person's own machine), public once it has more.
    QString aiTargets = QStringLiteral("auto");
    qint64 notificationRetryBaseMs = 10000; // the first retry's delay; each next one is 4 times longer
    QString extraCaFile;                    // PEM certificates trusted besides the system's, for notification targets
    QStringList workerTags;                 // this process's workers take jobs whose tags are all among these
    QString kubernetesExecutor;             // a JSON file: this process's workers run every job as a pod
    int projectConcurrency = 0;             // running jobs per project at most; 0: no limit
    qint64 jobLeaseSeconds = 30;            // a running job whose worker is silent this long was lost
    qint64 pollIntervalSeconds = 10;        // local repositories are looked at this often; 0: never
    // all: API and workers; api: no workers; worker: workers only, against a team server's database and Redis.
    QString role = QStringLiteral("all");
    qint64 sessionTtlSeconds = 24 * 3600;      // idle time after which a session ends
    qint64 sessionMaxSeconds = 30 * 24 * 3600; // however active, a session ends this long after sign-in
    int databasePoolSize = 16;
    bool seedDemo = false;
    QString auditKeyFile;        // empty: audit.key in dataDir; a team's replicas must share it
    QString auditSigningKeyFile; // empty: audit-signing.key in dataDir; signs audit exports (Ed25519)
    int auditRetentionDays = 0;  // events older are archived to a signed file and removed; 0: kept for ever
    QString auditArchiveDir;     // empty: audit-archives in dataDir
    QString secretsKeyFile;      // empty: secrets.key in dataDir; seals stored secrets; shared by replicas too
    QString publicUrl;           // how browsers reach this server (sign-in redirects); empty: the listen address

    // Sign-in providers declared in the config file (`providers:`), added on
    // start when missing. The secret is read from a file, never written inline.
    struct ConfiguredProvider
    {
        QString name;
        QString type;
        QString clientId;
        QString clientSecretFile;
        QString issuer;
        bool linkByEmail = false;
    };
    QList<ConfiguredProvider> providers;

    // One source's raw values, keyed by config-file key (listen, data_dir, ...).
    using Values = QHash<QString, QString>;

    static QStringList keys();
    static QString environmentName(const QString &key); // data_dir -> ADP_DATA_DIR
    static std::optional<Values> readFile(const QString &path, QString *error);
    static Values readEnvironment();
    // Layers file < environment < flags over the defaults; nullopt on a bad value.
    static std::optional<ServerConfig> resolve(const Values &file, const Values &environment, const Values &flags,
                                               QString *error);

    QString effectiveDatabaseUrl() const;
    QString effectiveAuditKeyFile() const;
    QString effectiveAuditArchiveDir() const;
    QString effectiveAuditSigningKeyFile() const;
    QString effectiveSecretsKeyFile() const;
    bool isTeamMode() const { return !redisUrl.isEmpty(); }
};

} // namespace adp::server
