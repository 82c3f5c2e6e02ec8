#include "AddMemberDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>

namespace adp::app {

QString roleLabel(const QString &role)
{
    if (role == u"viewer")
        return AddMemberDialog::tr("Viewer");
    if (role == u"reporter")
        return AddMemberDialog::tr("Reporter");
    if (role == u"developer")
        return AddMemberDialog::tr("Developer");
    if (role == u"maintainer")
        return AddMemberDialog::tr("Maintainer");
    if (role == u"member")
        return AddMemberDialog::tr("Member");
    if (role == u"admin")
        return AddMemberDialog::tr("Admin");
    if (role == u"owner")
        return AddMemberDialog::tr("Owner");
    return role;
}

AddMemberDialog::AddMemberDialog(shared::ApiClient &api, const Options &options, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_suggestions(new QStringListModel(this))
{
    setWindowTitle(tr("Add member"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("memberName"));
    m_name->setPlaceholderText(tr("Start typing a username"));
    auto *completer = new QCompleter(m_suggestions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_name->setCompleter(completer);
    connect(m_name, &QLineEdit::textEdited, this, &AddMemberDialog::suggestUsers);

    if (!options.teams.isEmpty()) {
        m_kind = new QComboBox(this);
        m_kind->addItem(tr("User"));
        m_kind->addItem(tr("Team"));
        m_team = new QComboBox(this);
        m_team->addItems(options.teams);
        form->addRow(tr("Add a:"), m_kind);
        form->addRow(tr("User:"), m_name);
        form->addRow(tr("Team:"), m_team);
        const auto showKind = [this, form](int index) {
            form->setRowVisible(m_name, index == 0);
            form->setRowVisible(m_team, index == 1);
        };
        connect(m_kind, &QComboBox::currentIndexChanged, this, showKind);
        showKind(0);
    } else {
        form->addRow(tr("User:"), m_name);
    }
    if (!options.roles.isEmpty()) {
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("memberRole"));
        for (const QString &role : options.roles)
            m_role->addItem(roleLabel(role), role);
        m_role->setCurrentIndex(std::max(0, int(options.roles.indexOf(options.defaultRole))));
        form->addRow(tr("Role:"), m_role);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void AddMemberDialog::suggestUsers(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    m_api.findUsers(text.trimmed(), this, [this](const shared::ApiResult<QList<shared::UserSummary>> &result) {
        if (!result.ok())
            return; // suggestions are a convenience; typing the name still works
        QStringList names;
        for (const shared::UserSummary &user : result.value())
            names.append(user.username);
        m_suggestions->setStringList(names);
    });
}

shared::Member::Kind AddMemberDialog::kind() const
{
    return m_kind && m_kind->currentIndex() == 1 ? shared::Member::Kind::Team : shared::Member::Kind::User;
}

QString AddMemberDialog::name() const
{
    return kind() == shared::Member::Kind::Team ? m_team->currentText() : m_name->text().trimmed();
}

QString AddMemberDialog::role() const
{
    return m_role ? m_role->currentData().toString() : QString();
}

} // namespace adp::app
