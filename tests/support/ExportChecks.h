#pragma once

#include "shared/audit/ExportVerifier.h"

#include <QBuffer>
#include <QProcess>
#include <QStringList>
#include <QTemporaryFile>

namespace adp::test {

// An audit export (CSV, JSON Lines or PDF report) checked offline, from its bytes.
inline shared::audit::ExportCheck checkExport(QByteArray file, const QByteArray &publicKey)
{
    QBuffer buffer(&file);
    buffer.open(QIODevice::ReadOnly);
    return shared::audit::ExportVerifier::verify(buffer, publicKey);
}

// What a check found, as "kind@seq kind@seq".
inline QString findingsOf(const shared::audit::ExportCheck &check)
{
    QStringList list;
    for (const auto &finding : check.findings)
        list.append(finding.kind + u'@' + QString::number(finding.seq));
    return list.join(u' ');
}

// A PDF's text as a reader extracts it (pdftotext, from poppler-utils); empty when it cannot.
inline QString pdfText(const QByteArray &pdf)
{
    QTemporaryFile file;
    if (!file.open() || file.write(pdf) != pdf.size() || !file.flush())
        return {};
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file.fileName(), QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0)
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace adp::test
