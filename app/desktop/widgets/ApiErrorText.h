#pragma once

#include "shared/client/ApiError.h"

#include <QCoreApplication>

namespace adp::app {

// Turns API errors into sentences for people, in their language. Field
// errors are translated by code; the server's English text is the fallback.
class ApiErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ApiErrorText)

public:
    static QString forField(const shared::FieldError &error);
    static QString forAction(const QString &action, const shared::ApiError &error);
    // The first field error when there is one (it says what to fix), else forAction.
    static QString describe(const QString &action, const shared::ApiError &error);
};

} // namespace adp::app
