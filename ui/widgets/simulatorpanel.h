#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QaSimulatorSet;
class QCheckBox;
class QLabel;
class QSpinBox;
class QVBoxLayout;

// Controls for the QA simulator: one on/off switch per joined session document and the display
// count the simulators answer with.
class SimulatorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SimulatorPanel(QaSimulatorSet *simulators, QWidget *parent = nullptr);

    // The switch of one session ("simulate:" + document id as object name), or null.
    QCheckBox *sessionSwitch(const QString &documentId) const;

private:
    void rebuild();

    QaSimulatorSet *m_simulators;
    QVBoxLayout *m_sessions;
    QLabel *m_none;
    QLabel *m_message;
    QSpinBox *m_displays;
    QHash<QString, QPointer<QCheckBox>> m_switches;
};
