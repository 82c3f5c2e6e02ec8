#include "SecretsRotation.h"

#include "crypto/KeyFile.h"
#include "storage/Transaction.h"

#include <QThread>

namespace adp::server {

namespace {

constexpr int kBatch = 500;

} // namespace

void SecretsRotation::reseal(storage::Database &database, const crypto::SecretBox &box, const Column &column,
                             Report &report)
{
    const QString table = QString::fromLatin1(column.table);
    const QString key = QString::fromLatin1(column.key);
    const QString name = QString::fromLatin1(column.column);
    const QString prefix = QString::fromLatin1(column.prefix);
    qint64 after = -1;
    for (;;) {
        const auto rows = database.query(
            QStringLiteral("SELECT %1, %2 FROM %3 WHERE %1 > ? ORDER BY %1 LIMIT %4").arg(key, name, table).arg(kBatch),
            {after});
        if (rows.isEmpty())
            return;
        storage::Transaction tx(database);
        for (int row = 0; row < rows.size(); ++row) {
            after = rows.value(row, 0).toLongLong();
            const QString stored = rows.value(row, 1).toString();
            if (stored.isEmpty() || !stored.startsWith(prefix))
                continue;
            const QString sealed = stored.mid(prefix.size());
            if (box.sealedWithCurrentKey(sealed))
                continue;
            const auto plain = box.open(sealed);
            if (!plain) {
                ++report.unreadable;
                continue;
            }
            // Only if the row still holds what was read: a change meanwhile was sealed anew anyway.
            const auto changed = tx.exec(
                QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ? AND %2 = ? RETURNING %3").arg(table, name, key),
                {QString(prefix + box.seal(*plain)), after, stored});
            report.resealed += int(changed.size());
        }
        tx.commit();
    }
}

const QList<SecretsRotation::Column> &SecretsRotation::sealedColumns()
{
    static const QList<Column> columns{
        {"project_variables", "id", "value_sealed", ""},
        {"project_webhooks", "project_id", "secret_sealed", ""},
        {"project_repository_tokens", "project_id", "token_sealed", ""},
        {"oauth_providers", "id", "client_secret_sealed", ""},
        {"notification_rules", "id", "url_sealed", ""},
        {"notification_rules", "id", "secret_sealed", ""},
        {"audit_streams", "id", "url_sealed", ""},
        {"audit_streams", "id", "token_sealed", ""},
        {"ai_providers", "id", "key_sealed", ""},
        {"pipelines", "id", "variables", "sealed:"},
        {"pipeline_schedules", "id", "variables", "sealed:"},
        {"clusters", "id", "sealed_kubeconfig", ""},
    };
    return columns;
}

SecretsRotation::Report SecretsRotation::rotate(storage::Database &database, const QString &keyFile, int settleMs,
                                                const Progress &progress)
{
    const QList<Column> &columns = sealedColumns();
    QList<QByteArray> ring = crypto::loadOrCreateKeyRing(keyFile, crypto::SecretBox::kKeyBytes, "secrets");
    ring.prepend(crypto::randomKey(crypto::SecretBox::kKeyBytes));
    crypto::writeKeyRing(keyFile, ring, "secrets");
    progress(QStringLiteral("a new key leads the ring in %1 (%2 older kept while secrets are sealed again)")
                 .arg(keyFile)
                 .arg(ring.size() - 1));
    QThread::msleep(ulong(settleMs));
    const crypto::SecretBox box = crypto::SecretBox::fromKeyFile(keyFile);
    Report report;
    for (int pass = 1; pass <= 2; ++pass) {
        Report found;
        for (const Column &column : columns)
            reseal(database, box, column, found);
        report.resealed += found.resealed;
        report.unreadable = found.unreadable;
        progress(QStringLiteral("pass %1: %2 secret(s) sealed again under the new key").arg(pass).arg(found.resealed));
        if (pass == 1)
            QThread::msleep(ulong(settleMs)); // what a server sealed with the old key as it switched
    }
    // What no key of the ring opened stays as unreadable without the older keys as with them.
    crypto::writeKeyRing(keyFile, {ring.first()}, "secrets");
    report.retired = true;
    return report;
}

} // namespace adp::server
