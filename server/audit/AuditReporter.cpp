#include "AuditReporter.h"

#include "AuditVerifier.h"
#include "shared/audit/AuditReport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <stdexcept>

namespace adp::server::audit {

namespace {

constexpr qint64 kPieceBytes = 256 * 1024;

void writeFile(const QString &path, const std::function<void(QFile &)> &write)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
    write(file);
    if (!file.flush() || file.error() != QFileDevice::NoError)
        throw std::runtime_error("cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
}

} // namespace

AuditReporter::AuditReporter(const AuditExporter &exporter, AuditRepository &repository, const AuditChain &chain,
                             const AuditSigningKey &key, QString renderer)
    : m_exporter(exporter)
    , m_repository(repository)
    , m_chain(chain)
    , m_key(key)
    , m_renderer(std::move(renderer))
{
}

bool AuditReporter::available() const
{
    const QFileInfo renderer(m_renderer);
    return renderer.isFile() && renderer.isExecutable();
}

void AuditReporter::write(const AuditExporter::Plan &plan, const std::function<bool(QByteArray)> &sink) const
{
    // Private to the server's user (0700), gone with the report: the export holds the events.
    const QTemporaryDir work;
    if (!work.isValid())
        throw std::runtime_error("cannot make a directory for the report: " + work.errorString().toStdString());
    const QString exportPath = work.filePath(QStringLiteral("export.jsonl"));
    const QString chainPath = work.filePath(QStringLiteral("chain.json"));
    const QString pdfPath = work.filePath(QStringLiteral("report.pdf"));
    writeFile(exportPath, [&](QFile &file) {
        m_exporter.write(plan, [&file](QByteArray piece) { return file.write(piece) == piece.size(); });
    });
    writeFile(chainPath, [&](QFile &file) {
        file.write(QJsonDocument(AuditVerifier(m_repository, m_chain).verify().toJson()).toJson());
    });
    render(exportPath, chainPath, plan.request.reportLanguage, pdfPath);
    seal(pdfPath);

    QFile pdf(pdfPath);
    if (!pdf.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read the report: " + pdf.errorString().toStdString());
    while (!pdf.atEnd()) {
        QByteArray piece = pdf.read(kPieceBytes);
        if (piece.isEmpty())
            throw std::runtime_error("cannot read the report: " + pdf.errorString().toStdString());
        if (!sink(std::move(piece)))
            return; // the reader left
    }
}

void AuditReporter::render(const QString &exportPath, const QString &chainPath, const QString &language,
                           const QString &pdfPath) const
{
    QProcess renderer;
    renderer.setStandardOutputFile(QProcess::nullDevice());
    renderer.start(m_renderer, {QStringLiteral("--export"), exportPath, QStringLiteral("--chain"), chainPath,
                                QStringLiteral("--public-key"), QString::fromLatin1(m_key.publicKey().toBase64()),
                                QStringLiteral("--language"), language, QStringLiteral("--output"), pdfPath});
    if (!renderer.waitForStarted())
        throw std::runtime_error("cannot start " + m_renderer.toStdString() + ": " +
                                 renderer.errorString().toStdString());
    if (!renderer.waitForFinished(kRenderTimeoutMs)) {
        renderer.kill();
        renderer.waitForFinished();
        throw std::runtime_error("adp-audit-report did not finish in time");
    }
    if (renderer.exitStatus() != QProcess::NormalExit || renderer.exitCode() != 0)
        throw std::runtime_error("adp-audit-report failed: " +
                                 QString::fromUtf8(renderer.readAllStandardError().left(2048)).trimmed().toStdString());
}

void AuditReporter::seal(const QString &pdfPath) const
{
    QFile pdf(pdfPath);
    if (!pdf.open(QIODevice::ReadWrite))
        throw std::runtime_error("cannot open the report: " + pdf.errorString().toStdString());
    uchar *bytes = pdf.map(0, pdf.size());
    if (!bytes)
        throw std::runtime_error("cannot map the report: " + pdf.errorString().toStdString());
    const QByteArrayView view(bytes, pdf.size());
    const auto slot = shared::audit::ReportSeal::slotOf(view);
    if (!slot) {
        pdf.unmap(bytes);
        throw std::runtime_error("adp-audit-report wrote a PDF without its signature slot");
    }
    const QByteArray signature = m_key.sign(shared::audit::ReportSeal::signedMessage(view, *slot)).toBase64();
    Q_ASSERT(signature.size() == shared::audit::ReportSeal::kSlotBytes);
    std::copy(signature.cbegin(), signature.cend(), bytes + *slot);
    pdf.unmap(bytes);
}

} // namespace adp::server::audit
