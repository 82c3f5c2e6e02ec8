#include "AuditScopePicker.h"

#include "shared/client/DeploymentsApi.h"
#include "shared/client/OrganisationsApi.h"
#include "shared/client/ProjectsApi.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace adp::app {

namespace {
const QString kOrganisation = QStringLiteral("organisation");
const QString kProject = QStringLiteral("project");
constexpr int kMaxProjectPages = 20; // 2,000 projects: beyond that, filter by organisation

QVariant placeData(const QString &kind, qint64 id, const QString &path = {})
{
    return QVariantList{kind, id, path};
}
} // namespace

AuditScopePicker::AuditScopePicker(shared::ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
{
    m_places = new QComboBox(this);
    m_places->setObjectName(QStringLiteral("auditPlace"));
    m_places->setAccessibleName(tr("Organisation or project"));
    m_places->addItem(tr("All organisations and projects"));
    m_environments = new QComboBox(this);
    m_environments->setObjectName(QStringLiteral("auditEnvironment"));
    m_environments->setAccessibleName(tr("Environment"));
    m_environments->addItem(tr("All environments"));
    m_environments->setEnabled(false);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_places);
    row->addWidget(m_environments);

    connect(m_places, &QComboBox::currentIndexChanged, this, [this]() {
        m_wanted = scope();
        loadEnvironments();
        Q_EMIT changed();
    });
    connect(m_environments, &QComboBox::currentIndexChanged, this, [this]() {
        m_wanted = scope();
        Q_EMIT changed();
    });
    loadOrganisations();
    loadProjects({}, kMaxProjectPages);
}

shared::AuditScope AuditScopePicker::scope() const
{
    shared::AuditScope scope;
    const QVariantList place = m_places->currentData().toList();
    if (place.value(0) == kOrganisation)
        scope.organisationId = place.value(1).toLongLong();
    if (place.value(0) == kProject) {
        scope.projectId = place.value(1).toLongLong();
        scope.environmentId = m_environments->currentData().toLongLong();
    }
    return scope;
}

void AuditScopePicker::setScope(const shared::AuditScope &scope)
{
    m_wanted = scope;
    const QSignalBlocker quiet(this); // the caller reloads once
    selectWanted();
}

void AuditScopePicker::selectWanted()
{
    const QString kind = m_wanted.projectId > 0 ? kProject : m_wanted.organisationId > 0 ? kOrganisation : QString();
    const qint64 id = m_wanted.projectId > 0 ? m_wanted.projectId : m_wanted.organisationId;
    int index = 0;
    for (int i = 1; i < m_places->count() && !kind.isEmpty(); ++i) {
        const QVariantList place = m_places->itemData(i).toList();
        if (place.value(0) == kind && place.value(1).toLongLong() == id)
            index = i;
    }
    if (index != m_places->currentIndex()) {
        const QSignalBlocker quiet(m_places);
        m_places->setCurrentIndex(index);
        loadEnvironments(); // selects the wanted environment once they arrive
        return;
    }
    const int environment = m_environments->findData(m_wanted.environmentId);
    if (m_wanted.environmentId > 0 && environment > 0) {
        const QSignalBlocker quiet(m_environments);
        m_environments->setCurrentIndex(environment);
    }
}

void AuditScopePicker::loadOrganisations()
{
    shared::OrganisationsApi(m_api).list(this, [this](const shared::ApiResult<QList<shared::Organisation>> &result) {
        if (!result.ok())
            return; // e.g. an auditor outside every organisation: projects and "all" still work
        int at = 1;
        for (const shared::Organisation &organisation : result.value()) {
            const QSignalBlocker quiet(m_places);
            m_places->insertItem(at++, tr("Organisation: %1").arg(organisation.name),
                                 placeData(kOrganisation, organisation.id));
        }
        selectWanted();
    });
}

void AuditScopePicker::loadProjects(const QString &cursor, int pagesLeft)
{
    shared::ProjectListQuery query;
    query.limit = shared::ProjectListQuery::kMaxLimit;
    query.cursor = cursor;
    shared::ProjectsApi(m_api).list(
        query, this, [this, pagesLeft](const shared::ApiResult<shared::ProjectPage> &result) {
            if (!result.ok())
                return;
            for (const shared::Project &project : result.value().items) {
                const QString path = project.organisation + u'/' + project.slug;
                const QSignalBlocker quiet(m_places);
                m_places->addItem(tr("Project: %1").arg(path), placeData(kProject, project.id, path));
            }
            if (!result.value().nextCursor.isEmpty() && pagesLeft > 1)
                loadProjects(result.value().nextCursor, pagesLeft - 1);
            selectWanted();
        });
}

void AuditScopePicker::loadEnvironments()
{
    const QVariantList place = m_places->currentData().toList();
    const QSignalBlocker quiet(m_environments);
    m_environments->clear();
    m_environments->addItem(tr("All environments"));
    m_environments->setEnabled(place.value(0) == kProject);
    if (place.value(0) != kProject)
        return;
    const qint64 project = place.value(1).toLongLong();
    shared::DeploymentsApi(m_api).environments(
        QString::number(project), this, [this, project](const shared::ApiResult<QList<shared::Environment>> &result) {
            if (!result.ok() || scope().projectId != project)
                return; // a later choice already asked again
            const QSignalBlocker quiet(m_environments);
            for (const shared::Environment &environment : result.value())
                m_environments->addItem(environment.name, environment.id);
            const int wanted = m_environments->findData(m_wanted.environmentId);
            if (m_wanted.environmentId > 0 && wanted > 0 && m_environments->currentIndex() != wanted) {
                m_environments->setCurrentIndex(wanted);
                Q_EMIT changed();
            }
        });
}

} // namespace adp::app
