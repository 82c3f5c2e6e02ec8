#include "DeploymentRiskPanel.h"

#include "CitedFileDialog.h"
#include "ModelAnswerView.h"
#include "widgets/ApiErrorText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace adp::app {

namespace {
constexpr int kFileRole = Qt::UserRole;
constexpr int kLineRole = Qt::UserRole + 1;

QString levelText(const QString &level)
{
    if (level == u"high")
        return DeploymentRiskPanel::tr("High risk");
    if (level == u"medium")
        return DeploymentRiskPanel::tr("Medium risk");
    return DeploymentRiskPanel::tr("Low risk");
}

} // namespace

DeploymentRiskPanel::DeploymentRiskPanel(shared::ApiClient &api, shared::EventsClient *events, const QString &project,
                                         shared::ProjectRole role, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_project(project)
    , m_mayAsk(role >= shared::ProjectRole::Developer)
{
    setAccessibleName(tr("Deployment risk"));
    m_weigh = new QPushButton(tr("Weigh the risk"), this);
    m_weigh->setObjectName(QStringLiteral("deploymentRiskWeigh"));
    m_weigh->setToolTip(m_mayAsk ? tr("The rules weigh what it brings and where it goes; the organisation's model, "
                                      "when it has one, gives its opinion")
                                 : tr("Developers and up weigh a deployment's risk"));
    m_level = new QLabel(this);
    m_level->setObjectName(QStringLiteral("deploymentRiskLevel"));
    m_level->setWordWrap(true);
    m_reasons = new QListWidget(this);
    m_reasons->setObjectName(QStringLiteral("deploymentRiskReasons"));
    m_reasons->setAccessibleName(tr("Why, by the rules"));
    m_reasons->setWordWrap(true);
    m_model = new ModelAnswerView(api, events, this);
    m_cited = new CitedFileDialog(api, project, this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_level, 1);
    top->addWidget(m_weigh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_reasons, 1);
    layout->addWidget(m_model, 2);
    connect(m_weigh, &QPushButton::clicked, this, &DeploymentRiskPanel::weigh);
    // A cited file opens as the deployment has it.
    const auto openCited = [this](const QString &path, qint64 line) {
        if (m_risk && m_risk->change)
            m_cited->open(m_risk->change->toSha, path, line);
    };
    connect(m_model, &ModelAnswerView::fileRequested, this, openCited);
    connect(m_reasons, &QListWidget::itemDoubleClicked, this, [openCited](QListWidgetItem *item) {
        if (item->data(kFileRole).isValid())
            openCited(item->data(kFileRole).toString(), item->data(kLineRole).toLongLong());
    });
    setDeployment(0);
}

void DeploymentRiskPanel::setDeployment(qint64 iid)
{
    if (iid == m_iid && iid != 0)
        return;
    m_iid = iid;
    m_risk.reset();
    m_reasons->clear();
    m_level->setText(iid > 0 ? tr("Not weighed yet.") : tr("Choose a deployment."));
    m_weigh->setEnabled(iid > 0 && m_mayAsk);
    m_model->reset(iid > 0 && m_mayAsk ? ModelAnswerView::Question([this]() { weigh(); })
                                       : ModelAnswerView::Question());
}

void DeploymentRiskPanel::weigh()
{
    if (m_iid <= 0 || !m_mayAsk)
        return;
    const qint64 iid = m_iid;
    m_weigh->setEnabled(false);
    m_level->setText(tr("Weighing…"));
    m_model->expectAnswer();
    m_api.deploymentRisk(m_project, iid, 0, this, [this, iid](const shared::ApiResult<shared::DeploymentRisk> &result) {
        if (iid != m_iid)
            return; // another deployment was chosen meanwhile
        m_weigh->setEnabled(true);
        if (!result.ok()) {
            const QString message = ApiErrorText::forAction(tr("Weighing the risk"), result.error());
            m_level->setText(message);
            return m_model->showFailure(message);
        }
        showRisk(result.value());
        if (result.value().answer)
            m_model->follow(*result.value().answer);
        else
            m_model->showNoModel();
        Q_EMIT weighed();
    });
}

void DeploymentRiskPanel::showRisk(const shared::DeploymentRisk &risk)
{
    m_risk = risk;
    m_level->setText(tr("<b>%1</b>, by the rules, for #%2 to %3.")
                         .arg(levelText(risk.level))
                         .arg(risk.iid)
                         .arg(risk.environment.toHtmlEscaped()));
    m_reasons->clear();
    for (const auto &reason : risk.reasons)
        new QListWidgetItem(tr("%1: %2").arg(levelText(reason.level), reason.message), m_reasons);
    if (risk.change) {
        for (const auto &finding : risk.change->findings) {
            auto *item = new QListWidgetItem(
                tr("%1:%2 — %3 (%4)").arg(finding.file).arg(finding.line).arg(finding.message, finding.rule),
                m_reasons);
            item->setData(kFileRole, finding.file);
            item->setData(kLineRole, finding.line);
        }
    }
    if (m_reasons->count() == 0)
        new QListWidgetItem(tr("Nothing stands out: a small change to a quiet environment."), m_reasons);
}

} // namespace adp::app
