#include "AuditExportTask.h"

#include "widgets/ApiErrorText.h"

#include <QThread>

namespace adp::app {

AuditExportTask::AuditExportTask(shared::ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

AuditExportTask::~AuditExportTask()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void AuditExportTask::start(const shared::AuditQuery &filters, const QString &path)
{
    if (m_running)
        return;
    m_path = path;
    m_canceled = false;
    m_file.setFileName(path + QStringLiteral(".part"));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        Q_EMIT failed(tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return;
    }
    m_running = true;
    m_reply = m_api.exportTo(
        filters, shared::AuditExportOptions::forFile(path), &m_file, this,
        [this](qint64 bytes) { Q_EMIT progress(bytes); },
        [this](const shared::ApiResult<qint64> &result) { downloaded(result); });
}

void AuditExportTask::cancel()
{
    if (!m_running)
        return;
    m_canceled = true;
    if (m_reply)
        m_reply->abort(); // downloaded() sees the failure and removes the part file
}

void AuditExportTask::downloaded(const shared::ApiResult<qint64> &result)
{
    m_file.close();
    if (m_canceled)
        return fail(tr("The export was canceled; no file was kept."));
    if (!result.ok())
        return fail(ApiErrorText::forAction(tr("Exporting the audit trail"), result.error()));
    m_api.signingKey(this, [this](const shared::ApiResult<shared::AuditSigningKey> &published) {
        if (!published.ok())
            return fail(ApiErrorText::forAction(tr("Fetching the server's signing key"), published.error()));
        QFile::remove(m_path);
        if (!QFile::rename(m_file.fileName(), m_path))
            return fail(tr("Cannot rename %1 to %2").arg(m_file.fileName(), m_path));
        verify(published.value().publicKey);
    });
}

void AuditExportTask::verify(const QByteArray &publicKey)
{
    const QString path = m_path;
    // m_check is written by the worker and read here only after it finished.
    m_worker = QThread::create([this, path, publicKey]() {
        QFile file(path);
        m_check = {};
        if (file.open(QIODevice::ReadOnly))
            m_check = shared::audit::ExportVerifier::verify(file, publicKey);
    });
    connect(m_worker, &QThread::finished, this, [this, path]() {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_running = false;
        Q_EMIT finished(path, m_check);
    });
    m_worker->start();
}

void AuditExportTask::fail(const QString &message)
{
    m_file.remove();
    m_running = false;
    Q_EMIT failed(message);
}

} // namespace adp::app
