#include "NotificationRuleDialog.h"

#include "NotificationText.h"
#include "widgets/ApiErrorText.h"
#include "widgets/ErrorBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace adp::app {

using shared::NotificationRule;

namespace {
const QString kUrl = QStringLiteral("url");
const QString kSecret = QStringLiteral("secret");
const QStringList kEmailFields = {QStringLiteral("email.host"),     QStringLiteral("email.port"),
                                  QStringLiteral("email.security"), QStringLiteral("email.username"),
                                  QStringLiteral("password"),       QStringLiteral("email.from"),
                                  QStringLiteral("email.to")};

// "main, release/*" or "main release/*" -> {"main", "release/*"}
QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}
} // namespace

NotificationRuleDialog::NotificationRuleDialog(shared::NotificationRulesApi &api, const QString &project,
                                               std::optional<NotificationRule> existing, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_project(project)
    , m_existing(std::move(existing))
    , m_form(this)
{
    setWindowTitle(m_existing ? tr("Edit notification rule %1").arg(m_existing->name) : tr("New notification rule"));
    setMinimumWidth(520);
    m_banner = new ErrorBanner(this);
    const NotificationRule initial = m_existing.value_or(NotificationRule{});

    m_name = m_form.addLine(QStringLiteral("name"), tr("Name:"), tr("Failures on main to the team chat"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    for (const QString &channel : NotificationRule::kChannels)
        m_channel->addItem(NotificationText::channel(channel), channel);
    m_form.addField(QStringLiteral("channel"), tr("Send to:"), m_channel);
    m_when = new QComboBox(this);
    m_when->setObjectName(QStringLiteral("when"));
    for (const QString &when : NotificationRule::kWhens)
        m_when->addItem(NotificationText::when(when), when);
    m_form.addField(QStringLiteral("when"), tr("When a pipeline ends:"), m_when);
    m_branches =
        m_form.addLine(QStringLiteral("branches"), tr("Branches:"), tr("main, release/* (empty: every branch)"));
    m_active = new QCheckBox(tr("Active"), this);
    m_active->setObjectName(QStringLiteral("active"));
    m_form.addField(QStringLiteral("active"), QString(), m_active);

    const bool keepsUrl = m_existing && !m_existing->urlHint.isEmpty();
    m_url = m_form.addLine(kUrl, tr("Webhook URL:"),
                           keepsUrl ? tr("Kept: %1 (type a new URL to replace it)").arg(m_existing->urlHint)
                                    : tr("https://hooks.example.com/…"));
    m_secret = m_form.addLine(kSecret, tr("Signing secret:"),
                              m_existing && m_existing->hasSecret ? tr("Kept (type to replace it)") : tr("Optional"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_removeSecret = new QCheckBox(tr("Remove the signing secret"), this);
    m_removeSecret->setObjectName(QStringLiteral("removeSecret"));
    m_form.addField(QStringLiteral("removeSecret"), QString(), m_removeSecret);

    m_host = m_form.addLine(QStringLiteral("email.host"), tr("SMTP server:"), QStringLiteral("smtp.example.com"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("email.port"));
    m_port->setRange(1, 65535);
    m_form.addField(QStringLiteral("email.port"), tr("Port:"), m_port);
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("email.security"));
    m_security->addItem(tr("STARTTLS"), QStringLiteral("starttls"));
    m_security->addItem(tr("TLS from the start"), QStringLiteral("tls"));
    m_security->addItem(tr("None (never sends a password)"), QStringLiteral("none"));
    m_form.addField(QStringLiteral("email.security"), tr("Security:"), m_security);
    m_username = m_form.addLine(QStringLiteral("email.username"), tr("User name:"), tr("Optional"));
    m_password = m_form.addLine(QStringLiteral("password"), tr("Password:"),
                                m_existing && m_existing->hasPassword ? tr("Kept (type to replace it)") : QString());
    m_password->setEchoMode(QLineEdit::Password);
    m_from = m_form.addLine(QStringLiteral("email.from"), tr("From:"), QStringLiteral("ci@example.com"));
    m_to = m_form.addLine(QStringLiteral("email.to"), tr("To:"), tr("dev@example.com, ops@example.com"));

    m_name->setText(initial.name);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(initial.channel)));
    m_when->setCurrentIndex(std::max(0, m_when->findData(initial.when)));
    m_branches->setText(initial.branches.join(QStringLiteral(", ")));
    m_active->setChecked(initial.active);
    m_host->setText(initial.email.host);
    m_port->setValue(initial.email.port);
    m_security->setCurrentIndex(std::max(0, m_security->findData(initial.email.security)));
    m_username->setText(initial.email.username);
    m_from->setText(initial.email.from);
    m_to->setText(initial.email.to.join(QStringLiteral(", ")));
    if (m_existing) {
        // The secrets and the addresses belong to the channel; another channel is another rule.
        m_channel->setEnabled(false);
        m_channel->setToolTip(tr("To send somewhere else, add another rule"));
    }
    connect(m_channel, &QComboBox::currentIndexChanged, this, &NotificationRuleDialog::showChannel);
    connect(m_removeSecret, &QCheckBox::toggled, m_secret, &QWidget::setDisabled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_submit = buttons->button(QDialogButtonBox::Ok);
    m_submit->setText(m_existing ? tr("Save") : tr("Add"));
    m_submit->setObjectName(QStringLiteral("submit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NotificationRuleDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(m_form.layout());
    layout->addWidget(buttons);
    showChannel();
    m_name->setFocus();
}

QString NotificationRuleDialog::channel() const
{
    return m_channel->currentData().toString();
}

void NotificationRuleDialog::showChannel()
{
    const bool email = channel() == u"email";
    m_form.setFieldVisible(kUrl, !email);
    m_form.setFieldVisible(kSecret, NotificationText::isSigned(channel()));
    m_form.setFieldVisible(QStringLiteral("removeSecret"), m_existing && m_existing->hasSecret);
    for (const QString &field : kEmailFields)
        m_form.setFieldVisible(field, email);
    if (isVisible())
        adjustSize(); // fit the channel's fields
}

shared::EmailSettings NotificationRuleDialog::emailDraft() const
{
    shared::EmailSettings email;
    email.host = m_host->text().trimmed();
    email.port = m_port->value();
    email.security = m_security->currentData().toString();
    email.username = m_username->text().trimmed();
    email.from = m_from->text().trimmed();
    email.to = splitList(m_to->text());
    return email;
}

shared::NotificationRuleFields NotificationRuleDialog::fields() const
{
    const NotificationRule before = m_existing.value_or(NotificationRule{});
    const bool create = !m_existing;
    const bool email = channel() == u"email";
    shared::NotificationRuleFields fields;
    const QString name = m_name->text().trimmed();
    if (create || name != before.name)
        fields.name = name;
    if (create)
        fields.channel = channel();
    const QString when = m_when->currentData().toString();
    if (create || when != before.when)
        fields.when = when;
    const QStringList branches = splitList(m_branches->text());
    if (create || branches != before.branches)
        fields.branches = branches;
    if (create || m_active->isChecked() != before.active)
        fields.active = m_active->isChecked();
    if (!email && (create || !m_url->text().trimmed().isEmpty()))
        fields.url = m_url->text().trimmed();
    if (NotificationText::isSigned(channel())) {
        if (m_removeSecret->isChecked())
            fields.secret = QString();
        else if (!m_secret->text().isEmpty())
            fields.secret = m_secret->text();
    }
    if (email) {
        const shared::EmailSettings draft = emailDraft();
        if (create || draft.toJson() != before.email.toJson())
            fields.email = draft;
        if (!m_password->text().isEmpty())
            fields.password = m_password->text();
    }
    return fields;
}

void NotificationRuleDialog::showErrors(const shared::FieldErrors &errors)
{
    for (const shared::FieldError &error : m_form.showErrors(errors))
        m_banner->showMessage(QStringLiteral("%1: %2").arg(error.field, error.message));
}

void NotificationRuleDialog::submit()
{
    m_form.clearErrors();
    m_banner->hide();
    const shared::NotificationRuleFields fields = this->fields();
    shared::FieldErrors local = fields.validate(!m_existing);
    if (!m_existing && channel() != u"email" && fields.url->isEmpty())
        local.append({kUrl, QString::fromLatin1(shared::fieldcodes::Required), QStringLiteral("is required")});
    if (!local.isEmpty())
        return showErrors(local);
    if (m_existing && fields.toJson().isEmpty()) {
        m_saved = *m_existing;
        return accept();
    }
    m_submit->setEnabled(false);
    setCursor(Qt::BusyCursor);
    auto done = [this](const shared::ApiResult<NotificationRule> &result) {
        m_submit->setEnabled(true);
        unsetCursor();
        if (!result.ok()) {
            if (!result.error().fieldErrors.isEmpty())
                return showErrors(result.error().fieldErrors);
            return m_banner->showMessage(
                ApiErrorText::forAction(m_existing ? tr("Saving the rule") : tr("Adding the rule"), result.error()));
        }
        m_saved = result.value();
        accept();
    };
    if (m_existing)
        m_api.update(m_existing->id, fields, this, done);
    else
        m_api.create(m_project, fields, this, done);
}

} // namespace adp::app
