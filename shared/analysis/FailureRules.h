#pragma once

#include "FailureVerdict.h"
#include "KeywordScanner.h"

#include <QRegularExpression>
#include <vector>

namespace adp::shared::analysis {

// What a rule takes from the line it matches, through its pattern's named groups.
enum class Capture {
    None,
    Test,              // (?<test>...): a failing test's name
    Location,          // (?<file>) (?<line>) (?<col>)? (?<msg>)?: where the error is
    FollowingLocation, // the same, for the error seen just before (rustc's "-->", Python's File "...")
    TestLocation,      // the same, for the failing test seen just before (QtTest's Loc, go test's file:line)
    ExitCode,          // (?<code>): the runner's "exit code N", whose meaning depends on N
};

// One thing a failed job's log says, found by a keyword (cheap, case-insensitive) and, when it
// has one, confirmed by a pattern on the line. A rule weighs for its class; generic rules
// (class Unknown, weight 0) only mark lines as errors for a log no rule explains.
struct FailureRule
{
    const char *id;
    const char *keyword; // lower case
    FailureClass failureClass;
    int weight;
    const char *pattern; // nullptr: the keyword is enough
    Capture capture;
    const char *tool;
};

// The rules, their patterns compiled once, and one scanner over all their keywords.
class FailureRules
{
public:
    static const FailureRules &instance();

    const KeywordScanner &scanner() const { return m_scanner; }
    int ruleCount() const { return int(m_rules.size()); }
    const FailureRule &rule(int index) const { return m_rules[size_t(index)]; }
    const QRegularExpression &pattern(int index) const { return m_patterns[size_t(index)]; }
    // The rules whose keyword has this index in the scanner.
    const std::vector<int> &rulesOfKeyword(int keyword) const { return m_byKeyword[size_t(keyword)]; }
    // The class an "exit code N" stands for, Unknown when N says nothing more than "failed".
    static FailureClass classOfExitCode(int code);

private:
    FailureRules();

    std::vector<FailureRule> m_rules;
    std::vector<QRegularExpression> m_patterns;
    std::vector<std::vector<int>> m_byKeyword;
    KeywordScanner m_scanner;
};

} // namespace adp::shared::analysis
