#include "AiProvider.h"

#include "ApiTime.h"
#include "JsonFields.h"
#include "TextRules.h"

#include <QUrl>

namespace adp::shared {

QJsonObject AiProvider::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("organisation"), organisation},
            {QStringLiteral("name"), name},
            {QStringLiteral("base_url"), baseUrl},
            {QStringLiteral("model"), model},
            {QStringLiteral("key_hint"), keyHint},
            {QStringLiteral("timeout_seconds"), timeoutSeconds},
            {QStringLiteral("max_tokens"), maxTokens},
            {QStringLiteral("prompt_price_per_million"), promptPricePerMillion},
            {QStringLiteral("completion_price_per_million"), completionPricePerMillion},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("created_at"), toApiTime(createdAt)},
            {QStringLiteral("updated_at"), toApiTime(updatedAt)}};
}

std::optional<AiProvider> AiProvider::fromJson(const QJsonObject &object)
{
    if (!object.value(QStringLiteral("id")).isDouble())
        return std::nullopt;
    AiProvider provider;
    provider.id = object.value(QStringLiteral("id")).toInteger();
    provider.organisation = object.value(QStringLiteral("organisation")).toString();
    provider.name = object.value(QStringLiteral("name")).toString();
    provider.baseUrl = object.value(QStringLiteral("base_url")).toString();
    provider.model = object.value(QStringLiteral("model")).toString();
    provider.keyHint = object.value(QStringLiteral("key_hint")).toString();
    provider.timeoutSeconds = object.value(QStringLiteral("timeout_seconds")).toInt();
    provider.maxTokens = object.value(QStringLiteral("max_tokens")).toInt();
    provider.promptPricePerMillion = object.value(QStringLiteral("prompt_price_per_million")).toInteger();
    provider.completionPricePerMillion = object.value(QStringLiteral("completion_price_per_million")).toInteger();
    provider.currency = object.value(QStringLiteral("currency")).toString();
    provider.createdBy = object.value(QStringLiteral("created_by")).toString();
    provider.createdAt = fromApiTime(object.value(QStringLiteral("created_at")).toString());
    provider.updatedAt = fromApiTime(object.value(QStringLiteral("updated_at")).toString());
    return provider;
}

AiProviderFields AiProviderFields::fromJson(const QJsonObject &object, FieldErrors &errors)
{
    JsonFieldReader reader(object);
    AiProviderFields fields;
    fields.name = reader.string(QStringLiteral("name"));
    fields.baseUrl = reader.string(QStringLiteral("base_url"));
    fields.model = reader.string(QStringLiteral("model"));
    fields.apiKey = reader.string(QStringLiteral("api_key"));
    fields.timeoutSeconds = reader.integer(QStringLiteral("timeout_seconds"));
    fields.maxTokens = reader.integer(QStringLiteral("max_tokens"));
    fields.promptPricePerMillion = reader.integer(QStringLiteral("prompt_price_per_million"));
    fields.completionPricePerMillion = reader.integer(QStringLiteral("completion_price_per_million"));
    fields.currency = reader.string(QStringLiteral("currency"));
    reader.rejectUnknownFields();
    errors.append(reader.errors());
    return fields;
}

QJsonObject AiProviderFields::toJson() const
{
    QJsonObject json;
    const auto text = [&json](const char *key, const std::optional<QString> &value) {
        if (value)
            json.insert(QLatin1String(key), *value);
    };
    const auto number = [&json](const char *key, const std::optional<qint64> &value) {
        if (value)
            json.insert(QLatin1String(key), *value);
    };
    text("name", name);
    text("base_url", baseUrl);
    text("model", model);
    text("api_key", apiKey);
    number("timeout_seconds", timeoutSeconds);
    number("max_tokens", maxTokens);
    number("prompt_price_per_million", promptPricePerMillion);
    number("completion_price_per_million", completionPricePerMillion);
    text("currency", currency);
    return json;
}

FieldErrors AiProviderFields::validate(bool creating) const
{
    FieldErrors errors;
    if (creating) {
        for (const auto &[key, given] :
             {std::pair{"name", name.has_value()}, std::pair{"base_url", baseUrl.has_value()},
              std::pair{"model", model.has_value()}}) {
            if (!given)
                errors.append(requiredField(QString::fromLatin1(key)));
        }
    }
    if (name && (name->trimmed().isEmpty() || name->size() > kNameMax))
        errors.append(invalidField(QStringLiteral("name"), QStringLiteral("must be 1 to %1 characters").arg(kNameMax)));
    if (baseUrl) {
        const QUrl url(*baseUrl, QUrl::StrictMode);
        if (baseUrl->size() > kUrlMax || !url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"https" && url.scheme() != u"http") || !url.userInfo().isEmpty() || url.hasQuery() ||
            url.hasFragment())
            errors.append(invalidField(QStringLiteral("base_url"),
                                       QStringLiteral("must be an http(s) URL with a host and no credentials, query or "
                                                      "fragment, at most %1 characters")
                                           .arg(kUrlMax)));
    }
    if (model && (model->trimmed().isEmpty() || model->size() > kModelMax))
        errors.append(
            invalidField(QStringLiteral("model"), QStringLiteral("must be 1 to %1 characters").arg(kModelMax)));
    if (apiKey && (apiKey->size() > kKeyMax || apiKey->contains(u'\n') || apiKey->contains(u'\r')))
        errors.append(invalidField(QStringLiteral("api_key"),
                                   QStringLiteral("must be one line of at most %1 characters").arg(kKeyMax)));
    const auto range = [&errors](const char *key, const std::optional<qint64> &value, qint64 least, qint64 most) {
        if (value && (*value < least || *value > most))
            errors.append(
                invalidField(QString::fromLatin1(key), QStringLiteral("must be from %1 to %2").arg(least).arg(most)));
    };
    range("timeout_seconds", timeoutSeconds, 1, kMaxTimeoutSeconds);
    range("max_tokens", maxTokens, 1, kMaxTokens);
    range("prompt_price_per_million", promptPricePerMillion, 0, 100'000'000);
    range("completion_price_per_million", completionPricePerMillion, 0, 100'000'000);
    if (currency && !textrules::isCurrencyCode(*currency))
        errors.append(invalidField(QStringLiteral("currency"), QStringLiteral("must be an ISO 4217 code such as USD")));
    return errors;
}

} // namespace adp::shared
