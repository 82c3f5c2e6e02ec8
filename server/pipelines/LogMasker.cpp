#include "LogMasker.h"

#include <algorithm>

namespace adp::server::pipelines {

LogMasker::LogMasker(QStringList secrets)
    : m_secrets(std::move(secrets))
    , m_startsSecret(0x10000, false)
{
    m_secrets.removeAll(QString());
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

} // namespace adp::server::pipelines
