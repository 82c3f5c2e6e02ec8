#include "LogMasker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <algorithm>

namespace adp::server::runner {

namespace {

constexpr qsizetype kMinEncodedSecret = 8; // shorter values would mask ordinary words in their encodings

// base64 (standard and URL-safe) of the value wherever it stands in what is encoded: only
// the whole 3-byte groups of it are certain, and where they start depends on how many bytes
// came before it, so each of the three alignments gives a form.
QStringList base64Forms(const QByteArray &bytes)
{
    QStringList forms;
    for (int before = 0; before < 3; ++before) {
        const qsizetype skip = (3 - before) % 3;
        const QByteArray aligned = bytes.mid(skip);
        const QByteArray whole = aligned.left(aligned.size() / 3 * 3);
        for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            const QByteArray encoded = whole.toBase64(options | QByteArray::OmitTrailingEquals);
            if (encoded.size() >= kMinEncodedSecret)
                forms << QString::fromLatin1(encoded);
        }
    }
    return forms;
}

// The value inside a JSON string as serialisers write it: Qt's and most (quotes, backslashes
// and control characters escaped), with "/" escaped too (PHP), and ASCII-only (\uXXXX, Python).
QStringList jsonForms(const QString &secret)
{
    const QByteArray document = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
    const QString escaped = QString::fromUtf8(document.mid(2, document.size() - 4)); // ["..."]
    QString asciiOnly;
    for (const QChar c : escaped) {
        if (c.unicode() < 0x80)
            asciiOnly += c;
        else
            asciiOnly += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    QString slashes = escaped;
    slashes.replace(u'/', QStringLiteral("\\/"));
    return {escaped, asciiOnly, slashes};
}

} // namespace

QStringList LogMasker::formsOf(const QString &secret)
{
    QStringList forms{secret};
    if (secret.size() >= kMinEncodedSecret) {
        const QByteArray bytes = secret.toUtf8();
        forms << base64Forms(bytes);
        forms << QString::fromLatin1(bytes.toHex()) << QString::fromLatin1(bytes.toHex()).toUpper();
        forms << QString::fromLatin1(QUrl::toPercentEncoding(secret));
        forms << jsonForms(secret);
    }
    forms.removeDuplicates();
    return forms;
}

LogMasker::LogMasker(QStringList secrets)
    : m_patterns([&secrets]() {
        QStringList patterns;
        for (const QString &secret : std::as_const(secrets)) {
            if (!secret.isEmpty())
                patterns << formsOf(secret);
        }
        return patterns;
    }())
{
}

QString LogMasker::feed(const QString &chunk)
{
    if (m_patterns.isEmpty())
        return chunk;
    // Most writes leave nothing held back: the chunk itself is scanned, not a copy of it.
    return mask(m_pending.isEmpty() ? chunk : m_pending + chunk, false);
}

QString LogMasker::finish()
{
    return m_pending.isEmpty() ? QString() : mask(m_pending, true);
}

QString LogMasker::mask(const QString &text, bool final)
{
    // Where values were found, as runs of covered characters: overlapping finds join.
    struct Run
    {
        qsizetype start;
        qsizetype end;
    };
    std::vector<Run> runs;
    int state = m_patterns.start();
    const QChar *characters = text.constData();
    const qsizetype size = text.size();
    for (qsizetype at = 0; at < size; ++at) {
        if (state == m_patterns.start()) {
            at = m_patterns.nextStart(characters, at, size);
            if (at == size)
                break;
        }
        state = m_patterns.next(state, characters[at]);
        if (const int length = m_patterns.matchLength(state)) {
            Run found{at + 1 - length, at + 1};
            while (!runs.empty() && runs.back().end > found.start) {
                found.start = std::min(found.start, runs.back().start);
                runs.pop_back();
            }
            runs.push_back(found);
        }
    }
    // Nothing that begins before `cut` can still grow into a value with what comes next.
    qsizetype cut = final ? size : size - m_patterns.depth(state);
    while (!runs.empty() && runs.back().end > cut) {
        cut = std::min(cut, runs.back().start);
        runs.pop_back();
    }
    if (runs.empty() && cut == size) { // nothing to mask or hold back: the text as it came, not a copy
        QString whole = text;          // `text` may be m_pending itself (finish)
        m_pending.clear();
        return whole;
    }
    // The result written in place, its size known: a replacement per run, the rest as it came.
    const QString mark = replacement();
    qsizetype covered = 0;
    for (const Run &run : runs)
        covered += run.end - run.start;
    QString out(cut - covered + qsizetype(runs.size()) * mark.size(), Qt::Uninitialized);
    QChar *to = out.data();
    qsizetype copied = 0;
    for (const Run &run : runs) {
        to = std::copy(characters + copied, characters + run.start, to);
        to = std::copy(mark.constData(), mark.constData() + mark.size(), to);
        copied = run.end;
    }
    std::copy(characters + copied, characters + cut, to);
    m_pending = text.mid(cut);
    return out;
}

} // namespace adp::server::runner
