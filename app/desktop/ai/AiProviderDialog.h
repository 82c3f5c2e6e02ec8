#pragma once

#include "shared/client/AiApi.h"
#include "widgets/FieldForm.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace adp::app {

class ErrorBanner;

// Adding or changing one of an organisation's models: name, OpenAI-compatible address, model,
// key (typed hidden; left empty on a change it stays as it is), timeout, answer length and prices
// per million tokens. Saved from here: what the server refuses is shown under the field it names
// and the dialog stays open.
class AiProviderDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing`: the provider changed, nullopt to add one.
    AiProviderDialog(shared::ApiClient &api, const QString &organisation,
                     const std::optional<shared::AiProvider> &existing, QWidget *parent = nullptr);

    // What the form asks for: on a change only what differs (an untouched key is not sent).
    shared::AiProviderFields fields() const;
    void submit();
    QString fieldError(const QString &key) const { return m_form.error(key); }
    ErrorBanner *banner() const { return m_banner; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *modelEdit() const { return m_model; }
    QLineEdit *keyEdit() const { return m_key; }

private:
    void showErrors(const shared::FieldErrors &errors);

    shared::AiApi m_api;
    QString m_organisation;
    std::optional<shared::AiProvider> m_existing;
    FieldForm m_form;
    ErrorBanner *m_banner;
    QPushButton *m_submit;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLineEdit *m_model;
    QLineEdit *m_key;
    QSpinBox *m_timeout;
    QSpinBox *m_maxTokens;
    QSpinBox *m_promptPrice;
    QSpinBox *m_completionPrice;
    QLineEdit *m_currency;
};

} // namespace adp::app
