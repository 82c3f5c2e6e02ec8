#include "Migrator.h"

#include "StorageError.h"
#include "Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <algorithm>

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace adp::server::storage {

namespace {
const QString kSqliteSuffix = QStringLiteral(".sqlite.sql");
const QString kPostgresSuffix = QStringLiteral(".postgres.sql");
constexpr qint64 kMigrationLockKey = 0x41445001; // "ADP" + 1: one migrator at a time on PostgreSQL
} // namespace

Migrator::Migrator(Database &database)
    : m_database(database)
{
    initMigrationResources();
}

QList<Migrator::Migration> Migrator::migrations() const
{
    const QString suffix = m_database.dialect() == Dialect::Sqlite ? kSqliteSuffix : kPostgresSuffix;
    QList<Migration> result;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        if (!file.endsWith(suffix))
            continue;
        QFile source(dir.filePath(file));
        if (!source.open(QIODevice::ReadOnly))
            continue;
        Migration migration;
        migration.version = file.section(u'_', 0, 0).toInt();
        migration.name = file.chopped(suffix.size()).section(u'_', 1);
        migration.sql = QString::fromUtf8(source.readAll());
        result.append(migration);
    }
    std::sort(result.begin(), result.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

int Migrator::latestVersion()
{
    initMigrationResources();
    int latest = 0;
    for (const QString &file : QDir(QStringLiteral(":/migrations")).entryList(QDir::Files))
        latest = std::max(latest, file.section(u'_', 0, 0).toInt());
    return latest;
}

void Migrator::ensureVersionTable()
{
    m_database.query(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
}

QSet<int> Migrator::appliedVersions()
{
    ensureVersionTable();
    const ResultSet rows = m_database.query(QStringLiteral("SELECT version FROM schema_migrations"));
    QSet<int> versions;
    for (int row = 0; row < rows.size(); ++row)
        versions.insert(int(rows.value(row, 0).toLongLong()));
    return versions;
}

int Migrator::currentVersion()
{
    return newest(appliedVersions());
}

int Migrator::newest(const QSet<int> &versions)
{
    return versions.isEmpty() ? 0 : *std::max_element(versions.begin(), versions.end());
}

void Migrator::refuseNewer(int current)
{
    const int latest = latestVersion();
    if (current > latest) {
        throw StorageError(StorageError::Kind::SchemaTooNew,
                           QStringLiteral("the database schema is version %1 but this adp-server knows only up to "
                                          "version %2; it was upgraded by a newer adp-server. Run that version "
                                          "or restore a backup.")
                               .arg(current)
                               .arg(latest));
    }
}

int Migrator::migrate(int targetVersion)
{
    // One read instead of a locked transaction per version: a server starting on a current
    // schema (every start but the first after an upgrade) asks once and is done.
    const QSet<int> appliedBefore = appliedVersions();
    refuseNewer(newest(appliedBefore));
    int applied = 0;
    for (const Migration &migration : migrations()) {
        if (targetVersion > 0 && migration.version > targetVersion)
            break;
        if (appliedBefore.contains(migration.version))
            continue;
        Transaction tx(m_database);
        if (tx.dialect() == Dialect::Postgres)
            tx.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kMigrationLockKey});
        // Re-read inside the lock: another replica may have just applied it.
        const ResultSet done =
            tx.exec(QStringLiteral("SELECT version FROM schema_migrations WHERE version = ?"), {migration.version});
        if (!done.isEmpty())
            continue;
        for (const QString &statement : migration.sql.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            QString trimmed;
            for (const QString &line : statement.split(u'\n')) {
                if (!line.trimmed().startsWith(QStringLiteral("--")))
                    trimmed += line + u'\n';
            }
            trimmed = trimmed.trimmed();
            if (trimmed.endsWith(u';'))
                trimmed.chop(1);
            if (!trimmed.isEmpty())
                tx.exec(trimmed);
        }
        tx.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                {migration.version, migration.name, QDateTime::currentMSecsSinceEpoch()});
        tx.commit();
        ++applied;
    }
    return applied;
}

} // namespace adp::server::storage
