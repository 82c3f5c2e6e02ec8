#include "SavingsAdvice.h"

#include "shared/analysis/PipelineAdvisor.h"
#include "shared/costs/Money.h"

#include <QMap>

namespace adp::server::costs {

using shared::costs::CostSavings;
using shared::costs::SavingsFacts;
using shared::costs::SavingsQuery;

Outcome<CostSavings> SavingsAdvice::advise(const MutationContext &context, const QString &organisation,
                                           const SavingsQuery &query, const shared::FieldErrors &invalid)
{
    const auto access = m.authorizer.organisationNamed(context, organisation, QStringLiteral("cost.read"));
    if (!access.ok())
        return access.error();
    if (!invalid.isEmpty())
        return ServiceError::validation(invalid);
    std::optional<ports::ProjectEntry> project;
    if (!query.project.isEmpty()) {
        project = m.projects.find(query.project);
        if (!project || project->organisationId != access.value().organisationId)
            return ServiceError::validation({shared::invalidField(
                QStringLiteral("project"), QStringLiteral("is not a project of %1").arg(access.value().slug))});
    }
    CostSavings savings = compute(access.value().organisationId, project, query);
    savings.organisation = access.value().slug;
    return savings;
}

CostSavings SavingsAdvice::savingsOf(qint64 organisationId, qint64 projectId)
{
    const auto project = m.projects.find(QString::number(projectId));
    SavingsQuery query;
    if (project)
        query.project = project->project.slug;
    return compute(organisationId, project, query);
}

CostSavings SavingsAdvice::compute(qint64 organisationId, const std::optional<ports::ProjectEntry> &project,
                                   const SavingsQuery &query)
{
    using shared::costs::kDayMs;
    const qint64 nowMs = m.clock.nowMs();
    // The last 30 days, today's runs among them: what was just spent counts at once.
    const qint64 today = nowMs / kDayMs;
    const qint64 fromDay = today + 1 - kWindowDays;
    const qint64 toDay = today + 1;
    CostSavings savings;
    savings.project = project ? project->project.slug : QString();
    savings.currency = query.currency.isEmpty() ? m.ledger.newestCurrency(organisationId) : query.currency;
    savings.from = QDateTime::fromMSecsSinceEpoch(fromDay * kDayMs, Qt::UTC).date();
    savings.to = QDateTime::fromMSecsSinceEpoch(toDay * kDayMs, Qt::UTC).date();
    savings.idleDays = query.idleDays;
    savings.staleDays = query.staleDays;
    if (savings.currency.isEmpty()) {
        savings.notes.append(QStringLiteral("Nothing is priced yet: import a bill or set prices for ADP's own usage, "
                                            "and what each saving is worth follows."));
        return savings;
    }
    const qint64 projectId = project ? project->project.id : 0;

    SavingsFacts facts;
    facts.nowMs = nowMs;
    facts.windowDays = kWindowDays;
    facts.idleDays = query.idleDays;
    facts.staleDays = query.staleDays;

    shared::costs::CostQuery window;
    window.from = QDateTime::fromMSecsSinceEpoch(fromDay * kDayMs, Qt::UTC);
    window.to = QDateTime::fromMSecsSinceEpoch(toDay * kDayMs, Qt::UTC);
    window.by = QStringLiteral("environment");
    window.interval = QStringLiteral("none");
    const QHash<QString, qint64> environmentCost =
        environmentCosts(organisationId, savings.project, window, savings.currency);
    for (SavingsFacts::Environment environment : m.facts.environments(organisationId, projectId)) {
        environment.costNanos = environmentCost.value(environment.project + u'/' + environment.name);
        facts.environments.append(environment);
    }
    facts.jobs = jobCosts(organisationId, projectId, fromDay, toDay, savings.currency);

    const qint64 staleBefore = nowMs - qint64(query.staleDays) * kDayMs;
    QList<SavingsFacts::Stored> stored = m.facts.staleArtifacts(organisationId, projectId, staleBefore);
    stored.append(m.facts.staleCaches(organisationId, projectId, staleBefore));
    const auto artifactsPrice =
        m_usage.priceOn(organisationId, QStringLiteral("storage.artifacts"), today, savings.currency);
    const auto cachesPrice = m_usage.priceOn(organisationId, QStringLiteral("storage.caches"), today, savings.currency);
    for (SavingsFacts::Stored &files : stored) {
        files.pricePerGbMonthNanos = (files.meter == u"storage.caches" ? cachesPrice : artifactsPrice).value_or(0);
        facts.stored.append(files);
    }
    if (!artifactsPrice || !cachesPrice)
        savings.notes.append(QStringLiteral("Artifacts and caches have no price in %1 today: stale files are not "
                                            "weighed until the storage meters are priced.")
                                 .arg(savings.currency));

    facts.workloads = m.clusters.workloads(organisationId, savings.project, savings.currency);

    savings.items = shared::costs::SavingsAdvisor::advise(facts);
    for (const auto &item : std::as_const(savings.items))
        savings.totalSavingNanos += item.savingNanos;
    return savings;
}

QHash<QString, qint64> SavingsAdvice::environmentCosts(qint64 organisationId, const QString &project,
                                                       const shared::costs::CostQuery &window, const QString &currency)
{
    shared::costs::CostQuery query = window;
    if (!project.isEmpty())
        query.filters.append({QStringLiteral("project"), project});
    QHash<QString, qint64> costs;
    m.ledger.forEachDay(organisationId, query, currency,
                        [&](qint64, const QString &key, const QString &, qint64 nanos) {
                            if (!key.isEmpty())
                                costs[key] += nanos;
                        });
    return costs;
}

QList<SavingsFacts::Job> SavingsAdvice::jobCosts(qint64 organisationId, qint64 projectId, qint64 fromDay, qint64 toDay,
                                                 const QString &currency)
{
    QMap<std::pair<qint64, QString>, SavingsFacts::Job> byJob; // (project, name): a stable order
    m_usage.forEachJobRun(organisationId, projectId, fromDay, toDay, currency, [&](const UsageLedger::JobRunCost &run) {
        SavingsFacts::Job &job = byJob[{run.projectId, run.jobName}];
        job.project = run.projectSlug;
        job.projectName = run.projectName;
        job.name = run.jobName;
        job.costNanos += run.nanos;
        job.runMs += run.runMs;
        ++job.runs;
        if (run.attempt > 1) {
            ++job.retries;
            job.retryCostNanos += run.nanos;
        }
    });
    // Each project's own advice on its recent pipelines: which jobs install with no cache, and
    // which slow ones run every time.
    QHash<qint64, QHash<QString, QSet<QString>>> adviceByProject;
    for (auto it = byJob.cbegin(); it != byJob.cend(); ++it) {
        const qint64 id = it.key().first;
        if (adviceByProject.contains(id))
            continue;
        QHash<QString, QSet<QString>> &kinds = adviceByProject[id];
        for (const auto &advice : shared::analysis::PipelineAdvisor::advise(m.jobs.recentJobs(id, kPipelinesExamined)))
            kinds[advice.subject].insert(advice.kind);
    }
    QList<SavingsFacts::Job> jobs;
    for (auto it = byJob.begin(); it != byJob.end(); ++it) {
        const QSet<QString> kinds = adviceByProject.value(it.key().first).value(it.key().second);
        it->uncached = kinds.contains(QStringLiteral("no_cache"));
        it->skippable = kinds.contains(QStringLiteral("every_pipeline"));
        jobs.append(*it);
    }
    return jobs;
}

} // namespace adp::server::costs
