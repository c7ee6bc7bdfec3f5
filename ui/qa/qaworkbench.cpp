#include "qaworkbench.h"

#include "consolecontroller.h"
#include "roomcontroller.h"
#include "roomwindows.h"
#include "scenariorunner.h"
#include "simulatedroom.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Column { NameColumn, SessionColumn, ReplyColumn, OnlineColumn, FlapColumn, ColumnCount };

QString replyText(const StudentBehaviour &b)
{
    switch (b.reply) {
    case StudentBehaviour::Reply::Answer:
        return QaWorkbench::tr("answers %1").arg(b.displayCount);
    case StudentBehaviour::Reply::Delay:
        return QaWorkbench::tr("answers %1 after %2 ms").arg(b.displayCount).arg(b.delayMs);
    case StudentBehaviour::Reply::Never:
        return QaWorkbench::tr("never answers");
    case StudentBehaviour::Reply::Refuse:
        return QaWorkbench::tr("refuses");
    }
    return {};
}
} // namespace

QaWorkbench::QaWorkbench(const Environment &env, QWidget *parent)
    : QWidget(parent)
    , m_env(env)
    , m_count(new QSpinBox(this))
    , m_progress(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_reply(new QComboBox(this))
    , m_displayCount(new QSpinBox(this))
    , m_delay(new QSpinBox(this))
    , m_online(new QCheckBox(tr("Online"), this))
    , m_flapField(new QLineEdit(this))
    , m_flapMs(new QSpinBox(this))
    , m_log(new QPlainTextEdit(this))
{
    setObjectName(u"qaWorkbench"_s);
    m_count->setObjectName(u"studentCount"_s);
    m_count->setRange(1, SimulatedRoom::MaxStudents);
    m_count->setValue(30);
    m_count->setAccessibleName(tr("Students"));
    auto *simulate = new QPushButton(tr("&Simulate room"), this);
    simulate->setObjectName(u"simulateRoom"_s);
    auto *scenario = new QPushButton(tr("Run &scenario…"), this);
    scenario->setObjectName(u"runScenario"_s);

    m_table->setObjectName(u"studentTable"_s);
    m_table->setHorizontalHeaderLabels(
        { tr("Student"), tr("Session"), tr("Reply"), tr("Connection"), tr("Flapping") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Simulated students"));

    m_reply->setObjectName(u"replyMode"_s);
    m_reply->addItem(tr("Answer at once"), int(StudentBehaviour::Reply::Answer));
    m_reply->addItem(tr("Answer after a delay"), int(StudentBehaviour::Reply::Delay));
    m_reply->addItem(tr("Never answer"), int(StudentBehaviour::Reply::Never));
    m_reply->addItem(tr("Refuse"), int(StudentBehaviour::Reply::Refuse));
    m_displayCount->setRange(0, 16);
    m_displayCount->setValue(1);
    m_delay->setRange(0, 600000);
    m_delay->setSingleStep(500);
    m_delay->setValue(3000);
    m_delay->setSuffix(tr(" ms"));
    m_online->setChecked(true);
    m_flapField->setPlaceholderText(u"reliableConnection"_s);
    m_flapMs->setRange(0, 600000);
    m_flapMs->setSingleStep(500);
    m_flapMs->setSuffix(tr(" ms"));
    m_flapMs->setSpecialValueText(tr("off"));
    auto *apply = new QPushButton(tr("&Apply to selected"), this);
    apply->setObjectName(u"applyBehaviour"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Students:"), this));
    top->addWidget(m_count);
    top->addWidget(simulate);
    top->addWidget(scenario);
    top->addWidget(m_progress, 1);
    auto *editor = new QFormLayout;
    editor->addRow(tr("Reply to actions:"), m_reply);
    editor->addRow(tr("Display count:"), m_displayCount);
    editor->addRow(tr("Delay:"), m_delay);
    editor->addRow(QString(), m_online);
    auto *flap = new QHBoxLayout;
    flap->addWidget(m_flapField, 1);
    flap->addWidget(m_flapMs);
    editor->addRow(tr("Flap field every:"), flap);
    editor->addRow(QString(), apply);
    auto *editorBox = new QWidget(this);
    editorBox->setLayout(editor);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setObjectName(u"workbenchLog"_s);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(editorBox);
    split->addWidget(m_log);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(simulate, &QPushButton::clicked, this, [this] { simulateRoom(m_count->value()); });
    connect(scenario, &QPushButton::clicked, this, &QaWorkbench::askAndRunScenario);
    connect(apply, &QPushButton::clicked, this, &QaWorkbench::applyToSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &QaWorkbench::onSelectionChanged);
    if (!env.server) {
        simulate->setEnabled(false);
        scenario->setEnabled(false);
        m_progress->setText(tr("Simulated rooms need the embedded emulator (start without a "
                               "profile)."));
    }
}

QaWorkbench::~QaWorkbench() = default;

SimulatedRoom *QaWorkbench::currentRoom() const { return m_room.data(); }

void QaWorkbench::fillMenu(QMenu *menu)
{
    QAction *sim = menu->addAction(
        tr("Simulate a &room with N students…"), this, &QaWorkbench::askAndSimulate);
    sim->setObjectName(u"simulateRoomAction"_s);
    QAction *run = menu->addAction(tr("Run &scenario…"), this, &QaWorkbench::askAndRunScenario);
    for (QAction *a : { sim, run })
        a->setEnabled(m_env.server != nullptr);
}

void QaWorkbench::askAndSimulate()
{
    bool ok = false;
    const int n = QInputDialog::getInt(this, tr("Simulate a room"),
        tr("Simulate a room with how many students?"), m_count->value(), 1,
        SimulatedRoom::MaxStudents, 1, &ok);
    if (!ok)
        return;
    m_count->setValue(n);
    simulateRoom(n);
}

SimulatedRoom *QaWorkbench::simulateRoom(int students)
{
    SimulatedRoom::Setup setup;
    setup.server = m_env.server;
    setup.proctorSid = m_env.proctorSid;
    setup.proctorSpToken = m_env.proctorSpToken;
    setup.students = students;
    auto *room = new SimulatedRoom(setup, this);
    QString error;
    if (!room->start(&error)) {
        delete room;
        QMessageBox::warning(this, tr("Simulate a room"), error);
        return nullptr;
    }
    m_room = room;
    fillTable();
    m_progress->setText(tr("Starting %n student(s)…", nullptr, students));
    connect(room, &SimulatedRoom::progress, this, [this, room](int ready, int total) {
        if (room == m_room)
            m_progress->setText(tr("%1 of %2 students connected").arg(ready).arg(total));
    });
    connect(room, &SimulatedRoom::failed, this, [this](const QString &why) { log(why); });
    connect(room, &SimulatedRoom::ready, this, [this, room] {
        if (room == m_room)
            m_progress->setText(tr("%n student(s) ready in %1 s; the room view opens", nullptr,
                int(room->students().size()))
                                    .arg(room->startSeconds(), 0, 'f', 1));
        if (m_env.rooms)
            m_env.rooms->expectRoom(room->roomDocument(), true);
        JoinRequest r;
        r.role = JoinRequest::Role::ProctorRoom;
        r.roomSid = room->roomSid();
        r.proctorSid = room->proctorSid();
        m_env.console->join(r);
        if (RoomController *c = m_env.rooms ? m_env.rooms->room(room->roomDocument()) : nullptr) {
            const QStringList extra = room->overflow();
            for (const QString &sid : extra)
                c->addSession(sid);
        }
        Q_EMIT roomReady(room);
    });
    for (SimulatedStudent *s : room->students()) {
        connect(s, &SimulatedStudent::handled, this,
            [this, s](const QString &summary, const QJsonObject &action) {
                m_env.console->events()->log(u"simulator"_s, s->documentId(), summary, action);
            });
    }
    return room;
}

void QaWorkbench::askAndRunScenario()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Run a scenario"), QString(), tr("Scenario files (*.json)"));
    if (!path.isEmpty())
        runScenario(path);
}

void QaWorkbench::runScenario(const QString &path)
{
    QString error;
    const auto scenario = Scenario::load(path, &error);
    if (!scenario) {
        QMessageBox::warning(this, tr("Run a scenario"), error);
        return;
    }
    ScenarioRunner::Environment env;
    env.server = m_env.server;
    env.console = m_env.console;
    env.proctorSid = m_env.proctorSid;
    env.proctorSpToken = m_env.proctorSpToken;
    RoomWindows *rooms = m_env.rooms;
    env.roomFor = [rooms](const QString &id) { return rooms ? rooms->room(id) : nullptr; };
    auto *runner = new ScenarioRunner(*scenario, env, this);
    m_runner = runner;
    connect(runner, &ScenarioRunner::line, this, [this](const QJsonObject &event) {
        log(QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)));
    });
    connect(runner, &ScenarioRunner::finished, this, [this](bool ok) {
        m_progress->setText(ok ? tr("Scenario passed.") : tr("Scenario failed; see the log."));
    });
    log(tr("Running %1").arg(path));
    runner->start();
    m_room = runner->room();
    fillTable();
}

void QaWorkbench::log(const QString &line) { m_log->appendPlainText(line); }

void QaWorkbench::fillTable()
{
    const QList<SimulatedStudent *> students
        = m_room ? m_room->students() : QList<SimulatedStudent *>();
    m_table->setRowCount(int(students.size()));
    for (int row = 0; row < students.size(); ++row)
        refreshRow(row);
}

void QaWorkbench::refreshRow(int row)
{
    SimulatedStudent *s = m_room ? m_room->student(row) : nullptr;
    if (!s)
        return;
    const StudentBehaviour b = s->behaviour();
    const QStringList cells { s->studentName(), s->sessionSid().left(10) + u'…', replyText(b),
        b.online ? tr("online") : tr("offline"),
        b.flapMs > 0 && !b.flapField.isEmpty() ? tr("%1 every %2 ms").arg(b.flapField).arg(b.flapMs)
                                               : QString() };
    for (int c = 0; c < ColumnCount; ++c) {
        auto *item = m_table->item(row, c);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, c, item);
        }
        item->setText(cells.at(c));
        if (c == SessionColumn)
            item->setToolTip(s->sessionSid());
    }
}

QList<SimulatedStudent *> QaWorkbench::selectedStudents() const
{
    QList<SimulatedStudent *> out;
    if (!m_room)
        return out;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        if (SimulatedStudent *s = m_room->student(i.row()))
            out.append(s);
    }
    return out;
}

void QaWorkbench::onSelectionChanged()
{
    const QList<SimulatedStudent *> students = selectedStudents();
    if (students.isEmpty())
        return;
    const StudentBehaviour b = students.first()->behaviour();
    m_reply->setCurrentIndex(m_reply->findData(int(b.reply)));
    m_displayCount->setValue(b.displayCount);
    m_delay->setValue(b.delayMs);
    m_online->setChecked(b.online);
    m_flapField->setText(b.flapField);
    m_flapMs->setValue(b.flapMs);
}

StudentBehaviour QaWorkbench::editorBehaviour() const
{
    StudentBehaviour b;
    b.reply = StudentBehaviour::Reply(m_reply->currentData().toInt());
    b.displayCount = m_displayCount->value();
    b.delayMs = m_delay->value();
    b.online = m_online->isChecked();
    b.flapField = m_flapField->text().trimmed();
    if (b.flapField.isEmpty() && m_flapMs->value() > 0)
        b.flapField = u"reliableConnection"_s;
    b.flapMs = m_flapMs->value();
    return b;
}

void QaWorkbench::applyToSelected() { applyBehaviour(selectedStudents(), editorBehaviour()); }

void QaWorkbench::applyBehaviour(
    const QList<SimulatedStudent *> &students, const StudentBehaviour &b)
{
    for (SimulatedStudent *s : students) {
        s->setBehaviour(b);
        refreshRow(int(m_room->students().indexOf(s)));
        log(tr("%1: %2, %3")
                .arg(s->studentName(), replyText(b), b.online ? tr("online") : tr("offline")));
    }
}
