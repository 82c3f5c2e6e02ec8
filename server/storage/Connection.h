#pragma once

#include "ResultSet.h"

#include <QString>

namespace adp::server::storage {

// One open database connection. Statements use `?` placeholders on every
// backend; values are always bound, never spliced into SQL text.
class Connection
{
public:
    virtual ~Connection() = default;

    virtual ResultSet exec(const QString &sql, const SqlParams &params = {}) = 0;

    virtual void begin() = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;
};

} // namespace adp::server::storage
