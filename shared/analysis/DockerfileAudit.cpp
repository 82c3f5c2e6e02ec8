#include "DockerfileAudit.h"

#include "ImageReference.h"
#include "ShellCommands.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace adp::shared::analysis {

namespace {
struct Instruction
{
    int line = 0; // where it starts
    QString keyword;
    QString arguments; // continuation lines joined
};

QList<Instruction> instructionsOf(const QByteArray &text)
{
    QList<Instruction> instructions;
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    static const QRegularExpression head(QStringLiteral("^\\s*([A-Za-z]+)\\s+(.*)$"));
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const QRegularExpressionMatch match = head.match(lines.at(i));
        if (!match.hasMatch())
            continue;
        Instruction instruction{i + 1, match.captured(1).toUpper(), match.captured(2)};
        while (instruction.arguments.endsWith(u'\\') && i + 1 < lines.size()) {
            instruction.arguments.chop(1);
            instruction.arguments += u' ' + lines.at(++i).trimmed();
        }
        instructions.append(instruction);
    }
    return instructions;
}
} // namespace

bool DockerfileAudit::isDockerfileName(const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    return name == u"Dockerfile" || name == u"Containerfile" || name.startsWith(QStringLiteral("Dockerfile.")) ||
           name.endsWith(QStringLiteral(".Dockerfile")) || name.endsWith(QStringLiteral(".dockerfile"));
}

SecurityFindings DockerfileAudit::audit(const QByteArray &text, const QString &file)
{
    SecurityFindings findings;
    const auto add = [&](const char *rule, Severity severity, int line, const QString &message,
                         const QString &excerpt) {
        findings.append({QString::fromLatin1(rule), severity, file, line, message, excerpt,
                         QStringLiteral("%1:%2:%3").arg(QString::fromLatin1(rule), file).arg(line)});
    };
    static const QRegularExpression secretName(
        QStringLiteral("(?i)^([A-Z0-9_]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|PRIVATE_KEY|ACCESS_KEY)[A-Z0-9_]*)"
                       "(?:\\s*=\\s*|\\s+)(\\S+)"));
    QStringList stageNames;
    QString lastUser;
    int lastFrom = 0;
    for (const Instruction &instruction : instructionsOf(text)) {
        if (instruction.keyword == u"FROM") {
            lastFrom = instruction.line;
            lastUser.clear();
            QStringList words = instruction.arguments.split(u' ', Qt::SkipEmptyParts);
            while (!words.isEmpty() && words.first().startsWith(QStringLiteral("--")))
                words.removeFirst(); // --platform=...
            const QString image = words.value(0);
            if (words.size() >= 3 && words.at(1).compare(u"as", Qt::CaseInsensitive) == 0)
                stageNames.append(words.at(2));
            if (image.isEmpty() || stageNames.contains(image) || image == u"scratch")
                continue; // an earlier stage, or nothing at all
            const ImageReference::Pin pin = ImageReference::pinOf(image);
            if (pin == ImageReference::Pin::Latest || pin == ImageReference::Pin::None)
                add("base_image_latest", Severity::Medium, instruction.line,
                    tr("The base image %1 follows :latest: a rebuild may bring different software. Pin a version "
                       "or a digest.")
                        .arg(image),
                    image);
        } else if (instruction.keyword == u"USER") {
            lastUser = instruction.arguments.trimmed();
        } else if (instruction.keyword == u"RUN" && ShellCommands::pipesDownloadIntoShell(instruction.arguments)) {
            add("curl_pipe_shell", Severity::High, instruction.line,
                tr("A download is piped straight into a shell while the image is built. Download, check a "
                   "checksum, then run."),
                instruction.arguments.left(200));
        } else if (instruction.keyword == u"ADD" && instruction.arguments.contains(QStringLiteral("://"))) {
            add("add_from_url", Severity::Low, instruction.line,
                tr("ADD fetches a URL with no checksum. Prefer ADD --checksum=sha256:... or a checked download."),
                instruction.arguments.left(200));
        } else if (instruction.keyword == u"ENV" || instruction.keyword == u"ARG") {
            const QRegularExpressionMatch secret = secretName.match(instruction.arguments.trimmed());
            if (secret.hasMatch() && !secret.captured(2).startsWith(u'$'))
                add("secret_in_image", Severity::High, instruction.line,
                    tr("%1 %2 sets a secret in the image: anyone who pulls it can read it (docker history). Use a "
                       "build secret (RUN --mount=type=secret).")
                        .arg(instruction.keyword, secret.captured(1)),
                    secret.captured(1) + u'=' + redactedSecret(secret.captured(2)));
        }
    }
    if (lastFrom > 0 && (lastUser.isEmpty() || lastUser == u"root" || lastUser == u"0" || lastUser.startsWith(u"0:")))
        add("runs_as_root", Severity::Medium, lastFrom,
            tr("The image runs as root: add a USER other than root after the last FROM."), QString());
    return findings;
}

} // namespace adp::shared::analysis
