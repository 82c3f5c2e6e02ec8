#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace adp::server::crypto {
class SecretBox;
}

namespace adp::server::ci {

using VariableList = QList<QPair<QString, QString>>;

// What GitLab's predefined pipeline variables tell, gathered once so that
// planning (rules) and running (a job's environment) see the same values.
struct PipelineFacts
{
    qint64 pipelineId = 0; // 0 while the pipeline is being planned
    qint64 projectId = 0;
    QString projectSlug;
    QString organisation;
    QString defaultBranch;
    QString ref;
    bool isTag = false;
    QString sha;
    QString commitMessage;
    QString source;
    QString serverUrl;
    VariableList fromTrigger; // CI_MERGE_REQUEST_* of a merge request event
};

// GitLab's predefined variables of the pipeline, in a stable order.
VariableList predefinedVariables(const PipelineFacts &facts);

// As stored with a pipeline: a JSON array of {"key", "value"}.
QString variablesToJson(const VariableList &variables);
VariableList variablesFromJson(const QString &json);
// Variables a person gave (a pipeline's, a schedule's) as stored: the JSON sealed with the
// server's secrets key ("sealed:" + SecretBox), so a database dump shows none of their values.
// Without a box, or for rows written before sealing, the plain JSON.
QString sealVariables(const crypto::SecretBox *box, const VariableList &variables);
VariableList openVariables(const crypto::SecretBox *box, const QString &stored);

// Whether the pipeline's ref was protected when it was made (CI_COMMIT_REF_PROTECTED, decided then).
bool isRefProtected(const PipelineFacts &facts);
inline const QString kRefProtected = QStringLiteral("CI_COMMIT_REF_PROTECTED");
// Set ("true") on pipelines made while a deploy freeze window holds.
inline const QString kDeployFreeze = QStringLiteral("CI_DEPLOY_FREEZE");
// The environment a job's stored spec names, or empty.
QString environmentNameOf(const QJsonObject &spec);

// CI_COMMIT_REF_SLUG: the ref lowercased, runs of other characters as '-', at most 63.
QString refSlug(const QString &ref);

} // namespace adp::server::ci
