#include "CiVariables.h"

#include "crypto/SecretBox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace adp::server::ci {

QString refSlug(const QString &ref)
{
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9]+"));
    QString slug = ref.toLower();
    slug.replace(unsafe, QStringLiteral("-"));
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    slug = slug.left(63);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

QString variablesToJson(const VariableList &variables)
{
    QJsonArray array;
    for (const auto &[key, value] : variables)
        array.append(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

VariableList variablesFromJson(const QString &json)
{
    VariableList variables;
    for (const QJsonValue &item : QJsonDocument::fromJson(json.toUtf8()).array())
        variables.append({item.toObject().value(QStringLiteral("key")).toString(),
                          item.toObject().value(QStringLiteral("value")).toString()});
    return variables;
}

namespace {
const QString kSealedPrefix = QStringLiteral("sealed:");
}

QString sealVariables(const crypto::SecretBox *box, const VariableList &variables)
{
    if (!box || variables.isEmpty())
        return variablesToJson(variables);
    return kSealedPrefix + box->seal(variablesToJson(variables));
}

VariableList openVariables(const crypto::SecretBox *box, const QString &stored)
{
    if (!stored.startsWith(kSealedPrefix))
        return variablesFromJson(stored);
    const auto opened = box ? box->open(stored.mid(kSealedPrefix.size())) : std::nullopt;
    // A row sealed under another key is unreadable; nothing is better than garbage.
    return opened ? variablesFromJson(*opened) : VariableList{};
}

bool isRefProtected(const PipelineFacts &facts)
{
    for (const auto &[key, value] : facts.fromTrigger) {
        if (key == kRefProtected)
            return value == u"true";
    }
    return false;
}

QString environmentNameOf(const QJsonObject &spec)
{
    return spec.value(QStringLiteral("environment")).toObject().value(QStringLiteral("name")).toString();
}

VariableList predefinedVariables(const PipelineFacts &facts)
{
    VariableList variables{
        {QStringLiteral("CI"), QStringLiteral("true")},
        {QStringLiteral("GITLAB_CI"), QStringLiteral("true")},
        {QStringLiteral("CI_PIPELINE_SOURCE"), facts.source},
        {QStringLiteral("CI_COMMIT_SHA"), facts.sha},
        {QStringLiteral("CI_COMMIT_SHORT_SHA"), facts.sha.left(8)},
        {QStringLiteral("CI_COMMIT_REF_NAME"), facts.ref},
        {QStringLiteral("CI_COMMIT_REF_SLUG"), refSlug(facts.ref)},
        {facts.isTag ? QStringLiteral("CI_COMMIT_TAG") : QStringLiteral("CI_COMMIT_BRANCH"), facts.ref},
        {QStringLiteral("CI_COMMIT_MESSAGE"), facts.commitMessage},
        {QStringLiteral("CI_COMMIT_TITLE"), facts.commitMessage.section(u'\n', 0, 0)},
        {QStringLiteral("CI_DEFAULT_BRANCH"), facts.defaultBranch},
        {QStringLiteral("CI_PROJECT_NAME"), facts.projectSlug},
        {QStringLiteral("CI_PROJECT_PATH"), facts.organisation + u'/' + facts.projectSlug},
        {QStringLiteral("CI_PROJECT_NAMESPACE"), facts.organisation},
        {QStringLiteral("CI_SERVER_URL"), facts.serverUrl}};
    if (facts.projectId > 0)
        variables.append({QStringLiteral("CI_PROJECT_ID"), QString::number(facts.projectId)});
    if (facts.pipelineId > 0)
        variables.append({QStringLiteral("CI_PIPELINE_ID"), QString::number(facts.pipelineId)});
    variables.append(facts.fromTrigger);
    return variables;
}

} // namespace adp::server::ci
