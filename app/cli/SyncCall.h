#pragma once

#include "shared/client/ApiError.h"

#include <QEventLoop>
#include <functional>
#include <optional>

namespace adp::cli {

// Runs one asynchronous API call to completion: a command-line tool does one
// thing at a time, so it simply waits for the answer.
template <typename T>
shared::ApiResult<T>
await(const std::function<void(QObject *, std::function<void(const shared::ApiResult<T> &)>)> &call)
{
    QEventLoop loop;
    std::optional<shared::ApiResult<T>> result;
    call(&loop, [&](const shared::ApiResult<T> &value) {
        result = value;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace adp::cli
