#pragma once

#include "ApiCalls.h"
#include "shared/core/ComplianceReport.h"
#include "shared/core/ComplianceSchedule.h"

namespace adp::shared {

// /api/v1/compliance: a compliance report now, and the reports sent on a schedule through
// notification rules. Administrators and auditors only.
class ComplianceApi
{
public:
    template <typename R> using Then = std::function<void(const ApiResult<R> &)>;

    explicit ComplianceApi(ApiClient &client)
        : m_client(client)
    {
    }

    void report(const ComplianceQuery &query, QObject *context, Then<ComplianceReport> done)
    {
        sendForOne<ComplianceReport>(m_client, "GET", QStringLiteral("/api/v1/compliance/report"), {}, context,
                                     std::move(done), "a compliance report", query.toUrlQuery());
    }
    void schedules(QObject *context, Then<QList<ComplianceSchedule>> done)
    {
        fetchItems<ComplianceSchedule>(m_client, kSchedules, {}, context, std::move(done));
    }
    void createSchedule(const ComplianceScheduleFields &fields, QObject *context, Then<ComplianceSchedule> done)
    {
        sendForOne<ComplianceSchedule>(m_client, "POST", kSchedules, fields.toJson(), context, std::move(done), kWhat);
    }
    void schedule(qint64 id, QObject *context, Then<ComplianceSchedule> done)
    {
        sendForOne<ComplianceSchedule>(m_client, "GET", onePath(id), {}, context, std::move(done), kWhat);
    }
    void updateSchedule(qint64 id, const ComplianceScheduleFields &fields, QObject *context,
                        Then<ComplianceSchedule> done)
    {
        sendForOne<ComplianceSchedule>(m_client, "PATCH", onePath(id), fields.toJson(), context, std::move(done),
                                       kWhat);
    }
    void removeSchedule(qint64 id, QObject *context, Then<Done> done)
    {
        sendForNothing(m_client, "DELETE", onePath(id), context, std::move(done));
    }
    // Sends the report of the period ending now, at once.
    void runSchedule(qint64 id, QObject *context, Then<ComplianceSchedule> done)
    {
        sendForOne<ComplianceSchedule>(m_client, "POST", onePath(id) + QStringLiteral("/run"), {}, context,
                                       std::move(done), kWhat);
    }

private:
    static constexpr auto kWhat = "a compliance schedule";
    inline static const QString kSchedules = QStringLiteral("/api/v1/compliance/schedules");
    static QString onePath(qint64 id) { return kSchedules + u'/' + QString::number(id); }

    ApiClient &m_client;
};

} // namespace adp::shared
