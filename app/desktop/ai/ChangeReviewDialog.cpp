#include "ChangeReviewDialog.h"

#include "CitedFileDialog.h"
#include "ModelAnswerView.h"
#include "widgets/ApiErrorText.h"
#include "widgets/Tables.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace adp::app {

ChangeReviewDialog::ChangeReviewDialog(shared::ApiClient &api, shared::EventsClient *events, const QString &project,
                                       const QString &defaultBranch, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_project(project)
{
    setWindowTitle(tr("Review a change in %1").arg(project));
    m_from = new QLineEdit(defaultBranch, this);
    m_from->setAccessibleName(tr("From"));
    m_to = new QLineEdit(this);
    m_to->setAccessibleName(tr("To"));
    m_to->setPlaceholderText(tr("a branch, tag or commit"));
    m_start = new QPushButton(tr("Review"), this);
    m_start->setObjectName(QStringLiteral("changeReviewStart"));
    m_summary =
        new QLabel(tr("What the security rules find in the lines a change adds, then the model's review."), this);
    m_summary->setWordWrap(true);
    m_findings = makeRowTable(this, {tr("Severity"), tr("Rule"), tr("Where"), tr("What")});
    m_findings->setAccessibleName(tr("What the rules found"));
    m_model = new ModelAnswerView(api, events, this);
    m_model->reset([this]() { review(); });
    m_model->setAskable(false);
    m_cited = new CitedFileDialog(api, project, this);

    auto *refs = new QFormLayout;
    refs->addRow(tr("From:"), m_from);
    refs->addRow(tr("To:"), m_to);
    auto *top = new QHBoxLayout;
    top->addLayout(refs, 1);
    top->addWidget(m_start, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_model, 2);
    resize(900, 700);
    connect(m_start, &QPushButton::clicked, this, &ChangeReviewDialog::review);
    connect(m_model, &ModelAnswerView::fileRequested, this, [this](const QString &path, qint64 line) {
        if (m_review)
            m_cited->open(m_review->toSha, path, line);
    });
    connect(m_findings, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (m_review && row < m_review->findings.size())
            m_cited->open(m_review->toSha, m_review->findings.at(row).file, m_review->findings.at(row).line);
    });
}

void ChangeReviewDialog::review()
{
    shared::CodeReviewRequest request{m_from->text().trimmed(), m_to->text().trimmed(), std::nullopt};
    m_start->setEnabled(false);
    m_summary->setText(tr("Reviewing…"));
    m_findings->setRowCount(0);
    m_model->expectAnswer();
    m_api.reviewChange(m_project, request, this, [this](const shared::ApiResult<shared::CodeReview> &result) {
        m_start->setEnabled(true);
        if (!result.ok()) {
            const QString message = ApiErrorText::describe(tr("Reviewing the change"), result.error());
            m_summary->setText(message);
            return m_model->showFailure(message);
        }
        showReview(result.value());
        if (result.value().answer)
            m_model->follow(*result.value().answer);
        else
            m_model->showNoModel();
        Q_EMIT reviewed();
    });
}

void ChangeReviewDialog::showReview(const shared::CodeReview &review)
{
    m_review = review;
    m_summary->setText(tr("%1..%2: %3 commit(s), %4 file(s) changed; the rules found %5 thing(s) in the lines it "
                          "adds.")
                           .arg(review.fromSha.left(10), review.toSha.left(10))
                           .arg(review.commits.size())
                           .arg(review.files.size())
                           .arg(review.findings.size()));
    for (const auto &finding : review.findings)
        appendRow(m_findings,
                  {shared::analysis::severityName(finding.severity), finding.rule,
                   QStringLiteral("%1:%2").arg(finding.file).arg(finding.line), finding.message},
                  finding.fingerprint);
}

} // namespace adp::app
