#include "UnifiedDiff.h"

#include <QRegularExpression>

namespace adp::shared::analysis {

namespace {

// "b/src/a.c" or "\"b/odd name.c\"" (git quotes unusual paths): the path without its side's prefix.
QString pathAfterPrefix(QByteArrayView text)
{
    QByteArray path = text.trimmed().toByteArray();
    if (path.size() >= 2 && path.startsWith('"') && path.endsWith('"'))
        path = path.mid(1, path.size() - 2);
    if (path.startsWith("a/") || path.startsWith("b/"))
        path = path.mid(2);
    return QString::fromUtf8(path);
}

} // namespace

QList<DiffFile> UnifiedDiff::parse(QByteArrayView diff)
{
    static const QRegularExpression kHunk(QStringLiteral("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,\\d+)? @@"));
    QList<DiffFile> files;
    int newLine = 0;
    bool inHunk = false;
    qsizetype start = 0;
    while (start < diff.size()) {
        qsizetype end = diff.indexOf('\n', start);
        if (end < 0)
            end = diff.size();
        const QByteArrayView line = diff.sliced(start, end - start);
        start = end + 1;
        if (line.startsWith("diff --git ")) {
            files.append(DiffFile{});
            const qsizetype b = line.lastIndexOf(" b/");
            files.last().path = pathAfterPrefix(b > 0 ? line.sliced(b + 1) : line.sliced(11));
            inHunk = false;
            continue;
        }
        if (files.isEmpty())
            continue;
        DiffFile &file = files.last();
        if (!inHunk) {
            if (line.startsWith("+++ /dev/null"))
                file.deleted = true;
            else if (line.startsWith("+++ "))
                file.path = pathAfterPrefix(line.sliced(4));
            else if (line.startsWith("Binary files "))
                file.binary = true;
        }
        if (line.startsWith("@@")) {
            const auto match = kHunk.match(QString::fromLatin1(line.first(std::min<qsizetype>(line.size(), 200))));
            inHunk = match.hasMatch();
            newLine = inHunk ? match.captured(1).toInt() : 0;
            continue;
        }
        if (!inHunk || line.isEmpty())
            continue;
        switch (line.front()) {
        case '+':
            file.addedLines.insert(newLine++);
            break;
        case ' ':
            ++newLine;
            break;
        default: // '-' takes no line of the new file; '\' is "No newline at end of file"
            break;
        }
    }
    return files;
}

} // namespace adp::shared::analysis
