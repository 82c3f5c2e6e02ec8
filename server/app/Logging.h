#pragma once

#include <QString>

namespace adp::server {

// Sets up spdlog on stderr: human text, or one JSON object per line for log
// shippers. Messages never carry secrets; callers log ids, not tokens.
void setUpLogging(const QString &format, const QString &level);

} // namespace adp::server
