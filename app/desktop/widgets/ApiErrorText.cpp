#include "ApiErrorText.h"

namespace adp::app {

QString ApiErrorText::forField(const shared::FieldError &error)
{
    const QString &code = error.code;
    if (code == u"required")
        return tr("This field is required.");
    if (code == u"too_long")
        return tr("This is too long.");
    if (code == u"too_short")
        return tr("This is too short.");
    if (code == u"taken")
        return tr("This is already taken.");
    if (code == u"invalid_format") {
        if (error.field == u"slug")
            return tr("Use 2–64 lowercase letters, digits, '-' or '_', starting with a letter.");
        if (error.field == u"repository_url")
            return tr("Use an https, ssh, git or file URL, user@host:path, or an absolute path.");
        if (error.field == u"default_branch")
            return tr("This is not a valid git branch name.");
        if (error.field == u"ci_config_path")
            return tr("Use a relative path inside the repository to a .yml or .yaml file.");
        if (error.field == u"name" || error.field == u"description")
            return tr("Control characters are not allowed.");
    }
    return error.message;
}

QString ApiErrorText::forAction(const QString &action, const shared::ApiError &error)
{
    if (error.httpStatus == 0)
        return tr("%1 failed: the server cannot be reached (%2).").arg(action, error.message);
    if (error.httpStatus == 401)
        return tr("%1 failed: your session has ended. Sign in again.").arg(action);
    if (error.httpStatus == 403)
        return tr("%1 failed: you are not allowed to do this.").arg(action);
    if (error.httpStatus == 404)
        return tr("%1 failed: not found (%2).").arg(action, error.message); // the server names what: a user, a team...
    if (error.httpStatus >= 500)
        return tr("%1 failed: the server had a problem (request %2).").arg(action, error.requestId);
    return tr("%1 failed: %2").arg(action, error.message);
}

QString ApiErrorText::describe(const QString &action, const shared::ApiError &error)
{
    return error.fieldErrors.isEmpty() ? forAction(action, error) : forField(error.fieldErrors.first());
}

} // namespace adp::app
