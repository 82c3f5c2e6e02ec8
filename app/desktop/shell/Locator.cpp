#include "Locator.h"

#include "widgets/ApiErrorText.h"
#include "widgets/Icons.h"
#include "workspace/RecentProjects.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace adp::app {

namespace {

enum Kind { ProjectItem = 1, PipelineItem, ActionItem };
constexpr int kKindRole = Qt::UserRole;
constexpr int kValueRole = Qt::UserRole + 1;
constexpr int kServerResults = 8;

QString plain(QString text)
{
    return text.remove(u'&');
}

} // namespace

Locator::Locator(shared::ApiClient &api, const RecentProjects &recent, QList<QAction *> actions, QWidget *parent)
    : QDialog(parent, Qt::Popup)
    , m_projects(api)
    , m_pipelines(api)
    , m_recent(recent)
{
    setObjectName(QStringLiteral("locator"));
    setWindowTitle(tr("Go to"));
    for (QAction *action : actions)
        m_actions.append(action);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("locatorInput"));
    m_input->setPlaceholderText(tr("Project, #pipeline or action…"));
    m_input->setAccessibleName(tr("Go to"));
    m_input->addAction(icons::named(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("locatorResults"));
    m_results->setAccessibleName(tr("Places and actions"));
    m_results->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_input);
    layout->addWidget(m_results, 1);
    resize(560, 360);

    m_input->installEventFilter(this);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(m_input, &QLineEdit::textChanged, this, &Locator::update);
    connect(&m_debounce, &QTimer::timeout, this, [this]() { askServer(m_input->text().trimmed()); });
    connect(m_results, &QListWidget::itemActivated, this, &Locator::choose);
}

void Locator::popUp()
{
    m_input->clear();
    update();
    if (parentWidget()) {
        const QRect area = parentWidget()->window()->geometry();
        move(area.center().x() - width() / 2, area.top() + area.height() / 6);
    }
    show();
    raise();
    activateWindow();
    m_input->setFocus();
}

bool Locator::eventFilter(QObject *watched, QEvent *event)
{
    // Up, Down and Enter in the text field move through and choose the results.
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int count = m_results->count();
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && count > 0) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            m_results->setCurrentRow((m_results->currentRow() + step + count) % count);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (QListWidgetItem *item = m_results->currentItem())
                choose(item);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void Locator::update()
{
    ++m_generation;
    m_results->clear();
    const QString text = m_input->text().trimmed();
    static const QRegularExpression pipelineNumber(QStringLiteral("^#?(\\d{1,15})$"));
    if (const auto number = pipelineNumber.match(text); number.hasMatch())
        addPipeline(number.captured(1).toLongLong());
    for (const QString &slug : m_recent.favourites()) {
        if (slug.contains(text, Qt::CaseInsensitive))
            addProject(slug, slug, tr("favourite"));
    }
    for (const QString &slug : m_recent.recent()) {
        if (slug.contains(text, Qt::CaseInsensitive) && !m_recent.isFavourite(slug))
            addProject(slug, slug, tr("recent"));
    }
    for (const QPointer<QAction> &action : std::as_const(m_actions)) {
        if (action && action->isEnabled() && plain(action->text()).contains(text, Qt::CaseInsensitive))
            addAction(action);
    }
    m_results->setCurrentRow(0);
    if (text.isEmpty() || text.startsWith(u'#')) {
        m_debounce.stop();
        Q_EMIT refreshed();
    } else {
        m_debounce.start();
    }
}

void Locator::askServer(const QString &text)
{
    shared::ProjectListQuery query;
    query.search = text;
    query.limit = kServerResults;
    const int generation = m_generation;
    m_projects.list(query, this, [this, generation](const shared::ApiResult<shared::ProjectPage> &result) {
        if (generation != m_generation)
            return; // the text changed meanwhile
        if (result.ok()) {
            const bool nothingChosen = m_results->currentRow() <= 0;
            for (const shared::Project &project : result.value().items) {
                if (m_results->findItems(project.slug + u' ', Qt::MatchStartsWith).isEmpty())
                    addProject(project.slug, project.name, tr("project"));
            }
            if (nothingChosen)
                m_results->setCurrentRow(0);
        }
        Q_EMIT refreshed();
    });
}

void Locator::addProject(const QString &slug, const QString &name, const QString &why)
{
    auto *item = new QListWidgetItem(icons::named(QStringLiteral("projects")),
                                     name == slug ? QStringLiteral("%1 — %2").arg(slug, why)
                                                  : QStringLiteral("%1 (%2) — %3").arg(slug, name, why),
                                     m_results);
    item->setData(kKindRole, ProjectItem);
    item->setData(kValueRole, slug);
}

void Locator::addPipeline(qint64 id)
{
    auto *item =
        new QListWidgetItem(icons::named(QStringLiteral("pipelines")), tr("Open pipeline #%1").arg(id), m_results);
    item->setData(kKindRole, PipelineItem);
    item->setData(kValueRole, id);
}

void Locator::addAction(QAction *action)
{
    QString text = plain(action->text());
    if (!action->shortcut().isEmpty())
        text += QStringLiteral("    ") + action->shortcut().toString(QKeySequence::NativeText);
    auto *item = new QListWidgetItem(action->icon(), text, m_results);
    item->setData(kKindRole, ActionItem);
    item->setData(kValueRole, QVariant::fromValue(static_cast<QObject *>(action)));
}

void Locator::choose(QListWidgetItem *item)
{
    if (!item)
        return;
    const int kind = item->data(kKindRole).toInt();
    if (kind == ProjectItem) {
        hide();
        Q_EMIT chosen(Location::inProject(item->data(kValueRole).toString()));
    } else if (kind == ActionItem) {
        hide();
        if (auto *action = qobject_cast<QAction *>(item->data(kValueRole).value<QObject *>()))
            action->trigger();
    } else if (kind == PipelineItem) {
        const qint64 id = item->data(kValueRole).toLongLong();
        const int generation = m_generation;
        m_pipelines.get(id, this, [this, id, item, generation](const shared::ApiResult<shared::Pipeline> &result) {
            if (generation != m_generation)
                return; // the results (and the item) were replaced meanwhile
            if (!result.ok()) {
                item->setText(ApiErrorText::forAction(tr("Opening pipeline #%1").arg(id), result.error()));
                return;
            }
            hide();
            Q_EMIT chosen(Location::inProject(result.value().project, Location::Page::Pipelines, id));
        });
    }
}

} // namespace adp::app
