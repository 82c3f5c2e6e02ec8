#include "PipelineAudit.h"

#include "ImageReference.h"
#include "ShellCommands.h"
#include "shared/pipeline/YamlLoader.h"

#include <QRegularExpression>

namespace adp::shared::analysis {

using pipeline::ConfigNode;

namespace {
const QRegularExpression &echoedSecret()
{
    static const QRegularExpression pattern(QStringLiteral(
        "\\b(?:echo|printf|cat\\s+<<<)\\b[^|>]*\\$\\{?[A-Za-z0-9_]*(?:TOKEN|PASSWORD|PASSWD|SECRET|API_KEY|"
        "PRIVATE_KEY|ACCESS_KEY)[A-Za-z0-9_]*\\}?"));
    return pattern;
}

struct Context
{
    const QString &file;
    SecurityFindings &findings;
};

void checkImage(const ConfigNode &node, Context &context)
{
    const ConfigNode *name = node.isMap() ? node.get(QStringLiteral("name")) : &node;
    if (!name || !name->isScalar())
        return;
    const ImageReference::Pin pin = ImageReference::pinOf(name->scalar);
    if (pin == ImageReference::Pin::Latest)
        context.findings.append({QStringLiteral("image_latest"), Severity::Medium, context.file, name->line,
                                 PipelineAudit::tr("The image %1 follows :latest: a job may run different software "
                                                   "tomorrow. Pin a version, or a digest (@sha256:...).")
                                     .arg(name->scalar),
                                 name->scalar, QStringLiteral("image_latest:%1:%2").arg(context.file).arg(name->line)});
    else if (pin == ImageReference::Pin::None)
        context.findings.append({QStringLiteral("image_unpinned"), Severity::Low, context.file, name->line,
                                 PipelineAudit::tr("The image %1 has no tag, which means :latest. Pin a version, or "
                                                   "a digest (@sha256:...).")
                                     .arg(name->scalar),
                                 name->scalar,
                                 QStringLiteral("image_unpinned:%1:%2").arg(context.file).arg(name->line)});
}

void checkServices(const ConfigNode &services, Context &context)
{
    for (const ConfigNode &service : services.items) {
        checkImage(service, context);
        const ConfigNode *name = service.isMap() ? service.get(QStringLiteral("name")) : &service;
        if (name && name->isScalar() && name->scalar.contains(QStringLiteral("dind")))
            context.findings.append(
                {QStringLiteral("privileged_service"), Severity::Medium, context.file, name->line,
                 PipelineAudit::tr("%1 (Docker-in-Docker) runs only on privileged runners, which give the job root "
                                   "on the host. Prefer a rootless builder (kaniko, buildah).")
                     .arg(name->scalar),
                 name->scalar, QStringLiteral("privileged_service:%1:%2").arg(context.file).arg(name->line)});
    }
}

void checkScript(const ConfigNode &script, Context &context)
{
    const QList<ConfigNode> lines = script.isSequence() ? script.items : QList<ConfigNode>{script};
    for (const ConfigNode &line : lines) {
        if (line.isSequence()) { // nested lists are flattened by GitLab
            checkScript(line, context);
            continue;
        }
        if (!line.isScalar())
            continue;
        if (ShellCommands::pipesDownloadIntoShell(line.scalar))
            context.findings.append(
                {QStringLiteral("curl_pipe_shell"), Severity::High, context.file, line.line,
                 PipelineAudit::tr(
                     "A download is piped straight into a shell: whoever controls that address (or "
                     "the network on the way) runs code in the job. Download, check a checksum, then run."),
                 line.scalar.left(200), QStringLiteral("curl_pipe_shell:%1:%2").arg(context.file).arg(line.line)});
        if (echoedSecret().match(line.scalar).hasMatch())
            context.findings.append(
                {QStringLiteral("secret_echoed"), Severity::High, context.file, line.line,
                 PipelineAudit::tr("A secret variable is printed into the job log; masking hides only exact values, "
                                   "not encoded or partial ones."),
                 line.scalar.left(200), QStringLiteral("secret_echoed:%1:%2").arg(context.file).arg(line.line)});
    }
}

void checkJob(const ConfigNode &job, Context &context)
{
    if (const ConfigNode *image = job.get(QStringLiteral("image")))
        checkImage(*image, context);
    if (const ConfigNode *services = job.get(QStringLiteral("services")); services && services->isSequence())
        checkServices(*services, context);
    for (const char *key : {"before_script", "script", "after_script"}) {
        if (const ConfigNode *script = job.get(QString::fromLatin1(key)))
            checkScript(*script, context);
    }
}
} // namespace

SecurityFindings PipelineAudit::audit(const QByteArray &text, const QString &file)
{
    SecurityFindings findings;
    pipeline::DefinitionErrors errors;
    const auto root = pipeline::YamlLoader::load(text, file, errors);
    if (!root || !root->isMap())
        return findings; // not a pipeline definition: `adp lint` says why
    Context context{file, findings};
    checkJob(*root, context); // the global image, services and scripts
    if (const ConfigNode *defaults = root->get(QStringLiteral("default")); defaults && defaults->isMap())
        checkJob(*defaults, context);
    static const QStringList kGlobal{QStringLiteral("stages"),       QStringLiteral("variables"),
                                     QStringLiteral("include"),      QStringLiteral("workflow"),
                                     QStringLiteral("default"),      QStringLiteral("image"),
                                     QStringLiteral("services"),     QStringLiteral("before_script"),
                                     QStringLiteral("after_script"), QStringLiteral("cache")};
    for (const auto &[name, job] : root->entries) {
        if (!kGlobal.contains(name) && job.isMap())
            checkJob(job, context);
    }
    return findings;
}

} // namespace adp::shared::analysis
