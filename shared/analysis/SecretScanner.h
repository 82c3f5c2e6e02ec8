#pragma once

#include "SecurityFinding.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace adp::shared::analysis {

// Finds secrets in text (diffs, logs, pipeline definitions, any file), in the style of gitleaks:
// the shapes of cloud keys and tokens (AWS, GitHub, GitLab, Slack, Stripe, Google, npm, PyPI,
// OpenAI, JWTs), private key blocks, and high-entropy values assigned to key-like names. A line
// holding "adp:allow" or "gitleaks:allow" is left alone; variable references ($TOKEN, ${KEY},
// {{ .Values.x }}) and placeholders are not secrets.
class SecretScanner
{
    Q_DECLARE_TR_FUNCTIONS(SecretScanner)

public:
    static constexpr double kMinEntropy = 3.5; // bits per character, for the key-like-name rule
    static constexpr int kMaxLine = 4096;      // longer lines are looked at by their start

    static SecurityFindings scan(QByteArrayView text, const QString &file);
    // Shannon entropy of `text`, bits per character.
    static double entropy(QStringView text);
};

} // namespace adp::shared::analysis
