#pragma once

#include "ApiClient.h"
#include "shared/core/AuditEvent.h"

#include <QCoreApplication>
#include <optional>

namespace adp::shared {

struct AuditPage
{
    QList<AuditEvent> items;
    QString nextCursor;
};

// The server's key for audit exports, as GET /.well-known/adp-audit-signing-key publishes it.
struct AuditSigningKey
{
    QByteArray publicKey; // Ed25519, 32 bytes
    QString keyId;
    QString pem;

    QJsonObject toJson() const;
    // nullopt unless it is an Ed25519 key of the right size.
    static std::optional<AuditSigningKey> fromJson(const QJsonObject &object);
};

// How an export is asked for.
struct AuditExportOptions
{
    QString format = QStringLiteral("csv"); // csv, jsonl, or pdf: a report
    bool byteOrderMark = false;             // CSV only
    QString language;                       // a PDF report's: en or zh_CN (empty: en)

    // By a file's name: .jsonl, .pdf (in the language the application speaks), anything else CSV.
    static AuditExportOptions forFile(const QString &path);
};

// /api/v1/audit: filtered list (newest first), chain verification and signed exports.
class AuditApi
{
    Q_DECLARE_TR_FUNCTIONS(AuditApi)

public:
    explicit AuditApi(ApiClient &client)
        : m_client(client)
    {
    }

    void list(const AuditQuery &query, QObject *context, std::function<void(const ApiResult<AuditPage> &)> done);
    void verify(QObject *context, std::function<void(const ApiResult<AuditVerification> &)> done);
    // GET /api/v1/audit/export into `sink`: every event `filters` pass, as `options` say.
    QNetworkReply *exportTo(const AuditQuery &filters, const AuditExportOptions &options, QIODevice *sink,
                            QObject *context, std::function<void(qint64 received)> received,
                            std::function<void(const ApiResult<qint64> &)> done);
    // The server's public key for exports; an answer that is not one is an error.
    void signingKey(QObject *context, std::function<void(const ApiResult<AuditSigningKey> &)> done);

private:
    ApiClient &m_client;
};

} // namespace adp::shared
