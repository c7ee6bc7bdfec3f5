#include "simulatorpanel.h"

#include "qasimulator.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

SimulatorPanel::SimulatorPanel(QaSimulator *simulator, QWidget *parent)
    : QWidget(parent)
    , m_active(new QCheckBox(tr("Play the extension and the onboarding UI"), this))
    , m_displays(new QSpinBox(this))
{
    m_active->setObjectName(QStringLiteral("simulatorActive"));
    m_active->setChecked(simulator->isActive());
    m_displays->setObjectName(QStringLiteral("simulatorDisplays"));
    m_displays->setRange(0, 16);
    m_displays->setValue(simulator->displayCount());
    auto *help = new QLabel(tr("While on, the simulator consumes extension and onboarding actions "
                               "of the demo session, answers getDisplayCount with the count below "
                               "and acknowledges stopSession. Turn it off to watch actions wait "
                               "and raise alarms."),
        this);
    help->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(m_active);
    form->addRow(tr("&Displays to report:"), m_displays);
    form->addRow(help);
    connect(m_active, &QCheckBox::toggled, simulator, &QaSimulator::setActive);
    connect(m_displays, &QSpinBox::valueChanged, simulator, &QaSimulator::setDisplayCount);
}
