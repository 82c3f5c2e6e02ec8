#include "ServerConfig.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QUrl>
#include <yaml-cpp/yaml.h>

namespace adp::server {

QStringList ServerConfig::keys()
{
    return {QStringLiteral("listen"),
            QStringLiteral("data_dir"),
            QStringLiteral("database"),
            QStringLiteral("redis"),
            QStringLiteral("log_format"),
            QStringLiteral("log_level"),
            QStringLiteral("http_threads"),
            QStringLiteral("session_ttl"),
            QStringLiteral("database_pool"),
            QStringLiteral("audit_key_file"),
            QStringLiteral("audit_signing_key_file"),
            QStringLiteral("session_max"),
            QStringLiteral("secrets_key_file"),
            QStringLiteral("public_url"),
            QStringLiteral("providers"),
            QStringLiteral("workers"),
            QStringLiteral("max_log_mib"),
            QStringLiteral("worker_tags"),
            QStringLiteral("kubernetes_executor"),
            QStringLiteral("project_concurrency"),
            QStringLiteral("role"),
            QStringLiteral("job_lease"),
            QStringLiteral("poll_interval"),
            QStringLiteral("max_artifact_mib"),
            QStringLiteral("sandbox"),
            QStringLiteral("notification_targets"),
            QStringLiteral("ai_targets"),
            QStringLiteral("extra_ca_file"),
            QStringLiteral("repository_roots"),
            QStringLiteral("max_pipeline_jobs"),
            QStringLiteral("http_max_connections_per_address"),
            QStringLiteral("http_header_timeout"),
            QStringLiteral("http_idle_timeout"),
            QStringLiteral("audit_retention_days"),
            QStringLiteral("audit_archive_dir")};
}

QString ServerConfig::environmentName(const QString &key)
{
    return QStringLiteral("ADP_") + key.toUpper();
}

std::optional<ServerConfig::Values> ServerConfig::readFile(const QString &path, QString *error)
{
    Values values;
    try {
        const YAML::Node root = YAML::LoadFile(path.toStdString());
        if (!root.IsMap()) {
            *error = QStringLiteral("%1: the config file must be a YAML mapping").arg(path);
            return std::nullopt;
        }
        for (const auto &entry : root) {
            const QString key = QString::fromStdString(entry.first.as<std::string>());
            if (!keys().contains(key)) {
                *error = QStringLiteral("%1:%2: unknown setting '%3' (known: %4)")
                             .arg(path)
                             .arg(entry.first.Mark().line + 1)
                             .arg(key, keys().join(QStringLiteral(", ")));
                return std::nullopt;
            }
            if (key == u"providers") {
                if (!entry.second.IsSequence()) {
                    *error =
                        QStringLiteral("%1:%2: 'providers' must be a list").arg(path).arg(entry.second.Mark().line + 1);
                    return std::nullopt;
                }
                YAML::Emitter flow;
                flow << YAML::Flow << entry.second;
                values.insert(key, QString::fromUtf8(flow.c_str()));
                continue;
            }
            if ((key == u"worker_tags" || key == u"repository_roots") &&
                entry.second.IsSequence()) { // a list of tags, as the comma-separated form
                QStringList tags;
                for (const YAML::Node &tag : entry.second)
                    tags.append(QString::fromStdString(tag.as<std::string>()));
                values.insert(key, tags.join(u','));
                continue;
            }
            if (!entry.second.IsScalar()) {
                *error = QStringLiteral("%1:%2: '%3' must be a single value")
                             .arg(path)
                             .arg(entry.second.Mark().line + 1)
                             .arg(key);
                return std::nullopt;
            }
            values.insert(key, QString::fromStdString(entry.second.as<std::string>()));
        }
    } catch (const YAML::Exception &exception) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromStdString(exception.what()));
        return std::nullopt;
    }
    return values;
}

ServerConfig::Values ServerConfig::readEnvironment()
{
    Values values;
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : keys()) {
        const QString value = environment.value(environmentName(key));
        if (!value.isEmpty())
            values.insert(key, value);
    }
    return values;
}

std::optional<ServerConfig> ServerConfig::resolve(const Values &file, const Values &environment, const Values &flags,
                                                  QString *error)
{
    Values merged = file;
    for (auto it = environment.begin(); it != environment.end(); ++it)
        merged.insert(it.key(), it.value());
    for (auto it = flags.begin(); it != flags.end(); ++it)
        merged.insert(it.key(), it.value());

    ServerConfig config;
    const auto between = [&](const QString &key, qint64 min, qint64 max) -> std::optional<qint64> {
        bool ok = false;
        const qint64 value = merged.value(key).toLongLong(&ok);
        if (!ok || value < min || value > max) {
            *error = QStringLiteral("%1 must be a whole number from %2 to %3").arg(key).arg(min).arg(max);
            return std::nullopt;
        }
        return value;
    };
    const auto positive = [&](const QString &key, qint64 max) { return between(key, 1, max); };

    if (merged.contains(QStringLiteral("listen"))) {
        const QString listen = merged.value(QStringLiteral("listen"));
        const qsizetype colon = listen.lastIndexOf(u':');
        bool ok = false;
        const uint port = listen.mid(colon + 1).toUInt(&ok);
        if (colon <= 0 || !ok || port > 65535) {
            *error = QStringLiteral("listen must be HOST:PORT, for example 127.0.0.1:8470 (port 0 picks a free one)");
            return std::nullopt;
        }
        config.listenHost = listen.left(colon).remove(u'[').remove(u']');
        config.listenPort = quint16(port);
    }
    config.dataDir = merged.value(QStringLiteral("data_dir"));
    if (config.dataDir.isEmpty())
        config.dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/adp");
    config.dataDir = QDir(config.dataDir).absolutePath();
    config.databaseUrl = merged.value(QStringLiteral("database"));
    config.redisUrl = merged.value(QStringLiteral("redis"));
    config.auditKeyFile = merged.value(QStringLiteral("audit_key_file"));
    config.auditSigningKeyFile = merged.value(QStringLiteral("audit_signing_key_file"));
    config.secretsKeyFile = merged.value(QStringLiteral("secrets_key_file"));
    config.publicUrl = merged.value(QStringLiteral("public_url"));
    if (merged.contains(QStringLiteral("providers"))) {
        try {
            const YAML::Node list = YAML::Load(merged.value(QStringLiteral("providers")).toStdString());
            for (const auto &item : list) {
                const auto text = [&item](const char *key) {
                    return item[key] ? QString::fromStdString(item[key].as<std::string>()) : QString();
                };
                ConfiguredProvider provider{
                    text("name"),      text("type"),
                    text("client_id"), text("client_secret_file"),
                    text("issuer"),    item["link_by_email"] && item["link_by_email"].as<bool>()};
                if (provider.name.isEmpty() || provider.clientSecretFile.isEmpty()) {
                    *error = QStringLiteral("providers: each needs name, type, client_id and client_secret_file");
                    return std::nullopt;
                }
                config.providers.append(provider);
            }
        } catch (const YAML::Exception &exception) {
            *error = QStringLiteral("providers: %1").arg(QString::fromStdString(exception.what()));
            return std::nullopt;
        }
    }
    if (!config.publicUrl.isEmpty()) {
        const QUrl url(config.publicUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty() ||
            url.hasQuery() || url.hasFragment() || (!url.path().isEmpty() && url.path() != u"/")) {
            *error = QStringLiteral("public_url must be an http(s) origin such as https://adp.example.com");
            return std::nullopt;
        }
    }
    if (merged.contains(QStringLiteral("log_format"))) {
        config.logFormat = merged.value(QStringLiteral("log_format"));
        if (config.logFormat != u"text" && config.logFormat != u"json") {
            *error = QStringLiteral("log_format must be text or json");
            return std::nullopt;
        }
    }
    if (merged.contains(QStringLiteral("log_level"))) {
        config.logLevel = merged.value(QStringLiteral("log_level"));
        static const QStringList levels{QStringLiteral("trace"), QStringLiteral("debug"), QStringLiteral("info"),
                                        QStringLiteral("warn"), QStringLiteral("error")};
        if (!levels.contains(config.logLevel)) {
            *error = QStringLiteral("log_level must be one of %1").arg(levels.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    if (merged.contains(QStringLiteral("http_threads"))) {
        const auto threads = positive(QStringLiteral("http_threads"), 64);
        if (!threads)
            return std::nullopt;
        config.httpThreads = int(*threads);
    }
    if (merged.contains(QStringLiteral("workers"))) {
        const auto workers = between(QStringLiteral("workers"), 0, 64);
        if (!workers)
            return std::nullopt;
        config.workers = int(*workers);
    }
    if (merged.contains(QStringLiteral("poll_interval"))) {
        const auto interval = between(QStringLiteral("poll_interval"), 0, 24 * 3600);
        if (!interval)
            return std::nullopt;
        config.pollIntervalSeconds = *interval;
    }
    if (merged.contains(QStringLiteral("job_lease"))) {
        const auto lease = between(QStringLiteral("job_lease"), 3, 3600);
        if (!lease)
            return std::nullopt;
        config.jobLeaseSeconds = *lease;
    }
    if (merged.contains(QStringLiteral("kubernetes_executor")))
        config.kubernetesExecutor = merged.value(QStringLiteral("kubernetes_executor"));
    if (merged.contains(QStringLiteral("worker_tags"))) {
        for (const QString &tag : merged.value(QStringLiteral("worker_tags")).split(u',', Qt::SkipEmptyParts))
            config.workerTags.append(tag.trimmed());
        config.workerTags.removeAll(QString());
    }
    if (merged.contains(QStringLiteral("project_concurrency"))) {
        const auto limit = between(QStringLiteral("project_concurrency"), 0, 1000);
        if (!limit)
            return std::nullopt;
        config.projectConcurrency = int(*limit);
    }
    if (merged.contains(QStringLiteral("role"))) {
        config.role = merged.value(QStringLiteral("role"));
        static const QStringList roles{QStringLiteral("all"), QStringLiteral("api"), QStringLiteral("worker")};
        if (!roles.contains(config.role)) {
            *error = QStringLiteral("role must be one of %1").arg(roles.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (config.role == u"api")
            config.workers = 0;
    }
    if (merged.contains(QStringLiteral("max_log_mib"))) {
        const auto mib = positive(QStringLiteral("max_log_mib"), 4096);
        if (!mib)
            return std::nullopt;
        config.maxLogMib = int(*mib);
    }
    if (merged.contains(QStringLiteral("sandbox"))) {
        static const QHash<QString, Isolation> kinds{{QStringLiteral("auto"), Isolation::Auto},
                                                     {QStringLiteral("bubblewrap"), Isolation::Bubblewrap},
                                                     {QStringLiteral("user"), Isolation::SeparateUser},
                                                     {QStringLiteral("unsafe-none"), Isolation::UnsafeNone}};
        const QString sandbox = merged.value(QStringLiteral("sandbox"));
        if (!kinds.contains(sandbox)) {
            *error = QStringLiteral("sandbox must be auto, bubblewrap, user or unsafe-none");
            return std::nullopt;
        }
        config.isolation = kinds.value(sandbox);
    }
    if (merged.contains(QStringLiteral("repository_roots"))) {
        for (const QString &root : merged.value(QStringLiteral("repository_roots")).split(u',', Qt::SkipEmptyParts)) {
            const QString trimmed = root.trimmed();
            if (!QDir::isAbsolutePath(trimmed)) {
                *error = QStringLiteral("repository_roots must be absolute paths, got %1").arg(trimmed);
                return std::nullopt;
            }
            config.repositoryRoots.append(QDir::cleanPath(trimmed));
        }
    }
    if (merged.contains(QStringLiteral("max_pipeline_jobs"))) {
        const auto limit = positive(QStringLiteral("max_pipeline_jobs"), 100000);
        if (!limit)
            return std::nullopt;
        config.maxPipelineJobs = int(*limit);
    }
    if (merged.contains(QStringLiteral("http_max_connections_per_address"))) {
        const auto limit = positive(QStringLiteral("http_max_connections_per_address"), 1000000);
        if (!limit)
            return std::nullopt;
        config.httpMaxConnectionsPerAddress = int(*limit);
    }
    if (merged.contains(QStringLiteral("http_header_timeout"))) {
        const auto seconds = positive(QStringLiteral("http_header_timeout"), 600);
        if (!seconds)
            return std::nullopt;
        config.httpHeaderTimeoutSeconds = int(*seconds);
    }
    if (merged.contains(QStringLiteral("http_idle_timeout"))) {
        const auto seconds = positive(QStringLiteral("http_idle_timeout"), 3600);
        if (!seconds)
            return std::nullopt;
        config.httpIdleTimeoutSeconds = int(*seconds);
    }
    if (merged.contains(QStringLiteral("extra_ca_file")))
        config.extraCaFile = merged.value(QStringLiteral("extra_ca_file"));
    if (merged.contains(QStringLiteral("notification_targets"))) {
        const QString targets = merged.value(QStringLiteral("notification_targets"));
        if (targets != u"public" && targets != u"any") {
            *error = QStringLiteral("notification_targets must be public or any");
            return std::nullopt;
        }
        config.allowLocalNotificationTargets = targets == u"any";
    }
    if (merged.contains(QStringLiteral("ai_targets"))) {
        const QString targets = merged.value(QStringLiteral("ai_targets"));
        if (targets != u"auto" && targets != u"public" && targets != u"any") {
            *error = QStringLiteral("ai_targets must be auto, public or any");
            return std::nullopt;
        }
        config.aiTargets = targets;
    }
    if (merged.contains(QStringLiteral("audit_retention_days"))) {
        const auto days = between(QStringLiteral("audit_retention_days"), 0, 36500);
        if (!days)
            return std::nullopt;
        config.auditRetentionDays = int(*days);
    }
    if (merged.contains(QStringLiteral("audit_archive_dir")))
        config.auditArchiveDir = merged.value(QStringLiteral("audit_archive_dir"));
    if (merged.contains(QStringLiteral("max_artifact_mib"))) {
        const auto mib = positive(QStringLiteral("max_artifact_mib"), 4096);
        if (!mib)
            return std::nullopt;
        config.maxArtifactMib = int(*mib);
    }
    if (merged.contains(QStringLiteral("session_ttl"))) {
        const auto ttl = positive(QStringLiteral("session_ttl"), 365LL * 24 * 3600);
        if (!ttl)
            return std::nullopt;
        config.sessionTtlSeconds = *ttl;
    }
    if (merged.contains(QStringLiteral("session_max"))) {
        const auto max = positive(QStringLiteral("session_max"), 365LL * 24 * 3600);
        if (!max)
            return std::nullopt;
        config.sessionMaxSeconds = *max;
    }
    if (merged.contains(QStringLiteral("database_pool"))) {
        const auto pool = positive(QStringLiteral("database_pool"), 256);
        if (!pool)
            return std::nullopt;
        config.databasePoolSize = int(*pool);
    }
    return config;
}

QString ServerConfig::effectiveAuditKeyFile() const
{
    return auditKeyFile.isEmpty() ? dataDir + QStringLiteral("/audit.key") : auditKeyFile;
}

QString ServerConfig::effectiveAuditSigningKeyFile() const
{
    return auditSigningKeyFile.isEmpty() ? dataDir + QStringLiteral("/audit-signing.key") : auditSigningKeyFile;
}

QString ServerConfig::effectiveAuditArchiveDir() const
{
    return auditArchiveDir.isEmpty() ? dataDir + QStringLiteral("/audit-archives") : auditArchiveDir;
}

QString ServerConfig::effectiveSecretsKeyFile() const
{
    return secretsKeyFile.isEmpty() ? dataDir + QStringLiteral("/secrets.key") : secretsKeyFile;
}

QString ServerConfig::effectiveDatabaseUrl() const
{
    if (!databaseUrl.isEmpty())
        return databaseUrl;
    return QStringLiteral("sqlite://") + dataDir + QStringLiteral("/adp.db");
}

} // namespace adp::server
