#pragma once

#include "shared/core/Pipeline.h"

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace adp::app {

// Asks which ref to run and with which variables (KEY = value rows).
class RunPipelineDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RunPipelineDialog(const QString &defaultRef, QWidget *parent = nullptr);
    shared::PipelineRunRequest request() const;
    QLineEdit *refField() const { return m_ref; }
    QTableWidget *variables() const { return m_variables; }
    void addVariable(const QString &key = {}, const QString &value = {});

private:
    QLineEdit *m_ref;
    QTableWidget *m_variables;
};

} // namespace adp::app
