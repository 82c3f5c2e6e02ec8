#pragma once

#include <QRegularExpression>
#include <QString>

namespace adp::pipeline {

// A path pattern as GitLab CI reads them (artifacts, cache, rules: changes
// and exists): relative to the project directory, `*` and `?` within one
// directory, `**` across directories (`**/` also matching none), `[..]`
// sets and `{a,b}` alternatives; a leading `./` and a trailing `/` are
// dropped. `coversPath` also takes the files under a directory it names.
class PathGlob
{
public:
    explicit PathGlob(const QString &pattern);

    bool matches(const QString &path) const { return m_regex.match(path).hasMatch(); }
    // The path itself, or a directory it is in, matches.
    bool coversPath(const QString &path) const;

private:
    QRegularExpression m_regex;
};

} // namespace adp::pipeline
