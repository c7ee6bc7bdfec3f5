#pragma once

#include <QWidget>

class QaSimulator;
class QCheckBox;
class QSpinBox;

// Controls for the QA simulator: on/off and the display count it answers with.
class SimulatorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SimulatorPanel(QaSimulator *simulator, QWidget *parent = nullptr);

private:
    QCheckBox *m_active;
    QSpinBox *m_displays;
};
