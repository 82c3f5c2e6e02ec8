#pragma once

#include <QByteArrayView>
#include <QList>
#include <QSet>
#include <QString>

namespace adp::shared::analysis {

// One file of a unified diff (git diff) as a review reads it: where it lives after the change,
// and the lines the change added, numbered as in the new file.
struct DiffFile
{
    QString path; // after the change; the old path for a deleted file
    bool deleted = false;
    bool binary = false;
    QSet<int> addedLines;
};

class UnifiedDiff
{
public:
    static QList<DiffFile> parse(QByteArrayView diff);
};

} // namespace adp::shared::analysis
