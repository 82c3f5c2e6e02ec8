#include "TestBackends.h"
#include "app/SecretsRotation.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QMutex>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <functional>

using namespace adp::server::storage;
using adp::test::addBackendRows;
using adp::test::TestBackends;

// One storage suite, run against SQLite and PostgreSQL alike.
class TestStorage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> freshMigrated()
    {
        QFETCH(QString, backend);
        auto database = Database::open(TestBackends::create(backend).databaseUrl, 4);
        Migrator(*database).migrate();
        return database;
    }

    static RowBatch one()
    {
        RowBatch rows(3);
        rows.add(1).add(QStringLiteral("one")).addNull();
        return rows;
    }

    static qint64 countProjects(Database &database)
    {
        return database.query(QStringLiteral("SELECT COUNT(*) FROM projects")).value(0, 0).toLongLong();
    }

    // Runs body(0..count-1) on threads of their own and waits for all of them.
    static bool inThreads(int count, const std::function<void(int)> &body)
    {
        QList<QThread *> threads;
        for (int t = 0; t < count; ++t) {
            threads.append(QThread::create(body, t));
            threads.last()->start();
        }
        bool finished = true;
        for (QThread *thread : threads) {
            finished = thread->wait(60000) && finished;
            delete thread;
        }
        return finished;
    }

    static void insertProject(Transaction &tx, const QString &slug)
    {
        tx.exec(QStringLiteral("INSERT INTO projects (name, sort_name, search_text, slug, default_branch, visibility, "
                               "created_at, updated_at) VALUES (?, ?, ?, ?, 'main', 'private', 1, 1)"),
                {slug, slug, slug, slug});
    }

private Q_SLOTS:
    void migratesOnceAndReportsVersion_data() { addBackendRows(); }
    void migratesOnceAndReportsVersion()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        auto database = Database::open(TestBackends::create(backend).databaseUrl, 2);
        Migrator migrator(*database);
        QCOMPARE(migrator.currentVersion(), 0);
        QCOMPARE(migrator.migrate(), Migrator::latestVersion());
        QCOMPARE(migrator.currentVersion(), Migrator::latestVersion());
        QCOMPARE(migrator.migrate(), 0); // idempotent
    }

    // Every column that holds a sealed secret is one `adp-server secrets rotate-key` seals again:
    // a sealed column it does not know would stay under a key that leaves the ring.
    void keyRotationKnowsEverySealedColumn()
    {
        auto database = Database::open(TestBackends::create(QStringLiteral("sqlite")).databaseUrl, 1);
        Migrator(*database).migrate();
        QStringList inSchema;
        const auto tables = database->query(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        for (int row = 0; row < tables.size(); ++row) {
            const QString table = tables.value(row, 0).toString();
            const auto columns = database->query(QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
            for (int column = 0; column < columns.size(); ++column) {
                if (columns.value(column, 0).toString().contains(QStringLiteral("sealed")))
                    inSchema.append(table + u'.' + columns.value(column, 0).toString());
            }
        }
        QStringList rotated;
        for (const auto &column : adp::server::SecretsRotation::sealedColumns()) {
            if (QByteArrayView(column.prefix).isEmpty()) // prefixed ones live in columns of other names
                rotated.append(QString::fromLatin1(column.table) + u'.' + QString::fromLatin1(column.column));
        }
        inSchema.sort();
        rotated.sort();
        QCOMPARE(rotated, inSchema);
    }

    void refusesNewerSchema_data() { addBackendRows(); }
    void refusesNewerSchema()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        auto database = freshMigrated();
        database->query(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                        {Migrator::latestVersion() + 1, QStringLiteral("from_the_future"), 0});
        try {
            Migrator(*database).migrate();
            QFAIL("a newer schema must be refused");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::SchemaTooNew);
            QVERIFY(QString::fromUtf8(error.what()).contains(QStringLiteral("newer adp-server")));
        }
    }

    void parametersAreNeverSql_data() { addBackendRows(); }
    void parametersAreNeverSql()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        auto database = freshMigrated();
        const QString hostile = QStringLiteral("x'); DROP TABLE projects; -- ? $1 \\ 支付");
        {
            Transaction tx(*database);
            insertProject(tx, hostile);
            tx.commit();
        }
        const auto rows = database->query(QStringLiteral("SELECT slug FROM projects WHERE slug = ?"), {hostile});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.value(0, QStringLiteral("slug")).toString(), hostile);
    }

    void valueTypesRoundTrip_data() { addBackendRows(); }
    void valueTypesRoundTrip()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        auto database = freshMigrated();
        database->query(
            QStringLiteral("INSERT INTO users (username, password_hash, is_admin, created_at) VALUES (?, ?, ?, ?)"),
            {QStringLiteral("u"), QString(), true, Q_INT64_C(9007199254740993)});
        const auto rows = database->query(QStringLiteral("SELECT id, password_hash, is_admin, created_at FROM users"));
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.value(0, 0).toLongLong() > 0);
        QCOMPARE(rows.value(0, 1).toString(), QString()); // empty, not NULL
        QVERIFY(!rows.value(0, 1).isNull());
        QCOMPARE(rows.value(0, 2).toBool(), true);
        QCOMPARE(rows.value(0, 3).toLongLong(), Q_INT64_C(9007199254740993));
        database->query(
            QStringLiteral(
                "INSERT INTO audit_events (occurred_at, actor_name, action, target_type, target_id, "
                "request_id, before_json, seq, prev_hash, hash) VALUES (1, 'a', 'x', 't', '1', 'r', ?, 1, '', '')"),
            {QVariant()});
        const auto nulls = database->query(QStringLiteral("SELECT before_json, actor_id FROM audit_events"));
        QCOMPARE(nulls.size(), 1);
        QVERIFY(nulls.value(0, 0).isNull());
        QVERIFY(nulls.value(0, 1).isNull());
    }

    // forEachRow gives each column as the database's text, the same on both backends (SQLite
    // reads it straight from sqlite3): numbers in decimal, UTF-8 as stored, NULL told apart
    // from empty; parameters of every type bind; a refused statement throws a typed error.
    void rowsAsTextAreTheSameOnBothBackends_data() { addBackendRows(); }
    void rowsAsTextAreTheSameOnBothBackends()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        auto database = freshMigrated();
        database->query(
            QStringLiteral("INSERT INTO users (username, password_hash, is_admin, created_at) VALUES (?, ?, ?, ?)"),
            {QStringLiteral("zoë 用户"), QString(), true, Q_INT64_C(9007199254740993)});
        database->query(
            QStringLiteral("INSERT INTO users (username, password_hash, is_admin, created_at) VALUES (?, ?, ?, ?)"),
            {QStringLiteral("second"), QStringLiteral("h"), false, 2});
        QList<QByteArrayList> seen;
        QList<bool> nulls;
        database->forEachRow(
            QStringLiteral("SELECT username, password_hash, created_at, NULL FROM users "
                           "WHERE created_at >= ? AND username <> ? ORDER BY id"),
            {1, QStringLiteral("nobody")}, [&](const RowView &row) {
                seen.append({row.text(0).toByteArray(), row.text(1).toByteArray(), row.text(2).toByteArray()});
                nulls.append(row.isNull(1));
                nulls.append(row.isNull(3));
            });
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(0), (QByteArrayList{QStringLiteral("zoë 用户").toUtf8(), "", "9007199254740993"}));
        QCOMPARE(seen.at(1), (QByteArrayList{"second", "h", "2"}));
        QCOMPARE(nulls, (QList<bool>{false, true, false, true})); // empty is not NULL; NULL is
        int rows = 0;
        database->forEachRow(QStringLiteral("SELECT id FROM users WHERE username = ?"),
                             {QStringLiteral("x' OR '1'='1")}, [&](const RowView &) { ++rows; });
        QCOMPARE(rows, 0);
        QVERIFY_THROWS_EXCEPTION(
            StorageError, database->forEachRow(QStringLiteral("SELECT nope FROM nowhere"), {}, [](const RowView &) {}));
        QVERIFY(database->ping());
    }

    // Bulk rows (COPY on PostgreSQL): every value as given, escapes and NULL included, within the
    // transaction (after what waits in it), nothing kept when it fails or rolls back.
    void copyInAppendsRowsAsGiven_data() { addBackendRows(); }
    void copyInAppendsRowsAsGiven()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        auto database = freshMigrated();
        database->query(QStringLiteral("CREATE TABLE bulk_rows (n BIGINT NOT NULL, label TEXT, note TEXT)"));
        const QStringList columns{QStringLiteral("n"), QStringLiteral("label"), QStringLiteral("note")};
        const QString awkward = QStringLiteral("tab\there, line\nbreak\r\\N back\\slash 'q' \"dq\" 用户 \\.");
        RowBatch rows(3);
        rows.add(Q_INT64_C(-9007199254740993)).add(awkward).addNull();
        rows.add(0).add(QByteArrayView("")).add(QStringLiteral("\\N"));
        for (int i = 2; i < 5000; ++i)
            rows.add(i).add(QStringLiteral("row %1").arg(i)).addNull();
        {
            Transaction tx(*database);
            tx.execLater(QStringLiteral("INSERT INTO bulk_rows (n, label) VALUES (?, ?)"),
                         {-1, QStringLiteral("first")});
            tx.copyIn(QStringLiteral("bulk_rows"), columns, rows);
            tx.commit();
        }
        const auto all = database->query(QStringLiteral("SELECT n, label, note FROM bulk_rows ORDER BY n"));
        QCOMPARE(all.size(), 5001);
        QCOMPARE(all.value(0, 0).toLongLong(), Q_INT64_C(-9007199254740993));
        QCOMPARE(all.value(0, 1).toString(), awkward);
        QVERIFY(all.value(0, 2).isNull());
        QCOMPARE(all.value(1, 1).toString(), QStringLiteral("first"));
        QCOMPARE(all.value(2, 0).toLongLong(), 0);
        QCOMPARE(all.value(2, 1).toString(), QString()); // empty, not NULL
        QVERIFY(!all.value(2, 1).isNull());
        QCOMPARE(all.value(2, 2).toString(), QStringLiteral("\\N")); // the text, not NULL
        QCOMPARE(all.value(5000, 1).toString(), QStringLiteral("row 4999"));

        RowBatch failing(3);
        failing.add(7).add(QStringLiteral("kept?")).addNull();
        failing.addNull().add(QStringLiteral("n may not be NULL")).addNull();
        try {
            Transaction tx(*database);
            tx.exec(QStringLiteral("DELETE FROM bulk_rows"));
            tx.copyIn(QStringLiteral("bulk_rows"), columns, failing);
            tx.commit();
            QFAIL("a NULL in a NOT NULL column was taken");
        } catch (const StorageError &) {
        }
        QCOMPARE(database->query(QStringLiteral("SELECT COUNT(*) FROM bulk_rows")).value(0, 0).toLongLong(), 5001);
        {
            Transaction tx(*database);
            RowBatch one(3);
            one.add(100000).add(QStringLiteral("rolled back")).addNull();
            tx.copyIn(QStringLiteral("bulk_rows"), columns, one);
        }
        QCOMPARE(
            database->query(QStringLiteral("SELECT COUNT(*) FROM bulk_rows WHERE n = 100000")).value(0, 0).toLongLong(),
            0);
        Transaction tx(*database);
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 tx.copyIn(QStringLiteral("bulk_rows; DROP TABLE users"), columns, one()));
        QVERIFY_THROWS_EXCEPTION(StorageError, tx.copyIn(QStringLiteral("bulk_rows"), {QStringLiteral("n")}, one()));
        RowBatch half(3);
        half.add(9);
        QVERIFY_THROWS_EXCEPTION(StorageError, tx.copyIn(QStringLiteral("bulk_rows"), columns, half));
    }

    void rollbackLeavesNothing_data() { addBackendRows(); }
    void rollbackLeavesNothing()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        auto database = freshMigrated();
        try {
            Transaction tx(*database);
            insertProject(tx, QStringLiteral("first"));
            throw std::runtime_error("failure between two writes");
        } catch (const std::runtime_error &) {
        }
        QCOMPARE(countProjects(*database), 0);
        {
            Transaction tx(*database);
            insertProject(tx, QStringLiteral("kept"));
            tx.commit();
        }
        QCOMPARE(countProjects(*database), 1);
    }

    // Schema 23 on a trail written before it: the sealed events and the chain head stay as
    // they were, and the table is append-only again afterwards.
    void auditSealingKeepsAnExistingTrail_data() { addBackendRows(); }
    void auditSealingKeepsAnExistingTrail()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        auto database = Database::open(TestBackends::create(backend).databaseUrl, 4);
        Migrator(*database).migrate(22);
        database->query(QStringLiteral("INSERT INTO audit_events (occurred_at, actor_name, action, target_type, "
                                       "target_id, request_id, seq, prev_hash, hash) VALUES (1, 'a', 'x', 't', '1', "
                                       "'r', 1, '', 'h1')"));
        Migrator(*database).migrate();
        const auto rows = database->query(QStringLiteral("SELECT seq, hash, entry_mac FROM audit_events"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.value(0, 0).toLongLong(), 1);
        QCOMPARE(rows.value(0, 1).toString(), QStringLiteral("h1"));
        QVERIFY(rows.value(0, 2).isNull());
        QVERIFY_THROWS_EXCEPTION(std::exception,
                                 database->query(QStringLiteral("UPDATE audit_events SET hash = 'h2'")));
        QVERIFY_THROWS_EXCEPTION(std::exception, database->query(QStringLiteral("DELETE FROM audit_events")));
        // New events get ids after the old ones.
        database->query(QStringLiteral("INSERT INTO audit_events (occurred_at, actor_name, action, target_type, "
                                       "target_id, request_id) VALUES (2, 'a', 'x', 't', '1', 'r')"));
        QCOMPARE(
            database->query(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE id > 1")).value(0, 0).toLongLong(),
            1);
    }

    // Deferred writes travel with the next statement or with the COMMIT, in order, and a
    // failing one fails the commit: the transaction keeps nothing, not even what ran before it.
    void laterWritesGoWithTheNextStatementOrTheCommit_data() { addBackendRows(); }
    void laterWritesGoWithTheNextStatementOrTheCommit()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        auto database = freshMigrated();
        const QString insert = QStringLiteral("INSERT INTO projects (name, sort_name, search_text, slug, "
                                              "default_branch, visibility, created_at, updated_at) VALUES (?, ?, ?, "
                                              "?, 'main', 'private', 1, 1)");
        {
            Transaction tx(*database);
            tx.execLater(insert, {"a", "a", "a", "a"});
            // The next statement sees the deferred one: it ran first.
            QCOMPARE(tx.exec(QStringLiteral("SELECT COUNT(*) FROM projects")).value(0, 0).toLongLong(), 1);
            tx.execLater(insert, {"b", "b", "b", "b"});
            tx.commit();
        }
        QCOMPARE(countProjects(*database), 2);

        {
            Transaction tx(*database);
            insertProject(tx, QStringLiteral("c"));
            tx.execLater(insert, {"a", "a", "a", "a"}); // slug taken
            try {
                tx.commit();
                QFAIL("a commit whose deferred write fails must throw");
            } catch (const StorageError &error) {
                QCOMPARE(error.kind(), StorageError::Kind::UniqueViolation);
            }
        }
        QCOMPARE(countProjects(*database), 2);
        {
            Transaction tx(*database); // the connection is usable again
            tx.execLater(insert, {"d", "d", "d", "d"});
            tx.rollback(); // and a rollback drops what was deferred
        }
        QCOMPARE(countProjects(*database), 2);
        {
            Transaction tx(*database);
            tx.execLater(insert, {"e", "e", "e", "e"});
            tx.commit();
        }
        QCOMPARE(countProjects(*database), 3);
    }

    // On PostgreSQL BEGIN travels with a transaction's first statement: still one transaction.
    void aBatchRunsInOrderAndStopsAtTheFirstFailure_data() { addBackendRows(); }
    void aBatchRunsInOrderAndStopsAtTheFirstFailure()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        auto database = freshMigrated();
        const QString insert = QStringLiteral(
            "INSERT INTO projects (name, sort_name, search_text, slug, default_branch, visibility, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, 'main', 'private', 1, 1) RETURNING id");
        const QString count = QStringLiteral("SELECT COUNT(*) FROM projects WHERE slug LIKE ?");
        {
            Transaction tx(*database); // the batch is the transaction's first statement: BEGIN goes with it
            const QList<ResultSet> results =
                tx.execBatch({{insert, {"a", "a", "a", "b-1"}}, {insert, {"b", "b", "b", "b-2"}}, {count, {"b-%"}}});
            QCOMPARE(results.size(), 3);
            QVERIFY(results.at(1).value(0, 0).toLongLong() > results.at(0).value(0, 0).toLongLong());
            QCOMPARE(results.at(2).value(0, 0).toInt(), 2); // each sees what the earlier ones did
            if (backend == u"postgres")
                QCOMPARE(countProjects(*database), 0); // not committed yet
            tx.commit();
        }
        QCOMPARE(countProjects(*database), 2);
        try {
            Transaction tx(*database);
            insertProject(tx, QStringLiteral("before"));
            tx.execBatch({{insert, {"c", "c", "c", "c-1"}},
                          {QStringLiteral("SELECT nope FROM nowhere"), {}},
                          {insert, {"d", "d", "d", "d-1"}}});
            QFAIL("a failing batch returned");
        } catch (const StorageError &error) {
            QVERIFY(QString::fromUtf8(error.what()).contains(u"nope"));
        }
        QCOMPARE(countProjects(*database), 2); // nothing of it kept
        Transaction tx(*database);             // the connection is usable again
        QCOMPARE(tx.execBatch({{count, {"%"}}}).first().value(0, 0).toInt(), 2);
        tx.commit();
    }

    void firstStatementOpensTheTransaction_data() { addBackendRows(); }
    void firstStatementOpensTheTransaction()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        auto database = freshMigrated();
        {
            Transaction tx(*database);
            insertProject(tx, QStringLiteral("unseen"));
            if (backend == u"postgres") // another connection (SQLite's pool shares its one writer)
                QCOMPARE(countProjects(*database), 0);
            insertProject(tx, QStringLiteral("second"));
            tx.commit();
        }
        QCOMPARE(countProjects(*database), 2);
        {
            Transaction nothing(*database); // runs no statement: commits and rolls back nothing
            nothing.commit();
        }
        {
            Transaction nothing(*database);
        }
        try {
            Transaction tx(*database);
            tx.exec(QStringLiteral("SELECT nope FROM nowhere"));
            QFAIL("bad SQL accepted");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Query);
            QVERIFY(QString::fromUtf8(error.what()).contains(u"nope"));
        }
        for (int i = 0; i < 8; ++i) { // every pooled connection is healthy and outside any transaction
            Transaction tx(*database);
            insertProject(tx, QStringLiteral("after-%1").arg(i));
            tx.commit();
        }
        QCOMPARE(countProjects(*database), 10);
    }

    void uniqueViolationIsTyped_data() { addBackendRows(); }
    void uniqueViolationIsTyped()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        auto database = freshMigrated();
        {
            Transaction tx(*database);
            insertProject(tx, QStringLiteral("dup"));
            tx.commit();
        }
        try {
            Transaction tx(*database);
            insertProject(tx, QStringLiteral("dup"));
            tx.commit();
            QFAIL("duplicate slug accepted");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::UniqueViolation);
        }
        QCOMPARE(countProjects(*database), 1);
        // The connection that failed is healthy again for the next borrower.
        QCOMPARE(database->query(QStringLiteral("SELECT 1")).size(), 1);
    }

    void badSqlIsQueryError_data() { addBackendRows(); }
    void badSqlIsQueryError()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        auto database = freshMigrated();
        QVERIFY_THROWS_EXCEPTION(StorageError, database->query(QStringLiteral("SELECT nope FROM nowhere")));
        QVERIFY(database->ping());
    }

    void concurrentWritersFromThreads_data() { addBackendRows(); }
    void concurrentWritersFromThreads()
    {
        QFETCH(QString, backend);
        ADP_REQUIRE_BACKEND(backend);
        auto database = freshMigrated();
        std::atomic<int> failures{0};
        QVERIFY(inThreads(4, [&](int t) {
            for (int i = 0; i < 25; ++i) {
                try {
                    Transaction tx(*database);
                    insertProject(tx, QStringLiteral("t%1-%2").arg(t).arg(i));
                    tx.commit();
                } catch (const std::exception &) {
                    ++failures;
                }
            }
        }));
        QCOMPARE(failures.load(), 0);
        QCOMPARE(countProjects(*database), 100);
    }

    void unreachableDatabaseIsUnavailable()
    {
        try {
            Database::open(QStringLiteral("postgres://nobody@127.0.0.1:1/none?connect_timeout=2"), 1);
            QFAIL("connected to a closed port");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Unavailable);
        }
        QVERIFY_THROWS_EXCEPTION(StorageError, Database::open(QStringLiteral("mysql://x"), 1));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
