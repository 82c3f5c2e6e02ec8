#pragma once

#include "core/Clock.h"
#include "ports/PipelineStarter.h"

#include <QThread>
#include <atomic>

namespace adp::server::scm {

// Starts pipelines for projects whose repository is on this machine (a path
// or file://), which no webhook reaches: every `intervalMs` it fetches each
// such repository and makes a pipeline (source "push") for each branch or
// tag whose head moved or appeared. The first look at a project only
// records its heads. A head is recorded and its pipeline stored in one
// transaction that only one replica can win, so a commit makes one pipeline.
class RefPoller : public QThread
{
public:
    struct Dependencies
    {
        storage::Database &database;
        git::RepositoryMirror &mirror;
        ports::PipelineStarter &pipelines;
        const Clock &clock;
        qint64 intervalMs;
    };
    explicit RefPoller(Dependencies dependencies)
        : m(std::move(dependencies))
    {
    }
    ~RefPoller() override { stop(); }
    void stop();

    // One round over every local project; answers how many pipelines it made.
    int pollOnce();

protected:
    void run() override;

private:
    int pollProject(const shared::Project &project);

    Dependencies m;
    std::atomic<bool> m_stopping{false};
};

} // namespace adp::server::scm
