#include "Visibility.h"

namespace adp::shared {

QString visibilityToString(Visibility visibility)
{
    switch (visibility) {
    case Visibility::Private:
        return QStringLiteral("private");
    case Visibility::Internal:
        return QStringLiteral("internal");
    case Visibility::Public:
        return QStringLiteral("public");
    }
    return QStringLiteral("private");
}

std::optional<Visibility> visibilityFromString(const QString &text)
{
    if (text == u"private")
        return Visibility::Private;
    if (text == u"internal")
        return Visibility::Internal;
    if (text == u"public")
        return Visibility::Public;
    return std::nullopt;
}

QStringList visibilityNames()
{
    return {QStringLiteral("private"), QStringLiteral("internal"), QStringLiteral("public")};
}

} // namespace adp::shared
