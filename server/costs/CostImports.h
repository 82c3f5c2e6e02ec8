#pragma once

#include "CostImportRepository.h"
#include "access/Authorizer.h"
#include "audit/AuditRecorder.h"
#include "core/Clock.h"
#include "core/ServiceError.h"

#include <QIODevice>

namespace adp::server::costs {

// Cloud bills an organisation imports from FOCUS exports. Admins import and delete (cost.import.*
// in the permission table), members list them. An import is one transaction: a bad file (named
// row and column), or one whose providers' billing periods overlap a different import, leaves
// everything as it was; the same providers over the same periods again replace the earlier
// import instead of counting twice. Every import and deletion is audited.
class CostImports
{
public:
    struct Dependencies
    {
        storage::Database &database;
        CostImportRepository &imports;
        const access::Authorizer &authorizer;
        const audit::AuditRecorder &audit;
        const Clock &clock;
    };
    explicit CostImports(Dependencies dependencies)
        : m(dependencies)
    {
    }

    static constexpr int kMaxSourceLength = 255;

    Outcome<shared::costs::CostImport> importFocus(const MutationContext &context, const QString &organisation,
                                                   QIODevice &file, const QString &source);
    Outcome<QList<shared::costs::CostImport>> list(const MutationContext &context, const QString &organisation);
    Outcome<shared::costs::CostImport> get(const MutationContext &context, const QString &organisation, qint64 id);
    Outcome<Unit> remove(const MutationContext &context, const QString &organisation, qint64 id);

private:
    using Stored = CostImportRepository::Stored;
    static QJsonObject summary(const Stored &stored);

    Dependencies m;
};

} // namespace adp::server::costs
