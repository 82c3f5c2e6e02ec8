#pragma once

#include "crypto/SecretBox.h"
#include "storage/Database.h"

#include <functional>

namespace adp::server {

// `adp-server secrets rotate-key`, online: a new key goes first in the key ring (the old one stays
// in it, so everything still opens), running servers pick the ring up within a second and seal
// with the new key from then on, every stored secret sealed with an older key is sealed again
// under the new one (in memory, never written in clear; each row only if nobody changed it
// meanwhile), a second pass catches what a server sealed with the old key just before it
// switched, and then the old key leaves the ring. Stopped half-way, nothing is lost: run it again.
class SecretsRotation
{
public:
    struct Report
    {
        int resealed = 0;   // secrets sealed again under the new key
        int unreadable = 0; // values no key of the ring opens (left as they were)
        bool retired = false;
    };
    using Progress = std::function<void(const QString &line)>;

    // Every place a secret is stored sealed. `prefix`: the value is prefix + sealed text (rows
    // written before sealing hold plain JSON instead and are left alone).
    struct Column
    {
        const char *table;
        const char *key;
        const char *column;
        const char *prefix;
    };
    static const QList<Column> &sealedColumns();

    // `settleMs`: how long running servers get to read the new ring before the passes.
    static Report rotate(storage::Database &database, const QString &keyFile, int settleMs, const Progress &progress);

private:
    // Seals again what the current key does not open; counts what no key opens.
    static void reseal(storage::Database &database, const crypto::SecretBox &box, const Column &column, Report &report);
};

} // namespace adp::server
