#include "ModelAnswerView.h"

#include "shared/client/EventsClient.h"
#include "widgets/ApiErrorText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace adp::app {

using shared::AiAnswer;

ModelAnswerView::ModelAnswerView(shared::ApiClient &api, shared::EventsClient *events, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
{
    setAccessibleName(tr("The model's answer"));
    m_heading = new QLabel(tr("<b>The model</b>"), this);
    m_heading->setToolTip(tr("What the model says is its own words; what the rules found is above"));
    m_ask = new QPushButton(tr("Ask the model"), this);
    m_ask->setObjectName(QStringLiteral("assistantAsk"));
    m_ask->setToolTip(tr("Ask the organisation's model to explain this failure; masked values and secrets are "
                         "taken out of what it is sent"));
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("assistantStop"));
    m_up = new QPushButton(tr("Helpful"), this);
    m_up->setObjectName(QStringLiteral("assistantThumbsUp"));
    m_up->setCheckable(true);
    m_down = new QPushButton(tr("Not helpful"), this);
    m_down->setObjectName(QStringLiteral("assistantThumbsDown"));
    m_down->setCheckable(true);
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("assistantComment"));
    m_comment->setPlaceholderText(tr("Why? A word for the team, sent with your thumb (optional)"));
    m_comment->setAccessibleName(tr("Why the answer helped or not"));
    m_comment->setMaxLength(shared::AiFeedback::kCommentMax);
    m_comments = new QLabel(this);
    m_comments->setObjectName(QStringLiteral("assistantTeamComments"));
    m_comments->setWordWrap(true);
    m_comments->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("assistantModelAnswer"));
    m_browser->setAccessibleName(tr("The model's answer"));
    m_browser->setOpenLinks(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("assistantModelStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_heading, 1);
    actions->addWidget(m_ask);
    actions->addWidget(m_stop);
    auto *thumbs = new QHBoxLayout;
    thumbs->addWidget(m_status, 1);
    thumbs->addWidget(m_up);
    thumbs->addWidget(m_down);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(actions);
    layout->addWidget(m_browser, 1);
    layout->addLayout(thumbs);
    layout->addWidget(m_comment);
    layout->addWidget(m_comments);

    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(kRenderEveryMs);
    connect(&m_renderTimer, &QTimer::timeout, this, &ModelAnswerView::render);
    connect(m_ask, &QPushButton::clicked, this, &ModelAnswerView::ask);
    connect(m_stop, &QPushButton::clicked, this, [this]() {
        if (!m_answer)
            return;
        m_stop->setEnabled(false);
        m_api.cancelAnswer(m_answer->id, this, [this](const shared::ApiResult<AiAnswer> &result) {
            if (!result.ok())
                m_status->setText(ApiErrorText::forAction(tr("Stopping the answer"), result.error()));
        });
    });
    connect(m_up, &QPushButton::clicked, this, [this](bool checked) { rate(checked ? 1 : 0); });
    connect(m_down, &QPushButton::clicked, this, [this](bool checked) { rate(checked ? -1 : 0); });
    connect(m_comment, &QLineEdit::returnPressed, this, &ModelAnswerView::sendComment);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"log")
            Q_EMIT lineRequested(url.path().toLongLong());
        else if (url.scheme() == u"repo")
            Q_EMIT fileRequested(url.path(), url.fragment().toLongLong());
    });
    if (events)
        connect(events, &shared::EventsClient::eventReceived, this, &ModelAnswerView::onEvent);
    reset();
}

void ModelAnswerView::reset(Question question)
{
    m_question = std::move(question);
    m_answer.reset();
    m_text.clear();
    m_early.clear();
    m_expecting = false;
    m_renderTimer.stop();
    m_browser->clear();
    m_status->clear();
    m_ask->setText(tr("Ask the model"));
    m_ask->setEnabled(false);
    m_stop->hide();
    m_up->hide();
    m_down->hide();
    m_comment->hide();
    m_comment->clear();
    m_comments->clear();
}

void ModelAnswerView::setAskable(bool askable)
{
    m_ask->setEnabled(askable && m_question && !m_expecting && !(m_answer && m_answer->isRunning()));
}

void ModelAnswerView::ask()
{
    if (m_question)
        m_question();
}

void ModelAnswerView::expectAnswer()
{
    m_answer.reset();
    m_text.clear();
    m_early.clear();
    m_firstDrawnMs.reset();
    m_browser->clear();
    m_up->hide();
    m_down->hide();
    m_comment->hide();
    m_comment->clear();
    m_comments->clear();
    m_expecting = true;
    setRunning(true);
    m_status->setText(tr("Asking the model…"));
}

void ModelAnswerView::follow(const AiAnswer &started)
{
    m_expecting = false;
    m_answer = started;
    m_status->setText(tr("%1 (%2) is answering…").arg(started.provider, started.model));
    const QList<QJsonObject> early = std::exchange(m_early, {});
    for (const QJsonObject &data : early) {
        if (data.value(QStringLiteral("type")).toString() == u"ai.finished")
            readBack();
        else
            takePiece(data);
    }
}

void ModelAnswerView::showNoModel()
{
    m_expecting = false;
    setRunning(false);
    m_ask->setEnabled(false);
    m_status->setText(tr("No model is configured for this organisation: what is shown above is the built-in "
                         "rules' answer alone, and nothing left the server. Administrators add one under "
                         "Organisations ▸ AI models."));
}

void ModelAnswerView::showFailure(const QString &message)
{
    m_expecting = false;
    setRunning(false);
    m_status->setText(message);
}

void ModelAnswerView::onEvent(const QString &topic, const QString &type, const QJsonObject &data)
{
    if (topic != u"ai")
        return;
    if (!m_answer) {
        if (m_expecting) {
            m_early.append(data);
            m_early.last().insert(QStringLiteral("type"), type);
        }
        return;
    }
    if (data.value(QStringLiteral("request_id")).toInteger() != m_answer->id)
        return;
    if (type == u"ai.delta")
        takePiece(data);
    else if (type == u"ai.finished")
        readBack();
}

void ModelAnswerView::takePiece(const QJsonObject &data)
{
    if (!m_answer || data.value(QStringLiteral("request_id")).toInteger() != m_answer->id)
        return;
    // A piece that does not follow on (a reconnect lost one) waits for the answer read back at the end.
    if (data.value(QStringLiteral("offset")).toInteger() != m_text.size())
        return;
    const bool first = m_text.isEmpty();
    m_text += data.value(QStringLiteral("content")).toString();
    if (first) {
        m_firstPieceAt.start();
        render(); // the first words at once; later pieces are drawn together
    } else if (!m_renderTimer.isActive()) {
        m_renderTimer.start();
    }
}

void ModelAnswerView::render()
{
    QScrollBar *bar = m_browser->verticalScrollBar();
    const bool following = bar->value() >= bar->maximum() - 4;
    m_browser->setMarkdown(linkedMarkdown(m_text));
    if (following)
        bar->setValue(bar->maximum());
    if (!m_firstDrawnMs && !m_text.isEmpty() && m_firstPieceAt.isValid())
        m_firstDrawnMs = m_firstPieceAt.elapsed();
    Q_EMIT rendered();
}

void ModelAnswerView::readBack()
{
    if (!m_answer)
        return;
    const qint64 id = m_answer->id;
    m_api.answer(id, this, [this, id](const shared::ApiResult<AiAnswer> &result) {
        if (!m_answer || m_answer->id != id)
            return;
        if (!result.ok()) {
            m_status->setText(ApiErrorText::forAction(tr("Reading the answer"), result.error()));
            return;
        }
        if (!result.value().isRunning())
            showEnded(result.value());
    });
}

void ModelAnswerView::showEnded(const AiAnswer &answer)
{
    m_answer = answer;
    m_renderTimer.stop();
    m_text = answer.answer;
    render();
    setRunning(false);
    m_ask->setText(tr("Ask again"));
    m_up->setVisible(answer.status == u"done");
    m_down->setVisible(answer.status == u"done");
    m_up->setChecked(answer.myRating > 0);
    m_down->setChecked(answer.myRating < 0);
    m_comment->setVisible(answer.status == u"done");
    m_comments->setText(teamCommentsText());
    m_status->setText(statusText());
    Q_EMIT ended(answer.status);
}

QString ModelAnswerView::statusText() const
{
    if (!m_answer)
        return m_status->text();
    const AiAnswer &a = *m_answer;
    const QString who = tr("%1 (%2)").arg(a.provider, a.model);
    if (a.isRunning())
        return tr("%1 is answering…").arg(who);
    if (a.status == u"failed")
        return tr("%1 could not answer: %2").arg(who, a.error);
    QStringList parts{who};
    if (a.status == u"canceled")
        parts.append(tr("stopped"));
    if (!a.refusal.isEmpty())
        parts.append(tr("declined: %1").arg(a.refusal));
    if (a.promptTokens || a.completionTokens)
        parts.append(tr("%1 + %2 tokens").arg(a.promptTokens.value_or(0)).arg(a.completionTokens.value_or(0)));
    parts.append(tr("cost %1 %2").arg(a.cost, a.currency));
    if (a.firstTokenMs)
        parts.append(tr("first words after %1 ms").arg(*a.firstTokenMs));
    parts.append(tr("%1 found it helpful, %2 not").arg(a.thumbsUp).arg(a.thumbsDown));
    return parts.join(QStringLiteral(" · "));
}

QString ModelAnswerView::teamCommentsText() const
{
    if (!m_answer)
        return {};
    QStringList lines;
    for (const AiAnswer::Comment &comment : m_answer->comments)
        lines.append(
            (comment.rating > 0 ? tr("%1 (helpful): %2") : tr("%1 (not helpful): %2")).arg(comment.by, comment.text));
    return lines.join(u'\n');
}

void ModelAnswerView::sendComment()
{
    const int rating = m_up->isChecked() ? 1 : m_down->isChecked() ? -1 : 0;
    if (rating == 0) {
        m_status->setText(tr("Choose Helpful or Not helpful first: the word goes with your thumb."));
        return;
    }
    rate(rating);
}

void ModelAnswerView::rate(int rating)
{
    if (!m_answer)
        return;
    shared::AiFeedback feedback;
    feedback.rating = rating;
    feedback.comment = rating == 0 ? QString() : m_comment->text().trimmed();
    m_up->setEnabled(false);
    m_down->setEnabled(false);
    m_api.rateAnswer(m_answer->id, feedback, this, [this](const shared::ApiResult<AiAnswer> &result) {
        m_up->setEnabled(true);
        m_down->setEnabled(true);
        if (!result.ok()) {
            m_status->setText(ApiErrorText::forAction(tr("Rating the answer"), result.error()));
            return;
        }
        showEnded(result.value());
    });
}

void ModelAnswerView::setRunning(bool running)
{
    m_stop->setVisible(running);
    m_stop->setEnabled(running);
    m_ask->setEnabled(!running && m_question);
}

QString ModelAnswerView::linkedMarkdown(const QString &answer)
{
    static const QRegularExpression kLogLine(QStringLiteral("\\bL(\\d{1,9})\\b"));
    // A file of the repository and a line: src/app.c:42, as the model is asked to cite them.
    static const QRegularExpression kFileLine(
        QStringLiteral("(?<![\\w/.-])((?:[\\w.-]+/)*[\\w.-]+\\.[A-Za-z]\\w*):(\\d{1,7})\\b"));
    static const QRegularExpression kWholeFileLine(
        QStringLiteral("^((?:[\\w.-]+/)*[\\w.-]+\\.[A-Za-z]\\w*):(\\d{1,7})$"));
    QStringList lines = answer.split(u'\n');
    bool fenced = false;
    for (QString &line : lines) {
        if (line.trimmed().startsWith(QStringLiteral("```"))) {
            fenced = !fenced;
            continue;
        }
        if (fenced)
            continue;
        // Text between backticks is code: a link inside would show as its brackets, so a cited
        // `path:line` becomes a link around the code, and nothing else there is touched.
        const QStringList parts = line.split(u'`');
        QString linked;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QString part = parts.at(i);
            if (i % 2 == 0) {
                part.replace(kFileLine, QStringLiteral("[\\1:\\2](repo:\\1#\\2)"));
                part.replace(kLogLine, QStringLiteral("[L\\1](log:\\1)"));
                linked += part;
            } else if (i + 1 == parts.size()) {
                linked += u'`' + part; // a backtick never closed
            } else if (const auto cited = kWholeFileLine.match(part); cited.hasMatch()) {
                linked += QStringLiteral("[`%1`](repo:%2#%3)").arg(part, cited.captured(1), cited.captured(2));
            } else {
                linked += u'`' + part + u'`';
            }
        }
        line = linked;
    }
    return lines.join(u'\n');
}

} // namespace adp::app
