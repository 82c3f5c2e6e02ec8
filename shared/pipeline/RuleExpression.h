#pragma once

#include <QHash>
#include <QString>
#include <memory>
#include <optional>

namespace adp::pipeline {

// A GitLab CI `rules: if:` / `workflow: rules: if:` expression: variables
// ($VAR, ${VAR}), quoted strings, /regex/ with an optional i flag, null;
// ==, !=, =~, !~; && binding tighter than ||; parentheses. A variable alone
// is true when it is set and not empty.
class RuleExpression
{
public:
    using Variables = QHash<QString, QString>; // unset variables are absent

    // nullopt with `error` (and the 1-based character it is about) when malformed.
    static std::optional<RuleExpression> parse(const QString &text, QString *error, int *position = nullptr);
    bool evaluate(const Variables &variables) const;
    QString text() const { return m_text; }

    struct Node;

private:
    QString m_text;
    std::shared_ptr<const Node> m_root;
};

} // namespace adp::pipeline
