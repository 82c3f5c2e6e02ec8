#pragma once

#include "shared/client/OrganisationsApi.h"
#include "shared/client/ProjectsApi.h"
#include "widgets/FieldForm.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace adp::app {

class ErrorBanner;

// Create or edit one project. Each field has its own error line: rules the
// client knows are checked before sending, the server's answers are shown
// next to the field they name.
class ProjectDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` empty: create; otherwise edit that project.
    ProjectDialog(shared::ProjectsApi &api, std::optional<shared::Project> existing, QWidget *parent = nullptr);

    const shared::Project &saved() const { return m_saved; }
    // The error shown under a field ("name", "slug", ...), empty when none.
    QString fieldError(const QString &field) const;

private:
    void loadOrganisations();
    shared::Project draft() const;
    shared::ProjectFields changedFields(const shared::Project &draft) const;
    void showFieldErrors(const shared::FieldErrors &errors);
    void clearFieldErrors();
    void submit();

    shared::ProjectsApi &m_api;
    shared::OrganisationsApi m_organisations;
    std::optional<shared::Project> m_existing;
    FieldForm m_form;
    shared::Project m_saved;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_slug = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_repository = nullptr;
    QLineEdit *m_branch = nullptr;
    QLineEdit *m_ciConfigPath = nullptr;
    QComboBox *m_visibility = nullptr;
    QComboBox *m_organisation = nullptr;
    ErrorBanner *m_banner = nullptr;
    QPushButton *m_submit = nullptr;
    bool m_slugEdited = false;
};

} // namespace adp::app
