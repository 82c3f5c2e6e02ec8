#include "ReportInput.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>

namespace adp::report {

namespace {

std::optional<QByteArray> readAll(const QString &path, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = ReportInput::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

std::optional<ReportInput> ReportInput::read(const QString &exportPath, const QString &chainPath,
                                             const QByteArray &publicKey, QString &error)
{
    ReportInput input;
    const auto exported = readAll(exportPath, error);
    const auto chain = exported ? readAll(chainPath, error) : std::nullopt;
    if (!chain)
        return std::nullopt;
    QJsonParseError parsed{};
    const QJsonDocument chainJson = QJsonDocument::fromJson(*chain, &parsed);
    if (parsed.error != QJsonParseError::NoError || !chainJson.isObject()) {
        error = tr("%1 is not a chain verification.").arg(chainPath);
        return std::nullopt;
    }
    input.chain = shared::AuditVerification::fromJson(chainJson.object());
    input.exportBytes = *exported;

    {
        QBuffer buffer(&input.exportBytes);
        buffer.open(QIODevice::ReadOnly);
        input.exportCheck = shared::audit::ExportVerifier::verify(buffer, publicKey);
    }
    if (input.exportCheck.format != u"jsonl") {
        error = tr("%1 is not a JSON Lines audit export.").arg(exportPath);
        return std::nullopt;
    }
    const QByteArray &bytes = input.exportBytes;
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QByteArray line = bytes.sliced(start, end - start);
        start = end + 1;
        if (line.isEmpty())
            continue;
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        if (record.contains(QStringLiteral("proof")))
            break;
        ReportEvent event;
        event.seq = record.value(QStringLiteral("seq")).toInteger();
        event.occurredAt = record.value(QStringLiteral("occurred_at")).toString();
        event.actor = record.value(QStringLiteral("actor")).toObject().value(QStringLiteral("name")).toString();
        event.action = record.value(QStringLiteral("action")).toString();
        event.failure = record.value(QStringLiteral("outcome")).toString() == u"failure";
        const QJsonObject target = record.value(QStringLiteral("target")).toObject();
        const QString type = target.value(QStringLiteral("type")).toString();
        const QString id = target.value(QStringLiteral("id")).toString();
        event.target = id.isEmpty() ? type : type + u':' + id;
        event.ip = record.value(QStringLiteral("ip")).toString();
        input.events.append(std::move(event));
    }
    return input;
}

} // namespace adp::report
