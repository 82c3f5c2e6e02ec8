#pragma once

#include <QDialog>

class QComboBox;

namespace adp::app {

// The desktop's preferences: for now the interface language (system, English
// or Simplified Chinese), applied at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // "" (system), "en" or "zh_CN", as saved.
    static QString savedLanguage();

private:
    void save();

    QComboBox *m_language;
};

} // namespace adp::app
