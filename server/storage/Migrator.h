#pragma once

#include "Database.h"

#include <QList>
#include <QSet>

namespace adp::server::storage {

// Versioned schema migrations, one .sql file per version and backend under
// storage/migrations/. Each version applies in its own transaction; a database
// written by a newer binary is refused rather than guessed at.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };

    explicit Migrator(Database &database);

    static int latestVersion();
    int currentVersion();
    // Applies pending migrations up to `targetVersion` (all by default); returns how many.
    // Throws StorageError::SchemaTooNew when the database is ahead of this binary.
    int migrate(int targetVersion = 0);

private:
    QList<Migration> migrations() const;
    void ensureVersionTable();
    QSet<int> appliedVersions();
    static int newest(const QSet<int> &versions);
    static void refuseNewer(int current);

    Database &m_database;
};

} // namespace adp::server::storage
