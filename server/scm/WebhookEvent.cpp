#include "WebhookEvent.h"

namespace adp::server::scm {

namespace {

const QString kZeroSha(40, u'0');

WebhookEvent ignored(const QString &event, const QString &reason)
{
    WebhookEvent result;
    result.event = event;
    result.ignoreReason = reason;
    return result;
}

// refs/heads/x or refs/tags/x into the event; false for anything else.
bool readRef(const QString &fullRef, WebhookEvent &event)
{
    if (fullRef.startsWith(QLatin1String("refs/heads/"))) {
        event.ref = fullRef.mid(11);
        return !event.ref.isEmpty();
    }
    if (fullRef.startsWith(QLatin1String("refs/tags/"))) {
        event.ref = fullRef.mid(10);
        event.isTag = true;
        return !event.ref.isEmpty();
    }
    return false;
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

WebhookEvent WebhookEvent::fromGitHub(const QString &event, const QJsonObject &payload)
{
    WebhookEvent result;
    result.event = event;
    if (event == u"ping") {
        result.ping = true;
        return result;
    }
    if (event == u"push") {
        if (payload.value(QStringLiteral("deleted")).toBool() || text(payload, "after") == kZeroSha)
            return ignored(event, QStringLiteral("the ref was deleted"));
        if (!readRef(text(payload, "ref"), result))
            return ignored(event, QStringLiteral("not a branch or tag"));
        result.sha = text(payload, "after");
        // A new branch or a tag compares with nothing: every `changes` holds, as in GitLab.
        if (!result.isTag && !payload.value(QStringLiteral("created")).toBool() && text(payload, "before") != kZeroSha)
            result.changesSince = text(payload, "before");
        return result;
    }
    if (event == u"create") {
        if (text(payload, "ref_type") != u"tag")
            return ignored(event, QStringLiteral("a new branch starts its pipeline from its push"));
        result.ref = text(payload, "ref");
        result.isTag = true;
        if (result.ref.isEmpty())
            return ignored(event, QStringLiteral("no tag name"));
        return result;
    }
    if (event == u"pull_request") {
        const QString action = text(payload, "action");
        if (action != u"opened" && action != u"synchronize" && action != u"reopened")
            return ignored(event, QStringLiteral("the '%1' action runs nothing").arg(action));
        const QJsonObject pull = payload.value(QStringLiteral("pull_request")).toObject();
        const QJsonObject head = pull.value(QStringLiteral("head")).toObject();
        result.ref = text(head, "ref");
        result.sha = text(head, "sha");
        result.source = QStringLiteral("merge_request_event");
        result.predefined = {{QStringLiteral("CI_MERGE_REQUEST_IID"),
                              QString::number(payload.value(QStringLiteral("number")).toInteger())},
                             {QStringLiteral("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"), result.ref},
                             {QStringLiteral("CI_MERGE_REQUEST_TARGET_BRANCH_NAME"),
                              text(pull.value(QStringLiteral("base")).toObject(), "ref")},
                             {QStringLiteral("CI_MERGE_REQUEST_TITLE"), text(pull, "title")}};
        result.changesSince = text(pull.value(QStringLiteral("base")).toObject(), "sha");
        if (result.ref.isEmpty() || result.sha.isEmpty())
            return ignored(event, QStringLiteral("the pull request names no head commit"));
        return result;
    }
    return ignored(event, QStringLiteral("the '%1' event runs nothing").arg(event));
}

WebhookEvent WebhookEvent::fromGitLab(const QString &event, const QJsonObject &payload)
{
    WebhookEvent result;
    result.event = event;
    if (event == u"Push Hook" || event == u"Tag Push Hook") {
        const QString sha = payload.value(QStringLiteral("checkout_sha")).isString() ? text(payload, "checkout_sha")
                                                                                     : text(payload, "after");
        if (sha.isEmpty() || sha == kZeroSha || text(payload, "after") == kZeroSha)
            return ignored(event, QStringLiteral("the ref was deleted"));
        if (!readRef(text(payload, "ref"), result))
            return ignored(event, QStringLiteral("not a branch or tag"));
        result.sha = sha;
        if (!result.isTag && !text(payload, "before").isEmpty() && text(payload, "before") != kZeroSha)
            result.changesSince = text(payload, "before");
        return result;
    }
    if (event == u"Merge Request Hook") {
        const QJsonObject attributes = payload.value(QStringLiteral("object_attributes")).toObject();
        const QString action = text(attributes, "action");
        const bool newCommits = action == u"update" && attributes.contains(QStringLiteral("oldrev"));
        if (action != u"open" && action != u"reopen" && !newCommits)
            return ignored(
                event,
                QStringLiteral("the '%1' action runs nothing").arg(action.isEmpty() ? QStringLiteral("none") : action));
        result.ref = text(attributes, "source_branch");
        result.sha = text(attributes.value(QStringLiteral("last_commit")).toObject(), "id");
        result.source = QStringLiteral("merge_request_event");
        result.predefined = {{QStringLiteral("CI_MERGE_REQUEST_IID"),
                              QString::number(attributes.value(QStringLiteral("iid")).toInteger())},
                             {QStringLiteral("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"), result.ref},
                             {QStringLiteral("CI_MERGE_REQUEST_TARGET_BRANCH_NAME"), text(attributes, "target_branch")},
                             {QStringLiteral("CI_MERGE_REQUEST_TITLE"), text(attributes, "title")}};
        const QString target = text(attributes, "target_branch");
        if (!target.isEmpty())
            result.changesSince = QStringLiteral("refs/heads/") + target;
        if (result.ref.isEmpty() || result.sha.isEmpty())
            return ignored(event, QStringLiteral("the merge request names no commit"));
        return result;
    }
    return ignored(event, QStringLiteral("the '%1' event runs nothing").arg(event));
}

} // namespace adp::server::scm
