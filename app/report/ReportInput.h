#pragma once

#include "shared/audit/ExportVerifier.h"
#include "shared/core/AuditEvent.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace adp::report {

// One event as the report prints it.
struct ReportEvent
{
    qint64 seq = 0;
    QString occurredAt; // as exported: ISO 8601, UTC
    QString actor;
    QString action;
    bool failure = false; // a refusal or a failed attempt
    QString target;       // type:id
    QString ip;
};

// What a report is drawn from: the events of a signed JSON Lines export, its proof, what checking
// it against the server's key found, and the trail's own verification when the report was made.
struct ReportInput
{
    Q_DECLARE_TR_FUNCTIONS(ReportInput)

public:
    QList<ReportEvent> events;
    QByteArray exportBytes; // the export as it goes inside the PDF
    shared::audit::ExportCheck exportCheck;
    shared::AuditVerification chain;

    QJsonObject proof() const { return exportCheck.proof; }
    // Reads both files; nullopt with `error` when either is not what the server writes.
    static std::optional<ReportInput> read(const QString &exportPath, const QString &chainPath,
                                           const QByteArray &publicKey, QString &error);
};

} // namespace adp::report
