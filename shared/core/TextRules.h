#pragma once

#include "FieldError.h"

namespace adp::shared {

// The checks every named thing shares (projects, organisations, teams):
// a display name, a URL slug and a free-text description.
namespace textrules {

inline constexpr int kNameMax = 100;
inline constexpr int kSlugMin = 2;
inline constexpr int kSlugMax = 64;
inline constexpr int kDescriptionMax = 2000;

bool hasControlCharacters(const QString &text, bool allowNewlines);
bool isValidSlug(const QString &slug);
// ISO 4217's shape: three capital letters (USD, EUR, CNY).
bool isCurrencyCode(const QString &code);

void checkName(FieldErrors &errors, const QString &name);
void checkSlug(FieldErrors &errors, const QString &slug);
void checkDescription(FieldErrors &errors, const QString &description);

} // namespace textrules
} // namespace adp::shared
