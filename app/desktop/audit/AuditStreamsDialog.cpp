#include "AuditStreamsDialog.h"

#include "OutcomeChoices.h"
#include "widgets/ApiErrorText.h"
#include "widgets/ErrorBanner.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adp::app {

using shared::AuditStream;

AuditStreamsDialog::AuditStreamsDialog(shared::ApiClient &api, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
{
    setWindowTitle(tr("Audit streams"));
    resize(900, 420);
    m_banner = new ErrorBanner(this);
    auto *about = new QLabel(tr("Each stream sends every new audit event its filters pass to a receiver (a SIEM's "
                                "HTTPS endpoint), in order, at least once, in GitLab's streaming event shape. A "
                                "receiver that is down falls behind and catches up; nothing is lost."),
                             this);
    about->setWordWrap(true);
    m_table = makeRowTable(
        this, {tr("Name"), tr("Receiver"), tr("Events"), tr("Active"), tr("Behind"), tr("Last sent"), tr("Error")});
    m_table->setObjectName(QStringLiteral("auditStreamsTable"));
    m_table->setAccessibleName(tr("Audit streams"));
    auto *add = new QPushButton(tr("Add…"), this);
    add->setObjectName(QStringLiteral("addAuditStream"));
    m_toggle = new QPushButton(tr("Pause"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(about);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);

    m_askFields = &AuditStreamsDialog::askFields;
    m_showToken = [](QWidget *owner, const AuditStream &created) {
        QMessageBox box(QMessageBox::Information, tr("Audit stream added"),
                        tr("The receiver gets this verification token in the X-Gitlab-Event-Streaming-Token header "
                           "of every event. It is shown only now:\n\n%1")
                            .arg(created.verificationToken),
                        QMessageBox::Ok, owner);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
    };
    m_confirm = [](QWidget *owner, const QString &question) {
        return QMessageBox::question(owner, tr("Delete audit stream"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    connect(add, &QPushButton::clicked, this, &AuditStreamsDialog::addStream);
    connect(m_toggle, &QPushButton::clicked, this, &AuditStreamsDialog::toggleSelected);
    connect(m_delete, &QPushButton::clicked, this, &AuditStreamsDialog::deleteSelected);
    connect(refresh, &QPushButton::clicked, this, &AuditStreamsDialog::reload);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AuditStreamsDialog::updateActions);
    updateActions();
    reload();
}

std::optional<shared::AuditStreamFields> AuditStreamsDialog::askFields(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Add an audit stream"));
    auto *name = new QLineEdit(&dialog);
    auto *url = new QLineEdit(&dialog);
    url->setPlaceholderText(QStringLiteral("https://siem.example.com/adp"));
    auto *action = new QLineEdit(&dialog);
    action->setPlaceholderText(tr("every action, or one, or a prefix like project."));
    QComboBox *outcome = OutcomeChoices::make(&dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Name"), name);
    form->addRow(tr("Receiver URL"), url);
    form->addRow(tr("Action"), action);
    form->addRow(tr("Outcome"), outcome);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    shared::AuditStreamFields fields;
    fields.name = name->text().trimmed();
    fields.url = url->text().trimmed();
    fields.action = action->text().trimmed();
    fields.outcome = outcome->currentData().toString();
    return fields;
}

std::optional<AuditStream> AuditStreamsDialog::selected() const
{
    const QVariant key = selectedKey(m_table);
    for (const AuditStream &stream : m_rows) {
        if (key.isValid() && stream.id == key.toLongLong())
            return stream;
    }
    return std::nullopt;
}

void AuditStreamsDialog::updateActions()
{
    const std::optional<AuditStream> stream = selected();
    m_toggle->setEnabled(stream.has_value());
    m_delete->setEnabled(stream.has_value());
    m_toggle->setText(stream && !stream->active ? tr("Resume") : tr("Pause"));
}

void AuditStreamsDialog::reload()
{
    m_api.list(this, [this](const shared::ApiResult<QList<AuditStream>> &result) {
        if (!result.ok())
            m_banner->showMessage(ApiErrorText::forAction(tr("Loading the audit streams"), result.error()));
        else
            showStreams(result.value());
        Q_EMIT reloaded();
    });
}

void AuditStreamsDialog::showStreams(const QList<AuditStream> &streams)
{
    const std::optional<AuditStream> before = selected();
    m_rows = streams;
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(0);
    for (const AuditStream &stream : streams) {
        QStringList filters;
        if (!stream.action.isEmpty())
            filters.append(stream.action);
        if (!stream.outcome.isEmpty())
            filters.append(stream.outcome == u"failure" ? tr("refused or failed") : tr("succeeded"));
        appendRow(m_table,
                  {stream.name, stream.urlHint, filters.isEmpty() ? tr("every event") : filters.join(u", "),
                   stream.active ? tr("yes") : tr("paused"), QString::number(stream.behind),
                   shortTime(stream.lastSentAt), stream.lastError},
                  stream.id);
        if (before && before->id == stream.id)
            m_table->selectRow(m_table->rowCount() - 1);
    }
    fitColumns(m_table, 6);
    updateActions();
}

void AuditStreamsDialog::addStream()
{
    const std::optional<shared::AuditStreamFields> fields = m_askFields(this);
    if (!fields)
        return;
    m_banner->hide();
    m_api.create(*fields, this, [this](const shared::ApiResult<AuditStream> &created) {
        if (!created.ok())
            return m_banner->showMessage(ApiErrorText::describe(tr("Adding the audit stream"), created.error()));
        m_showToken(this, created.value());
        reload();
    });
}

void AuditStreamsDialog::toggleSelected()
{
    const std::optional<AuditStream> stream = selected();
    if (!stream)
        return;
    shared::AuditStreamFields change;
    change.active = !stream->active;
    m_api.update(stream->id, change, this, [this](const shared::ApiResult<AuditStream> &result) {
        if (!result.ok())
            return m_banner->showMessage(ApiErrorText::forAction(tr("Changing the audit stream"), result.error()));
        reload();
    });
}

void AuditStreamsDialog::deleteSelected()
{
    const std::optional<AuditStream> stream = selected();
    if (!stream ||
        !m_confirm(this, tr("Delete the audit stream \"%1\"? Its receiver gets nothing more.").arg(stream->name)))
        return;
    m_api.remove(stream->id, this, [this](const shared::ApiResult<shared::Done> &result) {
        if (!result.ok())
            return m_banner->showMessage(ApiErrorText::forAction(tr("Deleting the audit stream"), result.error()));
        reload();
    });
}

} // namespace adp::app
