#pragma once

#include <QString>

namespace adp::shared::wildcard {

// GitLab's wildcard names (environment scopes and rules, protected refs): `*`
// stands for any run of characters, `/` included; everything else is literal.
bool matches(const QString &pattern, const QString &text);

// How closely `pattern` names what it matches, for "the most specific wins":
// an exact name above any wildcard, a longer literal part above a shorter one,
// and the bare `*` lowest of all.
int specificity(const QString &pattern);

} // namespace adp::shared::wildcard
