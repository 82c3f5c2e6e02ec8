#include "ProjectDialog.h"

#include "shared/core/ProjectValidator.h"
#include "widgets/ApiErrorText.h"
#include "widgets/ErrorBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace adp::app {

using shared::Project;

namespace {
// "Payments API" -> "payments-api": a sensible slug while the user has not typed one.
QString slugFrom(const QString &name)
{
    QString slug = name.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    slug.remove(QRegularExpression(QStringLiteral("^[^a-z]+|-+$")));
    return slug.left(shared::ProjectValidator::kSlugMax);
}
} // namespace

ProjectDialog::ProjectDialog(shared::ProjectsApi &api, std::optional<Project> existing, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_organisations(api.client())
    , m_existing(std::move(existing))
    , m_form(this)
{
    setWindowTitle(m_existing ? tr("Edit %1").arg(m_existing->name) : tr("New project"));
    setMinimumWidth(460);
    m_banner = new ErrorBanner(this);
    m_name = m_form.addLine(QStringLiteral("name"), tr("Name:"), tr("Payments API"));
    m_slug = m_form.addLine(QStringLiteral("slug"), tr("Slug:"), tr("payments-api"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setFixedHeight(80);
    m_form.addField(QStringLiteral("description"), tr("Description:"), m_description);
    m_repository =
        m_form.addLine(QStringLiteral("repository_url"), tr("Repository:"), tr("https://github.com/acme/payments.git"));
    m_branch = m_form.addLine(QStringLiteral("default_branch"), tr("Default branch:"), QStringLiteral("main"));
    m_ciConfigPath =
        m_form.addLine(QStringLiteral("ci_config_path"), tr("CI definition:"), QStringLiteral(".gitlab-ci.yml"));
    m_visibility = new QComboBox(this);
    m_visibility->setObjectName(QStringLiteral("visibility"));
    m_visibility->addItem(tr("Private — members only"), QStringLiteral("private"));
    m_visibility->addItem(tr("Internal — everyone in the organisation"), QStringLiteral("internal"));
    m_visibility->addItem(tr("Public — every signed-in user"), QStringLiteral("public"));
    m_form.addField(QStringLiteral("visibility"), tr("Visibility:"), m_visibility);
    m_organisation = new QComboBox(this);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_form.addField(QStringLiteral("organisation"), tr("Organisation:"), m_organisation);

    const Project initial = m_existing.value_or(Project{});
    m_name->setText(initial.name);
    m_slug->setText(initial.slug);
    m_description->setPlainText(initial.description);
    m_repository->setText(initial.repositoryUrl);
    m_branch->setText(initial.defaultBranch);
    m_ciConfigPath->setText(initial.ciConfigPath);
    m_visibility->setCurrentIndex(m_visibility->findData(shared::visibilityToString(initial.visibility)));
    m_organisation->addItem(initial.organisation, initial.organisation);
    if (m_existing) {
        m_organisation->setEnabled(false);
        m_organisation->setToolTip(tr("A project stays in the organisation it was created in"));
    } else {
        loadOrganisations();
    }
    m_slugEdited = m_existing.has_value();
    connect(m_slug, &QLineEdit::textEdited, this, [this]() { m_slugEdited = true; });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!m_slugEdited)
            m_slug->setText(slugFrom(name));
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_submit = buttons->button(QDialogButtonBox::Ok);
    m_submit->setText(m_existing ? tr("Save") : tr("Create"));
    m_submit->setObjectName(QStringLiteral("submit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(m_form.layout());
    layout->addWidget(buttons);
    m_name->setFocus();
}

QString ProjectDialog::fieldError(const QString &field) const
{
    return m_form.error(field);
}

void ProjectDialog::loadOrganisations()
{
    // Where the user may create projects: every organisation they belong to.
    m_organisations.list(this, [this](const shared::ApiResult<QList<shared::Organisation>> &result) {
        if (!result.ok() || result.value().isEmpty())
            return; // "default" stays the only choice; the server has the last word anyway
        const QString current = m_organisation->currentData().toString();
        m_organisation->clear();
        for (const shared::Organisation &organisation : result.value())
            m_organisation->addItem(tr("%1 (%2)").arg(organisation.name, organisation.slug), organisation.slug);
        m_organisation->setCurrentIndex(std::max(0, m_organisation->findData(current)));
    });
}

Project ProjectDialog::draft() const
{
    Project project = m_existing.value_or(Project{});
    project.name = m_name->text().trimmed();
    project.slug = m_slug->text().trimmed();
    project.description = m_description->toPlainText();
    project.repositoryUrl = m_repository->text().trimmed();
    project.defaultBranch = m_branch->text().trimmed();
    project.ciConfigPath = m_ciConfigPath->text().trimmed();
    project.visibility =
        shared::visibilityFromString(m_visibility->currentData().toString()).value_or(shared::Visibility::Private);
    project.organisation = m_organisation->currentData().toString();
    return project;
}

shared::ProjectFields ProjectDialog::changedFields(const Project &draft) const
{
    // On edit only what changed is sent, so a concurrent edit of another field survives.
    const Project before = m_existing.value_or(Project{});
    const bool create = !m_existing;
    shared::ProjectFields fields;
    if (create || draft.name != before.name)
        fields.name = draft.name;
    if (create || draft.slug != before.slug)
        fields.slug = draft.slug;
    if (create || draft.description != before.description)
        fields.description = draft.description;
    if (create || draft.repositoryUrl != before.repositoryUrl)
        fields.repositoryUrl = draft.repositoryUrl;
    if (create || draft.defaultBranch != before.defaultBranch)
        fields.defaultBranch = draft.defaultBranch;
    if (create || draft.ciConfigPath != before.ciConfigPath)
        fields.ciConfigPath = draft.ciConfigPath;
    if (create || draft.visibility != before.visibility)
        fields.visibility = draft.visibility;
    if (create)
        fields.organisation = draft.organisation;
    return fields;
}

void ProjectDialog::clearFieldErrors()
{
    m_form.clearErrors();
    m_banner->hide();
}

void ProjectDialog::showFieldErrors(const shared::FieldErrors &errors)
{
    for (const shared::FieldError &error : m_form.showErrors(errors))
        m_banner->showMessage(QStringLiteral("%1: %2").arg(error.field, error.message));
}

void ProjectDialog::submit()
{
    clearFieldErrors();
    const Project project = draft();
    const shared::FieldErrors local = shared::ProjectValidator::validate(project);
    if (!local.isEmpty()) {
        showFieldErrors(local);
        return;
    }
    const shared::ProjectFields fields = changedFields(project);
    if (m_existing && fields.isEmpty()) {
        m_saved = *m_existing;
        accept();
        return;
    }
    m_submit->setEnabled(false);
    setCursor(Qt::BusyCursor);
    auto done = [this](const shared::ApiResult<Project> &result) {
        m_submit->setEnabled(true);
        unsetCursor();
        if (!result.ok()) {
            const shared::ApiError &error = result.error();
            if (!error.fieldErrors.isEmpty())
                showFieldErrors(error.fieldErrors);
            else
                m_banner->showMessage(ApiErrorText::forAction(m_existing ? tr("Saving") : tr("Creating"), error));
            return;
        }
        m_saved = result.value();
        accept();
    };
    if (m_existing)
        m_api.update(QString::number(m_existing->id), fields, this, done);
    else
        m_api.create(fields, this, done);
}

} // namespace adp::app
