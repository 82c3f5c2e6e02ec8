#pragma once

#include <QString>
#include <stdexcept>

namespace adp::server::storage {

// The one exception type storage raises. Services catch the kinds a user can
// cause (UniqueViolation) and let the rest reach the HTTP layer as 500/503.
class StorageError : public std::runtime_error
{
public:
    enum class Kind {
        Unavailable,     // cannot connect, pool exhausted, database down
        UniqueViolation, // a UNIQUE constraint refused the write
        Constraint,      // another constraint (foreign key, check, not null)
        Query,           // anything else the database refused
        SchemaTooNew,    // the database was migrated by a newer binary
    };

    StorageError(Kind kind, const QString &message, QString constraint = {})
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_constraint(std::move(constraint))
    {
    }

    Kind kind() const { return m_kind; }
    // Name of the violated constraint or column when the backend reports it.
    const QString &constraint() const { return m_constraint; }

private:
    Kind m_kind;
    QString m_constraint;
};

} // namespace adp::server::storage
