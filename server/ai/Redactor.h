#pragma once

#include <QString>
#include <QStringList>

namespace adp::server::ai {

// Takes out of a text what must never reach a model: the values of the project's masked
// variables and secrets (also base64- and URL-encoded, as jobs print them), and whatever the
// secret scanner recognises. Applied to every piece of a prompt, last.
class Redactor
{
public:
    static constexpr int kMinSecret = 4; // shorter values would blank out ordinary words

    explicit Redactor(QStringList secrets);
    QString redact(const QString &text) const;

private:
    QStringList m_needles; // longest first, so a secret inside another goes with it
};

} // namespace adp::server::ai
