#pragma once

#include "kube/KubeApiClient.h"
#include "shared/core/ClusterConnection.h"

namespace adp::server::kubernetes {

using kube::KubeApiClient;

// Tests a cluster connection the way an operator would by hand: the API server's /version, then
// what the credentials may do in the namespace: each verb ADP needs to deploy and to run jobs
// (SelfSubjectAccessReview) and every rule the API will list (SelfSubjectRulesReview).
class ConnectionCheck
{
public:
    static shared::ClusterConnection run(KubeApiClient &client, const QDateTime &now);
    // What deploying and running jobs as pods need, in the order shown.
    static QList<shared::ClusterConnection::Permission> needs();
};

} // namespace adp::server::kubernetes
