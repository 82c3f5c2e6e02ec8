#include "TextRules.h"

#include <QRegularExpression>

namespace adp::shared::textrules {

namespace {
void addError(FieldErrors &errors, const char *field, const char *code, const QString &message)
{
    errors.append({QString::fromLatin1(field), QString::fromLatin1(code), message});
}
} // namespace

bool hasControlCharacters(const QString &text, bool allowNewlines)
{
    for (const QChar c : text) {
        if (allowNewlines && (c == u'\n' || c == u'\r' || c == u'\t'))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

bool isValidSlug(const QString &slug)
{
    // Starts with a letter so a slug can never be mistaken for a numeric id.
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$"));
    return slug.size() >= kSlugMin && slug.size() <= kSlugMax && pattern.match(slug).hasMatch();
}

bool isCurrencyCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{3}$"));
    return pattern.match(code).hasMatch();
}

void checkName(FieldErrors &errors, const QString &name)
{
    if (name.trimmed().isEmpty())
        addError(errors, "name", fieldcodes::Required, QStringLiteral("is required"));
    else if (name.size() > kNameMax)
        addError(errors, "name", fieldcodes::TooLong, QStringLiteral("must be at most %1 characters").arg(kNameMax));
    else if (hasControlCharacters(name, false))
        addError(errors, "name", fieldcodes::InvalidFormat, QStringLiteral("must not contain control characters"));
}

void checkSlug(FieldErrors &errors, const QString &slug)
{
    if (slug.isEmpty())
        addError(errors, "slug", fieldcodes::Required, QStringLiteral("is required"));
    else if (slug.size() > kSlugMax)
        addError(errors, "slug", fieldcodes::TooLong, QStringLiteral("must be at most %1 characters").arg(kSlugMax));
    else if (!isValidSlug(slug))
        addError(errors, "slug", fieldcodes::InvalidFormat,
                 QStringLiteral("must be %1-%2 lowercase letters, digits, '-' or '_', starting with a letter")
                     .arg(kSlugMin)
                     .arg(kSlugMax));
}

void checkDescription(FieldErrors &errors, const QString &description)
{
    if (description.size() > kDescriptionMax)
        addError(errors, "description", fieldcodes::TooLong,
                 QStringLiteral("must be at most %1 characters").arg(kDescriptionMax));
    else if (hasControlCharacters(description, true))
        addError(errors, "description", fieldcodes::InvalidFormat,
                 QStringLiteral("must not contain control characters"));
}

} // namespace adp::shared::textrules
