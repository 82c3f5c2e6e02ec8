#pragma once

#include "AuditChain.h"
#include "AuditExporter.h"
#include "AuditRepository.h"
#include "AuditSigningKey.h"

#include <functional>

namespace adp::server::audit {

// Makes PDF audit reports. The JSON Lines export of what the filters pass and the chain's
// verification go to adp-audit-report, which draws the PDF in a process of its own (Qt Gui and
// fonts stay out of the server); the reporter then signs the file in place (AuditReport.h) and
// sends it.
class AuditReporter
{
public:
    // A report prints every event: beyond this, CSV and JSON Lines are the way.
    static constexpr qint64 kMaxEvents = 100000;
    static constexpr int kRenderTimeoutMs = 10 * 60 * 1000;

    AuditReporter(const AuditExporter &exporter, AuditRepository &repository, const AuditChain &chain,
                  const AuditSigningKey &key, QString renderer);

    bool available() const; // adp-audit-report is where the server looks for it
    const QString &renderer() const { return m_renderer; }
    // How many sealed events the filters pass (a report holds at most kMaxEvents).
    qint64 eventsPassing(const shared::AuditQuery &filters) const { return m_repository.countSealed(filters); }
    // Writes the signed PDF through `sink`; stops quietly when it says false. Throws
    // std::runtime_error when the report cannot be made (the transfer is then cut).
    // The plan's request says the language (isReport()).
    void write(const AuditExporter::Plan &plan, const std::function<bool(QByteArray)> &sink) const;

private:
    void render(const QString &exportPath, const QString &chainPath, const QString &language,
                const QString &pdfPath) const;
    void seal(const QString &pdfPath) const;

    const AuditExporter &m_exporter;
    AuditRepository &m_repository;
    const AuditChain &m_chain;
    const AuditSigningKey &m_key;
    QString m_renderer;
};

} // namespace adp::server::audit
