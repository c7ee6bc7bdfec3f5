#include "simulatorpanel.h"

#include "qasimulator.h"
#include "uicolors.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SimulatorPanel::SimulatorPanel(QaSimulatorSet *simulators, QWidget *parent)
    : QWidget(parent)
    , m_simulators(simulators)
    , m_sessions(new QVBoxLayout)
    , m_none(new QLabel(tr("No session document joined."), this))
    , m_message(new QLabel(this))
    , m_displays(new QSpinBox(this))
{
    m_displays->setObjectName(u"simulatorDisplays"_s);
    m_displays->setRange(0, 16);
    m_displays->setValue(simulators->displayCount());
    m_message->setObjectName(u"simulatorMessage"_s);
    m_message->setStyleSheet(UiColors::errorTextStyle());
    m_message->setWordWrap(true);
    m_message->hide();
    auto *help = new QLabel(tr("For each session switched on, the simulator consumes its "
                               "extension and onboarding actions, answers getDisplayCount with "
                               "the count below and acknowledges stopSession. Switch it off to "
                               "watch actions wait and raise alarms."),
        this);
    help->setWordWrap(true);

    auto *list = new QWidget;
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_none);
    listLayout->addLayout(m_sessions);
    listLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Simulated sessions"));

    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("<b>Play the extension and the onboarding UI for:</b>"), this));
    form->addRow(scroll);
    form->addRow(m_message);
    form->addRow(tr("&Displays to report:"), m_displays);
    form->addRow(help);
    connect(m_displays, &QSpinBox::valueChanged, simulators, &QaSimulatorSet::setDisplayCount);
    connect(simulators, &QaSimulatorSet::changed, this, &SimulatorPanel::rebuild);
    rebuild();
}

QCheckBox *SimulatorPanel::sessionSwitch(const QString &documentId) const
{
    return m_switches.value(documentId).data();
}

void SimulatorPanel::rebuild()
{
    const QStringList sessions = m_simulators->sessions();
    for (auto it = m_switches.begin(); it != m_switches.end();) {
        if (!sessions.contains(it.key())) {
            delete it.value().data();
            it = m_switches.erase(it);
        } else {
            ++it;
        }
    }
    for (int i = 0; i < sessions.size(); ++i) {
        const QString id = sessions.at(i);
        QCheckBox *box = m_switches.value(id);
        if (!box) {
            box = new QCheckBox(id, this);
            box->setObjectName(u"simulate:"_s + id);
            box->setAccessibleName(tr("Simulate the student of %1").arg(id));
            connect(box, &QCheckBox::toggled, this, [this, id, box](bool on) {
                const bool ok = m_simulators->setSimulated(id, on);
                m_message->setVisible(!ok);
                if (!ok) {
                    m_message->setText(
                        tr("%1 is not connected yet; try again once it is.").arg(id));
                    const QSignalBlocker block(box);
                    box->setChecked(false);
                }
            });
            m_switches.insert(id, box);
            m_sessions->insertWidget(i, box);
        }
        const QSignalBlocker block(box);
        box->setChecked(m_simulators->isSimulated(id));
    }
    m_none->setVisible(sessions.isEmpty());
}
