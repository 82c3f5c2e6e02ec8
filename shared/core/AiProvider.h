#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace adp::shared {

// A model an organisation lets its projects ask: any OpenAI-compatible chat completions endpoint.
// The key is never shown back, only `keyHint`.
struct AiProvider
{
    qint64 id = 0;
    QString organisation; // slug
    QString name;
    QString baseUrl; // e.g. https://api.openai.com/v1, http://127.0.0.1:11434/v1 (Ollama)
    QString model;
    QString keyHint; // "sk-…9f" or empty when it has no key (local servers often need none)
    int timeoutSeconds = 60;
    int maxTokens = 1024;
    // Prices per million tokens in the currency's minor unit (cents): what a request costs.
    qint64 promptPricePerMillion = 0;
    qint64 completionPricePerMillion = 0;
    QString currency = QStringLiteral("USD");
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static std::optional<AiProvider> fromJson(const QJsonObject &object);
};

// What a create or update sends; absent fields stay as they are. An empty api_key removes it.
struct AiProviderFields
{
    static constexpr int kNameMax = 64;
    static constexpr int kUrlMax = 2048;
    static constexpr int kModelMax = 200;
    static constexpr int kKeyMax = 4096;
    static constexpr int kMaxTimeoutSeconds = 600;
    static constexpr int kMaxTokens = 32768;

    std::optional<QString> name;
    std::optional<QString> baseUrl;
    std::optional<QString> model;
    std::optional<QString> apiKey;
    std::optional<qint64> timeoutSeconds;
    std::optional<qint64> maxTokens;
    std::optional<qint64> promptPricePerMillion;
    std::optional<qint64> completionPricePerMillion;
    std::optional<QString> currency;

    static AiProviderFields fromJson(const QJsonObject &object, FieldErrors &errors);
    QJsonObject toJson() const;
    FieldErrors validate(bool creating) const;
};

} // namespace adp::shared
