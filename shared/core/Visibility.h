#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace adp::shared {

// Who may see a project, with GitLab's meaning of the three levels.
enum class Visibility { Private, Internal, Public };

QString visibilityToString(Visibility visibility);
std::optional<Visibility> visibilityFromString(const QString &text);
QStringList visibilityNames();

} // namespace adp::shared
