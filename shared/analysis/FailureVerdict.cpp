#include "FailureVerdict.h"

#include <QJsonArray>
#include <array>

namespace adp::shared::analysis {

namespace {
constexpr std::array<const char *, 9> kNames{"timeout",      "out_of_memory",      "compile_error",
                                             "test_failure", "missing_dependency", "permission_denied",
                                             "network",      "script_error",       "unknown"};
} // namespace

QString failureClassName(FailureClass failureClass)
{
    return QString::fromLatin1(kNames[size_t(failureClass)]);
}

std::optional<FailureClass> failureClassFromName(QStringView name)
{
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (name == QLatin1String(kNames[i]))
            return FailureClass(i);
    }
    return std::nullopt;
}

QJsonObject LogEvidence::toJson() const
{
    return {{QStringLiteral("line"), line}, {QStringLiteral("text"), text}, {QStringLiteral("rule"), rule}};
}

QJsonObject SourceLocation::toJson() const
{
    return {{QStringLiteral("file"), file},
            {QStringLiteral("line"), line},
            {QStringLiteral("column"), column > 0 ? QJsonValue(column) : QJsonValue()},
            {QStringLiteral("message"), message},
            {QStringLiteral("tool"), tool}};
}

QJsonObject FailureVerdict::toJson() const
{
    QJsonArray evidenceJson;
    for (const LogEvidence &item : evidence)
        evidenceJson.append(item.toJson());
    return {{QStringLiteral("class"), failureClassName(failureClass)},
            {QStringLiteral("first_error_line"), firstErrorLine > 0 ? QJsonValue(firstErrorLine) : QJsonValue()},
            {QStringLiteral("evidence"), evidenceJson},
            {QStringLiteral("tests"), QJsonArray::fromStringList(tests)},
            {QStringLiteral("location"), location ? QJsonValue(location->toJson()) : QJsonValue()},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("bytes"), bytes},
            {QStringLiteral("binary"), binary}};
}

} // namespace adp::shared::analysis
