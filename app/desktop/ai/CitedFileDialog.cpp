#include "CitedFileDialog.h"

#include "widgets/ApiErrorText.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace adp::app {

CitedFileDialog::CitedFileDialog(shared::ApiClient &api, const QString &project, QWidget *parent)
    : QDialog(parent)
    , m_repository(api, project)
    , m_status(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    m_status->setWordWrap(true);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("The cited file"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_text, 1);
    resize(860, 600);
}

QString CitedFileDialog::statusText() const
{
    return m_status->text();
}

int CitedFileDialog::currentLine() const
{
    return m_text->textCursor().blockNumber() + 1;
}

void CitedFileDialog::open(const QString &ref, const QString &path, qint64 line)
{
    setWindowTitle(tr("%1 at %2").arg(path, ref.left(12)));
    m_status->setText(tr("Loading %1…").arg(path));
    m_text->clear();
    m_asked = ref + u':' + path;
    const QString asked = m_asked;
    m_repository.file(ref, path, this, [this, asked, line](const shared::ApiResult<shared::RepositoryFile> &result) {
        if (asked != m_asked)
            return; // another citation was opened meanwhile
        if (!result.ok()) {
            m_status->setText(ApiErrorText::forAction(tr("Opening the file"), result.error()));
            Q_EMIT shown();
            return;
        }
        display(result.value(), line);
    });
    show();
    raise();
}

void CitedFileDialog::display(const shared::RepositoryFile &file, qint64 line)
{
    m_text->setPlainText(file.content);
    // A last line ends with a newline; the empty block after it is not a line of the file.
    const int lines = std::max(1, m_text->document()->blockCount() - (file.content.endsWith(u'\n') ? 1 : 0));
    const int at = int(std::clamp<qint64>(line, 1, lines));
    m_status->setText(
        tr("%1 at %2 (%3), line %4 of %5").arg(file.path, file.ref, file.sha.left(10)).arg(at).arg(lines));
    QTextCursor cursor(m_text->document()->findBlockByNumber(at - 1));
    m_text->setTextCursor(cursor);
    QTextEdit::ExtraSelection cited;
    cited.cursor = cursor;
    cited.format.setBackground(palette().highlight().color().lighter(160));
    cited.format.setProperty(QTextFormat::FullWidthSelection, true);
    m_text->setExtraSelections({cited});
    m_text->centerCursor();
    Q_EMIT shown();
}

} // namespace adp::app
