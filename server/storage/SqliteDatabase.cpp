#include "SqliteDatabase.h"

#include "SqliteConnection.h"

#include <QThread>

namespace adp::server::storage {

SqliteDatabase::SqliteDatabase(QString path)
    : m_path(std::move(path))
    , m_connectionPrefix(QStringLiteral("adp-sqlite-%1").arg(quintptr(this), 0, 16))
    , m_lifetime(std::make_unique<QObject>())
{
    acquire(); // fail early when the file cannot be opened
}

SqliteDatabase::~SqliteDatabase()
{
    m_lifetime.reset(); // no thread-exit callback may reach a dead database
    QMutexLocker lock(&m_mutex);
    m_connections.clear();
}

QString SqliteDatabase::describe() const
{
    return QStringLiteral("SQLite %1").arg(m_path);
}

ConnectionLease SqliteDatabase::acquire()
{
    QThread *thread = QThread::currentThread();
    QMutexLocker lock(&m_mutex);
    std::shared_ptr<SqliteConnection> &connection = m_connections[thread];
    if (!connection) {
        const QString name = m_connectionPrefix + QStringLiteral("-%1").arg(quintptr(thread), 0, 16);
        try {
            connection = std::make_shared<SqliteConnection>(name, m_path, &m_writeLock);
        } catch (...) {
            m_connections.remove(thread);
            throw;
        }
        // The connection dies with its thread, in that thread, as QtSql requires.
        QObject::connect(
            thread, &QThread::finished, m_lifetime.get(),
            [this, thread]() {
                QMutexLocker inner(&m_mutex);
                m_connections.remove(thread);
            },
            Qt::DirectConnection);
    }
    return ConnectionLease(connection.get(), {});
}

} // namespace adp::server::storage
