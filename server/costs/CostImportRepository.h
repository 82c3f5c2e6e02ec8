#pragma once

#include "shared/costs/CostImport.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <optional>

namespace adp::server::costs {

// The cost_imports table (one row per imported bill) and its cost_lines.
class CostImportRepository
{
public:
    struct Stored
    {
        shared::costs::CostImport bill; // without the organisation's slug, which the caller knows
        qint64 organisationId = 0;
    };

    explicit CostImportRepository(storage::Database &database)
        : m_database(database)
    {
    }

    QList<Stored> list(qint64 organisationId);
    std::optional<Stored> find(qint64 organisationId, qint64 id);

    // Imports of one organisation wait for each other from here to their commit, so two at once
    // never both find the period free.
    static void lockOrganisation(storage::Transaction &tx, qint64 organisationId);
    // Inserted first, to give the lines their import's id; its figures come with complete().
    static qint64 insert(storage::Transaction &tx, const Stored &stored);
    static void complete(storage::Transaction &tx, const Stored &stored);
    // Imports of the organisation (but `exceptId`) whose billing periods overlap [start, end).
    static QList<Stored> overlapping(storage::Transaction &tx, qint64 organisationId, const QDateTime &start,
                                     const QDateTime &end, qint64 exceptId);
    static void remove(storage::Transaction &tx, qint64 id); // its lines go too

    static const QStringList &lineColumns(); // cost_lines, in the order FocusImporter adds them

private:
    static Stored fromRow(const storage::ResultSet &rows, int row);

    storage::Database &m_database;
};

} // namespace adp::server::costs
