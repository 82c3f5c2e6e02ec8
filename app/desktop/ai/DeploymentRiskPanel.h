#pragma once

#include "shared/client/AiApi.h"
#include "shared/core/Roles.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace adp::shared {
class EventsClient;
}

namespace adp::app {

class CitedFileDialog;
class ModelAnswerView;

// "Is this deployment risky?" beside the approval: the rules' level and each reason, what the change
// brings since the environment's last good deployment (its security findings by file and line),
// and the organisation's model's opinion streaming in below. Weighing asks the model too, so it is
// for developers and up (it spends the organisation's tokens).
class DeploymentRiskPanel : public QWidget
{
    Q_OBJECT

public:
    DeploymentRiskPanel(shared::ApiClient &api, shared::EventsClient *events, const QString &project,
                        shared::ProjectRole role, QWidget *parent = nullptr);

    // The deployment shown (0: none); nothing is weighed until asked.
    void setDeployment(qint64 iid);
    void weigh();

    const std::optional<shared::DeploymentRisk> &risk() const { return m_risk; }
    QPushButton *weighButton() const { return m_weigh; }
    QLabel *levelLabel() const { return m_level; }
    QListWidget *reasonList() const { return m_reasons; }
    ModelAnswerView *modelAnswer() const { return m_model; }
    // Where a finding (double-clicked) or the model's path:line opens, at the deployed commit.
    CitedFileDialog *citedFile() const { return m_cited; }

Q_SIGNALS:
    void weighed();

private:
    void showRisk(const shared::DeploymentRisk &risk);

    shared::AiApi m_api;
    QString m_project;
    bool m_mayAsk;
    qint64 m_iid = 0;
    std::optional<shared::DeploymentRisk> m_risk;
    QPushButton *m_weigh;
    QLabel *m_level;
    QListWidget *m_reasons;
    ModelAnswerView *m_model;
    CitedFileDialog *m_cited;
};

} // namespace adp::app
