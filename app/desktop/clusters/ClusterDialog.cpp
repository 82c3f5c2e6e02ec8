#include "ClusterDialog.h"

#include "ConnectionReportView.h"
#include "widgets/ApiErrorText.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace adp::app {

ClusterDialog::ClusterDialog(shared::ApiClient &api, const QString &project, QWidget *parent)
    : QDialog(parent)
    , m_api(api, project)
    , m_form(this)
{
    setWindowTitle(tr("Add a Kubernetes cluster"));
    resize(640, 520);
    m_name = m_form.addLine(QStringLiteral("name"), tr("Name"), tr("e.g. production (lower-case, digits, -)"));
    m_context = m_form.addLine(QStringLiteral("context"), tr("Context"), tr("the kubeconfig's current-context"));
    m_kubeconfig = new QPlainTextEdit(this);
    m_kubeconfig->setAccessibleName(tr("Kubeconfig"));
    m_kubeconfig->setPlaceholderText(tr("Paste a kubeconfig with an inline token or client certificate, or load a "
                                        "file. It is stored sealed and never shown again."));
    m_kubeconfig->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_kubeconfig->setTabChangesFocus(true);
    m_kubeconfig->setMinimumHeight(220);
    m_form.addField(QStringLiteral("kubeconfig"), tr("Kubeconfig"), m_kubeconfig);
    m_report = new ConnectionReportView(this);
    auto *load = new QPushButton(tr("Load from a file…"), this);
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("submit"));
    buttons->addButton(load, QDialogButtonBox::ActionRole);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    connect(m_test, &QPushButton::clicked, this, &ClusterDialog::test);
    connect(load, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load a kubeconfig"));
        if (!path.isEmpty())
            loadFile(path);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ClusterDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form.layout(), 1);
    layout->addWidget(m_report);
    layout->addWidget(buttons);
}

void ClusterDialog::loadFile(const QString &path)
{
    m_form.clearErrors();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_form.showErrors(
            {{QStringLiteral("kubeconfig"), QString(), tr("Cannot read %1: %2").arg(path, file.errorString())}});
        return;
    }
    m_kubeconfig->setPlainText(QString::fromUtf8(file.read(512 * 1024)));
}

shared::ClusterFields ClusterDialog::fields() const
{
    shared::ClusterFields fields;
    fields.name = m_name->text().trimmed();
    fields.kubeconfig = m_kubeconfig->toPlainText();
    if (!m_context->text().trimmed().isEmpty())
        fields.context = m_context->text().trimmed();
    return fields;
}

void ClusterDialog::test()
{
    m_form.clearErrors();
    shared::ClusterFields draft = fields();
    draft.name.reset(); // a draft is not named yet
    m_test->setEnabled(false);
    m_report->showTesting();
    m_api.testDraft(draft, this, [this](const shared::ApiResult<shared::ClusterConnection> &result) {
        m_test->setEnabled(true);
        if (result.ok()) {
            m_report->showReport(result.value());
            return;
        }
        m_report->clear();
        const shared::FieldErrors rest = m_form.showErrors(result.error().fieldErrors);
        if (result.error().fieldErrors.isEmpty() || !rest.isEmpty())
            m_report->showFailure(ApiErrorText::forAction(tr("Testing the connection"), result.error()));
    });
}

void ClusterDialog::submit()
{
    m_form.clearErrors();
    m_api.create(fields(), this, [this](const shared::ApiResult<shared::Cluster> &result) {
        if (!result.ok()) {
            const shared::FieldErrors rest = m_form.showErrors(result.error().fieldErrors);
            if (result.error().fieldErrors.isEmpty() || !rest.isEmpty())
                m_form.showErrors({{QStringLiteral("name"), QString(),
                                    ApiErrorText::forAction(tr("Adding the cluster"), result.error())}});
            return;
        }
        Q_EMIT saved(result.value());
        accept();
    });
}

} // namespace adp::app
