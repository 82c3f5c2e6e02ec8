#include "LogMasker.h"

#include <QUrl>
#include <algorithm>

namespace adp::server::runner {

namespace {

// How a script most often prints a secret without printing it: base64 (standard and URL-safe),
// hex (both cases) and percent-encoded. For base64 only the part that does not depend on what
// follows the value (whole 3-byte groups) is certain, so that part is masked.
QStringList encodedForms(const QString &secret)
{
    const QByteArray bytes = secret.toUtf8();
    QStringList forms;
    const QByteArray whole = bytes.left(bytes.size() / 3 * 3);
    for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        const QByteArray encoded = whole.toBase64(options | QByteArray::OmitTrailingEquals);
        if (encoded.size() >= 8)
            forms << QString::fromLatin1(encoded);
    }
    forms << QString::fromLatin1(bytes.toHex()) << QString::fromLatin1(bytes.toHex()).toUpper();
    forms << QString::fromLatin1(QUrl::toPercentEncoding(secret));
    forms.removeAll(secret);
    return forms;
}

constexpr qsizetype kMinEncodedSecret = 8; // shorter values would mask ordinary words in their encodings

} // namespace

LogMasker::LogMasker(QStringList secrets)
    : m_secrets(std::move(secrets))
    , m_startsSecret(0x10000, false)
{
    m_secrets.removeAll(QString());
    const QStringList given = m_secrets;
    for (const QString &secret : given) {
        if (secret.size() >= kMinEncodedSecret)
            m_secrets << encodedForms(secret);
    }
    m_secrets.removeDuplicates();
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &secret : std::as_const(m_secrets))
        m_startsSecret[secret.at(0).unicode()] = true;
}

QString LogMasker::feed(const QString &chunk)
{
    if (m_secrets.isEmpty())
        return chunk;
    return mask(m_pending + chunk, false);
}

QString LogMasker::finish()
{
    return m_pending.isEmpty() ? QString() : mask(m_pending, true);
}

QString LogMasker::mask(const QString &text, bool final)
{
    const QStringView view(text);
    QString out;
    qsizetype copied = 0;
    qsizetype at = 0;
    while (at < text.size()) {
        if (!m_startsSecret[text.at(at).unicode()]) {
            ++at;
            continue;
        }
        const qsizetype rest = text.size() - at;
        qsizetype matched = 0;
        bool couldGrow = false;
        for (const QString &secret : std::as_const(m_secrets)) {
            if (secret.size() <= rest) {
                if (matched == 0 && view.mid(at, secret.size()) == secret)
                    matched = secret.size();
            } else if (!final && view.mid(at) == QStringView(secret).left(rest)) {
                couldGrow = true; // the next write decides
                break;
            }
        }
        if (couldGrow)
            break;
        if (matched == 0) {
            ++at;
            continue;
        }
        out += view.mid(copied, at - copied) + replacement();
        at += matched;
        copied = at;
    }
    out += view.mid(copied, at - copied);
    m_pending = text.mid(at);
    return out;
}

} // namespace adp::server::runner
