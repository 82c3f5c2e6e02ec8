#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace adp::shared {

// A protected branch or tag of a project: an exact name or a wildcard such as
// release/*. Pipelines of a protected ref receive protected variables and have
// CI_COMMIT_REF_PROTECTED=true.
struct ProtectedRef
{
    static inline const QString kBranch = QStringLiteral("branch");
    static inline const QString kTag = QStringLiteral("tag");

    qint64 id = 0;
    QString kind; // branch | tag
    QString name;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static std::optional<ProtectedRef> fromJson(const QJsonObject &object);
};

struct ProtectedRefFields
{
    std::optional<QString> kind;
    std::optional<QString> name;

    static constexpr int kNameMax = 255;

    static ProtectedRefFields fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
    FieldErrors validate() const;
    // A ref name as git allows one (git check-ref-format), where `*` may stand for any run of characters.
    static bool isValidName(const QString &name);
};

} // namespace adp::shared
