#pragma once

#include "ApiClient.h"
#include "shared/core/EnvironmentRule.h"
#include "shared/core/Organisation.h"

namespace adp::shared {

// /api/v1/projects/{project}/members and /environment-rules.
class MembersApi
{
public:
    explicit MembersApi(ApiClient &client)
        : m_client(client)
    {
    }

    template <typename T> using Done = std::function<void(const ApiResult<T> &)>;

    void list(const QString &project, QObject *context, Done<QList<Member>> done);
    // Adds the user or team, or changes their role.
    void set(const QString &project, Member::Kind kind, const QString &name, const QString &role, QObject *context,
             Done<Member> done);
    void remove(const QString &project, Member::Kind kind, const QString &name, QObject *context,
                Done<shared::Done> done);

    void environmentRules(const QString &project, QObject *context, Done<QList<EnvironmentRule>> done);
    void addEnvironmentRule(const QString &project, const EnvironmentRuleFields &fields, QObject *context,
                            Done<EnvironmentRule> done);
    void removeEnvironmentRule(const QString &project, qint64 id, QObject *context, Done<shared::Done> done);

private:
    ApiClient &m_client;
};

} // namespace adp::shared
