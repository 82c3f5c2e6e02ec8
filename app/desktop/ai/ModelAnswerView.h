#pragma once

#include "shared/client/AiApi.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace adp::shared {
class EventsClient;
}

namespace adp::app {

// A model's answer (a failed job explained, a deployment's risk weighed) shown as Markdown while
// it streams (pieces from the events socket, topic "ai"), with Stop, Ask again and thumbs up or
// down kept for the team, with a word on why that the team reads under it. Citations of log lines (L42) are links that
// show the line. What it cost and how fast it began is said under it. Without a model it says so, and the rules' answer
// stands alone. What Ask puts to the model is its owner's (setQuestion).
class ModelAnswerView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRenderEveryMs = 30; // pieces arriving faster are drawn together

    ModelAnswerView(shared::ApiClient &api, shared::EventsClient *events, QWidget *parent = nullptr);

    // Puts the question; calls expectAnswer() first, then follow(), showNoModel() or showFailure().
    using Question = std::function<void()>;

    // A new subject (another job, another deployment): nothing shown, nothing askable yet.
    void reset(Question question = {});
    // Whether Ask may be pressed now (a job's log is complete...).
    void setAskable(bool askable);
    void ask();

    // The owner's side of a question: about to be asked (pieces that come before the answer's id
    // are kept), then its answer started, no model to ask, or the asking failed.
    void expectAnswer();
    void follow(const shared::AiAnswer &started);
    void showNoModel();
    void showFailure(const QString &message);

    qint64 answerId() const { return m_answer ? m_answer->id : 0; }
    const std::optional<shared::AiAnswer> &answer() const { return m_answer; }
    QString text() const { return m_text; }
    QString statusText() const;
    QTextBrowser *browser() const { return m_browser; }
    QPushButton *askButton() const { return m_ask; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *thumbsUpButton() const { return m_up; }
    QPushButton *thumbsDownButton() const { return m_down; }
    // A word on why, sent with the thumb (Enter sends it with the thumb already given).
    QLineEdit *commentEdit() const { return m_comment; }
    QString teamCommentsText() const;
    // Milliseconds from the first piece's arrival on the socket to its being drawn.
    std::optional<qint64> firstPieceDrawnMs() const { return m_firstDrawnMs; }

    // The Markdown shown: log citations (L42) made links to the log, file citations (src/a.c:12)
    // links to the file.
    static QString linkedMarkdown(const QString &answer);

Q_SIGNALS:
    void lineRequested(qint64 line);
    // A cited file of the repository (path:line), to show at the line.
    void fileRequested(const QString &path, qint64 line);
    void rendered();
    void ended(const QString &status);

private:
    void onEvent(const QString &topic, const QString &type, const QJsonObject &data);
    void takePiece(const QJsonObject &data);
    void render();
    void readBack();
    void showEnded(const shared::AiAnswer &answer);
    void rate(int rating);
    void sendComment();
    void setRunning(bool running);

    shared::AiApi m_api;
    Question m_question;
    bool m_expecting = false; // asked, the answer's id not known yet
    std::optional<shared::AiAnswer> m_answer;
    QString m_text;
    QList<QJsonObject> m_early; // pieces that came before the answer's id did
    QTimer m_renderTimer;
    QElapsedTimer m_firstPieceAt;
    std::optional<qint64> m_firstDrawnMs;
    QLabel *m_heading;
    QTextBrowser *m_browser;
    QLabel *m_status;
    QPushButton *m_ask;
    QPushButton *m_stop;
    QPushButton *m_up;
    QPushButton *m_down;
    QLineEdit *m_comment;
    QLabel *m_comments; // what the team said with their thumbs
};

} // namespace adp::app
