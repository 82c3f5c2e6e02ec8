#include "AssistantPanel.h"

#include "ModelAnswerView.h"
#include "shared/analysis/FailureText.h"
#include "widgets/ApiErrorText.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace adp::app {

using shared::analysis::FailureText;
using shared::analysis::JobAnalysis;

AssistantPanel::AssistantPanel(shared::ApiClient &api, shared::EventsClient *events, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
{
    setAccessibleName(tr("Assistant"));
    auto *title = new QLabel(tr("<b>Assistant</b>"), this);
    m_explain = new QPushButton(tr("Explain this failure"), this);
    m_explain->setObjectName(QStringLiteral("assistantExplain"));
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setEnabled(false);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("assistantSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_firstLine = new QPushButton(this);
    m_firstLine->setObjectName(QStringLiteral("assistantFirstLine"));
    m_firstLine->setAccessibleName(tr("Go to the first bad line"));
    m_firstLine->setFlat(true);
    m_firstLine->setStyleSheet(QStringLiteral("text-align: left;"));
    m_firstLine->hide();
    m_evidence = new QListWidget(this);
    m_evidence->setObjectName(QStringLiteral("assistantEvidence"));
    m_evidence->setAccessibleName(tr("Evidence from the log"));
    m_evidence->setWordWrap(true);
    m_source = new QLabel(tr("From the built-in analyzers: no model was asked and nothing left the server."), this);
    m_source->setWordWrap(true);
    m_source->setEnabled(false); // a quiet note
    m_model = new ModelAnswerView(api, events, this);

    auto *actions = new QHBoxLayout;
    actions->addWidget(title, 1);
    actions->addWidget(m_explain);
    actions->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addLayout(actions);
    layout->addWidget(m_summary);
    layout->addWidget(m_firstLine);
    layout->addWidget(m_evidence, 1);
    layout->addWidget(m_source);
    layout->addWidget(m_model, 2);

    connect(m_explain, &QPushButton::clicked, this, &AssistantPanel::explain);
    connect(m_model, &ModelAnswerView::lineRequested, this, &AssistantPanel::lineRequested);
    connect(m_copy, &QPushButton::clicked, this, [this]() { QApplication::clipboard()->setText(plainText()); });
    connect(m_firstLine, &QPushButton::clicked, this, [this]() {
        if (m_analysis && m_analysis->verdict.firstErrorLine > 0)
            Q_EMIT lineRequested(m_analysis->verdict.firstErrorLine);
    });
    connect(m_evidence, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 line = item->data(Qt::UserRole).toLongLong(); line > 0)
            Q_EMIT lineRequested(line);
    });
    connect(m_evidence, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (const qint64 line = item->data(Qt::UserRole).toLongLong(); line > 0)
            Q_EMIT lineRequested(line);
    });
    clear(tr("Choose a job to see why it failed."));
}

void AssistantPanel::setJob(qint64 jobId)
{
    if (jobId == m_jobId)
        return;
    m_jobId = jobId;
    m_model->reset(jobId > 0 ? ModelAnswerView::Question([this, jobId]() { askModel(jobId); })
                             : ModelAnswerView::Question());
    clear(tr("Explained once the job has ended."));
}

void AssistantPanel::jobEnded(qint64 jobId, const QString &status)
{
    if (jobId != m_jobId)
        return;
    m_explain->setEnabled(true);
    m_model->setAskable(true);
    if (status == u"failed" && !m_analysis)
        explain();
    else if (!m_analysis)
        m_summary->setText(tr("The job ended: %1. Explain reads its log all the same.").arg(status));
}

void AssistantPanel::explain()
{
    if (m_jobId <= 0)
        return;
    const qint64 jobId = m_jobId;
    m_explain->setEnabled(false);
    m_summary->setText(tr("Reading the log…"));
    m_api.jobAnalysis(jobId, this, [this, jobId](const shared::ApiResult<JobAnalysis> &result) {
        if (jobId != m_jobId)
            return; // another job was chosen meanwhile
        m_explain->setEnabled(true);
        if (!result.ok()) {
            m_summary->setText(ApiErrorText::forAction(tr("Explaining the failure"), result.error()));
            return;
        }
        showAnalysis(result.value());
        Q_EMIT explained();
    });
}

void AssistantPanel::askModel(qint64 jobId)
{
    m_model->expectAnswer();
    m_api.explainJob(jobId, 0, this, [this, jobId](const shared::ApiResult<shared::JobExplanation> &result) {
        if (jobId != m_jobId)
            return; // another job was chosen meanwhile
        if (!result.ok())
            return m_model->showFailure(ApiErrorText::forAction(tr("Asking the model"), result.error()));
        if (!result.value().answer)
            return m_model->showNoModel();
        m_model->follow(*result.value().answer);
    });
}

void AssistantPanel::showAnalysis(const JobAnalysis &analysis)
{
    m_analysis = analysis;
    m_summary->setText(summaryText());
    const auto &verdict = analysis.verdict;
    m_firstLine->setVisible(verdict.firstErrorLine > 0);
    m_firstLine->setText(tr("Go to the first bad line (%1)").arg(verdict.firstErrorLine));
    m_evidence->clear();
    if (verdict.location) {
        const auto &at = *verdict.location;
        auto *item = new QListWidgetItem(tr("%1:%2 — %3").arg(at.file).arg(at.line).arg(at.message), m_evidence);
        item->setToolTip(tr("Where %1 points").arg(at.tool));
    }
    for (const QString &test : verdict.tests)
        new QListWidgetItem(tr("Failing test: %1").arg(test), m_evidence);
    for (const auto &item : verdict.evidence) {
        auto *line = new QListWidgetItem(tr("Line %1: %2").arg(item.line).arg(item.text), m_evidence);
        line->setData(Qt::UserRole, item.line);
        line->setToolTip(tr("Rule %1; click to show this line in the log").arg(item.rule));
    }
    m_copy->setEnabled(true);
}

QString AssistantPanel::summaryText() const
{
    if (!m_analysis)
        return m_summary->text();
    QString text = FailureText::meaning(m_analysis->verdict.failureClass);
    if (m_analysis->flaky)
        text += u' ' + tr("Flaky: the same job ended differently on the same commit; a retry may pass.");
    return text;
}

QString AssistantPanel::plainText() const
{
    if (!m_analysis)
        return {};
    QString text = tr("Job %1 (%2), %3").arg(m_analysis->jobId).arg(m_analysis->jobName, m_analysis->jobStatus) + u'\n';
    if (m_analysis->flaky)
        text += tr("Flaky: the same job ended differently on the same commit; a retry may pass.") + u'\n';
    text += FailureText::plain(m_analysis->verdict);
    if (const auto &answer = m_model->answer(); answer && !m_model->text().isEmpty())
        text += u'\n' + tr("%1 (%2) says:").arg(answer->provider, answer->model) + u'\n' + m_model->text() + u'\n';
    return text;
}

void AssistantPanel::clear(const QString &hint)
{
    m_analysis.reset();
    m_summary->setText(hint);
    m_firstLine->hide();
    m_evidence->clear();
    m_copy->setEnabled(false);
    m_explain->setEnabled(false);
}

} // namespace adp::app
