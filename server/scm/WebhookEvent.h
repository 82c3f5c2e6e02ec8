#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace adp::server::scm {

// What a GitHub or GitLab webhook asks for, read from its real payload:
// a pipeline for a branch, tag or merge request at a commit, a ping, or
// nothing (with the reason, which is stored with the delivery).
struct WebhookEvent
{
    QString event; // the event header's value
    bool ping = false;
    QString ignoreReason; // set: nothing to run
    QString ref;          // branch or tag name
    bool isTag = false;
    QString sha; // empty: the tag's commit, found in the repository
    QString source = QStringLiteral("push");
    QList<QPair<QString, QString>> predefined; // CI_MERGE_REQUEST_* for merge requests
    QString changesSince; // for rules: changes: the push's previous head, or the merge request's target

    // GitHub: push, pull_request (opened, synchronize, reopened), create (tag), ping.
    static WebhookEvent fromGitHub(const QString &event, const QJsonObject &payload);
    // GitLab: Push Hook, Tag Push Hook, Merge Request Hook (open, reopen, update with new commits).
    static WebhookEvent fromGitLab(const QString &event, const QJsonObject &payload);
};

} // namespace adp::server::scm
