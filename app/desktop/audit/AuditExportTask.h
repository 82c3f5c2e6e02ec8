#pragma once

#include "shared/audit/ExportVerifier.h"
#include "shared/client/AuditApi.h"

#include <QFile>
#include <QObject>
#include <QPointer>

class QNetworkReply;
class QThread;

namespace adp::app {

// One audit export from the desktop: streams the server's export into FILE.part, renames it to
// FILE only once it arrived whole, then checks it against the server's published key (on a
// worker thread: a million events take seconds). Cancel stops the transfer and leaves no file.
class AuditExportTask : public QObject
{
    Q_OBJECT

public:
    AuditExportTask(shared::ApiClient &api, QObject *parent = nullptr);
    ~AuditExportTask() override;

    // CSV, JSON Lines or a PDF report, by the file's name (AuditExportOptions::forFile).
    void start(const shared::AuditQuery &filters, const QString &path);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(qint64 bytes);
    // The file is in place and checked; `check` says what the offline check found.
    void finished(const QString &path, const shared::audit::ExportCheck &check);
    // Nothing was kept: why, in words for a person.
    void failed(const QString &message);

private:
    void downloaded(const shared::ApiResult<qint64> &result);
    void verify(const QByteArray &publicKey);
    void fail(const QString &message);

    shared::AuditApi m_api;
    QString m_path;
    QFile m_file;
    QPointer<QNetworkReply> m_reply;
    bool m_running = false;
    bool m_canceled = false;
    QThread *m_worker = nullptr;
    shared::audit::ExportCheck m_check;
};

} // namespace adp::app
