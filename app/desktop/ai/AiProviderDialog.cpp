#include "AiProviderDialog.h"

#include "widgets/ApiErrorText.h"
#include "widgets/ErrorBanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace adp::app {

using shared::AiProviderFields;

AiProviderDialog::AiProviderDialog(shared::ApiClient &api, const QString &organisation,
                                   const std::optional<shared::AiProvider> &existing, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_organisation(organisation)
    , m_existing(existing)
    , m_form(this)
{
    m_banner = new ErrorBanner(this);
    m_form.layout()->addRow(m_banner);
    setWindowTitle(existing ? tr("Change the model %1").arg(existing->name) : tr("Add a model"));
    m_name = m_form.addLine(QStringLiteral("name"), tr("Name:"), tr("e.g. Local Qwen"));
    m_baseUrl = m_form.addLine(QStringLiteral("base_url"), tr("Address:"), tr("e.g. http://127.0.0.1:11434/v1"));
    m_baseUrl->setToolTip(tr("Any OpenAI-compatible chat completions endpoint: OpenAI, Azure OpenAI, DeepSeek, Qwen, "
                             "Ollama, vLLM, llama.cpp server"));
    m_model = m_form.addLine(QStringLiteral("model"), tr("Model:"), tr("e.g. qwen2.5-coder"));
    m_key = m_form.addLine(QStringLiteral("api_key"), tr("API key:"),
                           existing && !existing->keyHint.isEmpty()
                               ? tr("%1 (kept unless you type a new one)").arg(existing->keyHint)
                               : tr("none (local servers often need none)"));
    m_key->setEchoMode(QLineEdit::Password);
    const auto number = [this](const QString &key, const QString &label, int minimum, int maximum, int value,
                               const QString &suffix) {
        auto *box = new QSpinBox(this);
        box->setRange(minimum, maximum);
        box->setValue(value);
        box->setSuffix(suffix);
        box->setAccessibleName(label);
        m_form.addField(key, label, box);
        return box;
    };
    const shared::AiProvider defaults = existing.value_or(shared::AiProvider{});
    m_timeout = number(QStringLiteral("timeout_seconds"), tr("Timeout:"), 1, AiProviderFields::kMaxTimeoutSeconds,
                       defaults.timeoutSeconds, tr(" s"));
    m_maxTokens = number(QStringLiteral("max_tokens"), tr("Longest answer:"), 1, AiProviderFields::kMaxTokens,
                         defaults.maxTokens, tr(" tokens"));
    m_promptPrice = number(QStringLiteral("prompt_price_per_million"), tr("Price of a million prompt tokens:"), 0,
                           1000000000, int(defaults.promptPricePerMillion), tr(" (hundredths)"));
    m_completionPrice = number(QStringLiteral("completion_price_per_million"), tr("Price of a million answer tokens:"),
                               0, 1000000000, int(defaults.completionPricePerMillion), tr(" (hundredths)"));
    m_currency = m_form.addLine(QStringLiteral("currency"), tr("Currency:"), QStringLiteral("USD"));
    if (existing) {
        m_name->setText(existing->name);
        m_baseUrl->setText(existing->baseUrl);
        m_model->setText(existing->model);
        m_currency->setText(existing->currency);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(existing ? tr("Save") : tr("Add"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &AiProviderDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_form.layout()->addRow(buttons);
}

void AiProviderDialog::showErrors(const shared::FieldErrors &errors)
{
    for (const shared::FieldError &error : m_form.showErrors(errors))
        m_banner->showMessage(QStringLiteral("%1: %2").arg(error.field, error.message));
}

void AiProviderDialog::submit()
{
    m_form.clearErrors();
    m_banner->hide();
    const AiProviderFields fields = this->fields();
    if (const shared::FieldErrors local = fields.validate(!m_existing); !local.isEmpty())
        return showErrors(local);
    if (m_existing && fields.toJson().isEmpty())
        return accept();
    m_submit->setEnabled(false);
    auto done = [this](const shared::ApiResult<shared::AiProvider> &result) {
        m_submit->setEnabled(true);
        if (!result.ok()) {
            if (!result.error().fieldErrors.isEmpty())
                return showErrors(result.error().fieldErrors);
            return m_banner->showMessage(
                ApiErrorText::forAction(m_existing ? tr("Saving the model") : tr("Adding the model"), result.error()));
        }
        accept();
    };
    if (m_existing)
        m_api.updateProvider(m_organisation, m_existing->id, fields, this, done);
    else
        m_api.createProvider(m_organisation, fields, this, done);
}

AiProviderFields AiProviderDialog::fields() const
{
    AiProviderFields fields;
    const auto text = [this](QLineEdit *edit, const QString &was, std::optional<QString> &field) {
        if (!m_existing || edit->text().trimmed() != was)
            field = edit->text().trimmed();
    };
    const shared::AiProvider was = m_existing.value_or(shared::AiProvider{});
    text(m_name, was.name, fields.name);
    text(m_baseUrl, was.baseUrl, fields.baseUrl);
    text(m_model, was.model, fields.model);
    if (!m_key->text().isEmpty())
        fields.apiKey = m_key->text();
    if (!m_currency->text().trimmed().isEmpty())
        text(m_currency, was.currency, fields.currency);
    const auto number = [this](QSpinBox *box, qint64 wasValue, std::optional<qint64> &field) {
        if (!m_existing || box->value() != wasValue)
            field = box->value();
    };
    number(m_timeout, was.timeoutSeconds, fields.timeoutSeconds);
    number(m_maxTokens, was.maxTokens, fields.maxTokens);
    number(m_promptPrice, was.promptPricePerMillion, fields.promptPricePerMillion);
    number(m_completionPrice, was.completionPricePerMillion, fields.completionPricePerMillion);
    return fields;
}

} // namespace adp::app
