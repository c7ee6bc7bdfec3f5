#include "scenariorunner.h"

#include "consolecontroller.h"
#include "jsontreemodel.h"
#include "roomcontroller.h"
#include "simulatedroom.h"
#include "syncclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QJsonValue atPointer(const QJsonObject &doc, const QString &pointer)
{
    QJsonValue v = doc;
    const QStringList tokens = pointer.mid(1).split(u'/');
    for (QString t : tokens) {
        t.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        if (v.isObject())
            v = v.toObject().value(t);
        else if (v.isArray())
            v = v.toArray().at(t.toInt());
        else
            return QJsonValue(QJsonValue::Undefined);
    }
    return v;
}

QString outcomeKey(RoomModel::Outcome o)
{
    return QString::fromLatin1(QMetaEnum::fromType<RoomModel::Outcome>().valueToKey(int(o)))
        .toLower();
}

} // namespace

ScenarioRunner::ScenarioRunner(const Scenario &scenario, const Environment &env, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
    , m_env(env)
    , m_timeout(new QTimer(this))
    , m_joinPoll(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        finish(false,
            ScenarioText::tr("The scenario did not finish within %1 s.")
                .arg(m_scenario.timeoutSeconds));
    });
    m_joinPoll->setInterval(100);
    connect(m_joinPoll, &QTimer::timeout, this, &ScenarioRunner::checkJoined);
}

ScenarioRunner::~ScenarioRunner() = default;

void ScenarioRunner::emitLine(QJsonObject event)
{
    const double t = m_started ? double(m_clock.elapsed()) / 1000.0 : 0.0;
    event.insert(u"t"_s, std::round(t * 1000) / 1000);
    Q_EMIT line(event);
}

void ScenarioRunner::start()
{
    m_setupClock.start();
    m_timeout->start(int(m_scenario.timeoutSeconds * 1000));
    SimulatedRoom::Setup setup;
    setup.server = m_env.server;
    setup.proctorSid = m_env.proctorSid;
    setup.proctorSpToken = m_env.proctorSpToken;
    setup.students = m_scenario.students;
    m_room = new SimulatedRoom(setup, this);
    connect(m_room, &SimulatedRoom::ready, this, &ScenarioRunner::onRoomReady);
    connect(
        m_room, &SimulatedRoom::failed, this, [this](const QString &why) { finish(false, why); });
    QString error;
    if (!m_room->start(&error)) {
        QTimer::singleShot(0, this, [this, error] { finish(false, error); });
        return;
    }
    emitLine({ { u"event"_s, u"setup"_s }, { u"scenario"_s, m_scenario.name },
        { u"students"_s, m_scenario.students }, { u"room"_s, m_room->roomDocument() } });
}

void ScenarioRunner::onRoomReady()
{
    JoinRequest r;
    r.role = JoinRequest::Role::ProctorRoom;
    r.roomSid = m_room->roomSid();
    r.proctorSid = m_env.proctorSid;
    m_env.console->join(r);
    m_controller = m_env.roomFor ? m_env.roomFor(m_room->roomDocument()) : nullptr;
    if (!m_controller) {
        finish(false, ScenarioText::tr("The room could not be joined."));
        return;
    }
    m_controller->model()->setAlarmThresholdMs(qint64(m_scenario.alarmSeconds) * 1000);
    m_controller->setAutoJoin(true);
    const QStringList extra = m_room->overflow();
    for (const QString &sid : extra)
        m_controller->addSession(sid);
    m_joinPoll->start();
}

void ScenarioRunner::checkJoined()
{
    RoomModel *model = m_controller ? m_controller->model() : nullptr;
    if (!model || model->rowCount() < m_scenario.students)
        return;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(RoomModel::StateRole).toInt()
            != int(DocumentListModel::State::Connected))
            return;
    }
    m_joinPoll->stop();
    m_started = true;
    m_clock.start();
    watchModel();
    emitLine({ { u"event"_s, u"ready"_s }, { u"students"_s, m_scenario.students },
        { u"setupSeconds"_s, std::round(double(m_setupClock.elapsed())) / 1000.0 } });
    m_pendingSteps = int(m_scenario.steps.size());
    for (int i = 0; i < m_scenario.steps.size(); ++i) {
        const Scenario::Step &step = m_scenario.steps.at(i);
        QTimer::singleShot(int(step.at * 1000), this, [this, i] {
            const Scenario::Step &s = m_scenario.steps.at(i);
            if (m_finished)
                return;
            if (s.action.isEmpty()) {
                m_waiting.insert(i, QElapsedTimer());
                m_waiting[i].start();
                check(i);
            } else {
                runStep(s);
                --m_pendingSteps;
                maybeFinish();
            }
        });
    }
}

// Outcome and alarm changes of every row become lines, and re-check waiting expectations.
void ScenarioRunner::watchModel()
{
    RoomModel *model = m_controller->model();
    const auto scan = [this, model] {
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString sid = model->sessionAt(r);
            SimulatedStudent *st = m_room->studentBySid(sid);
            const int index = st ? int(m_room->students().indexOf(st)) : -1;
            const QString outcome = outcomeKey(model->outcomeOf(sid));
            if (m_lastOutcome.value(sid, u"none"_s) != outcome) {
                m_lastOutcome.insert(sid, outcome);
                emitLine({ { u"event"_s, u"outcome"_s }, { u"student"_s, index },
                    { u"name"_s, model->labelOf(sid) }, { u"outcome"_s, outcome } });
            }
            const bool alarm = model->hasAlarm(sid);
            if (alarm != m_alarmed.contains(sid)) {
                if (alarm)
                    m_alarmed.insert(sid);
                else
                    m_alarmed.remove(sid);
                emitLine({ { u"event"_s, alarm ? u"alarm"_s : u"alarmCleared"_s },
                    { u"student"_s, index }, { u"name"_s, model->labelOf(sid) } });
            }
        }
        const QList<int> waiting = m_waiting.keys();
        for (int i : waiting)
            check(i);
    };
    auto *poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, scan);
    poll->start();
}

QList<int> ScenarioRunner::studentsOf(const Scenario::Step &step) const
{
    if (!step.allStudents)
        return step.students;
    QList<int> all;
    for (int i = 0; i < m_scenario.students; ++i)
        all.append(i);
    return all;
}

void ScenarioRunner::runStep(const Scenario::Step &step)
{
    const QList<int> indices = studentsOf(step);
    QList<SimulatedStudent *> students;
    QStringList sids;
    QJsonArray list;
    for (int i : indices) {
        SimulatedStudent *s = m_room->student(i);
        students.append(s);
        sids.append(s->sessionSid());
        list.append(i);
    }
    QJsonObject event { { u"event"_s, u"step"_s }, { u"do"_s, step.action },
        { u"students"_s, list } };
    for (auto it = step.args.begin(); it != step.args.end(); ++it)
        event.insert(it.key(), it.value());
    emitLine(event);
    const QJsonObject &a = step.args;
    if (step.action == u"behaviour"_s || step.action == u"offline"_s
        || step.action == u"online"_s) {
        for (SimulatedStudent *s : std::as_const(students)) {
            StudentBehaviour b = s->behaviour();
            if (const auto r = StudentBehaviour::replyFromKey(a.value(u"reply"_s).toString()))
                b.reply = *r;
            b.displayCount = a.value(u"displayCount"_s).toInt(b.displayCount);
            b.delayMs = a.value(u"delayMs"_s).toInt(b.delayMs);
            b.online = a.value(u"online"_s).toBool(b.online);
            if (step.action != u"behaviour"_s)
                b.online = step.action == u"online"_s;
            b.flapField = a.value(u"flapField"_s).toString(b.flapField);
            b.flapMs = a.value(u"flapMs"_s).toInt(b.flapMs);
            s->setBehaviour(b);
        }
    } else if (step.action == u"set"_s) {
        for (SimulatedStudent *s : std::as_const(students))
            s->setFields(a.value(u"fields"_s).toObject());
    } else if (step.action == u"stop"_s) {
        m_controller->stop(sids, a.value(u"redirectURL"_s).toString());
    } else if (step.action == u"displayCount"_s) {
        m_controller->getDisplayCount(sids);
    } else if (step.action == u"send"_s) {
        m_controller->send(sids, a.value(u"batch"_s).toArray());
    } else if (step.action == u"list"_s || step.action == u"unlist"_s) {
        m_room->listInRoom(students, step.action == u"list"_s);
    }
}

QString ScenarioRunner::failure(const Scenario::Step &step) const
{
    RoomModel *model = m_controller->model();
    const QJsonObject &e = step.expect;
    if (e.contains(u"rows"_s) && model->rowCount() != e.value(u"rows"_s).toInt())
        return ScenarioText::tr("%1 rows, expected %2")
            .arg(model->rowCount())
            .arg(e.value(u"rows"_s).toInt());
    if (e.size() == 1 && e.contains(u"rows"_s))
        return {};
    for (int i : studentsOf(step)) {
        SimulatedStudent *s = m_room->student(i);
        const QString sid = s->sessionSid();
        const QString who = ScenarioText::tr("student %1 (%2)").arg(i).arg(s->studentName());
        if (e.contains(u"outcome"_s)) {
            const QString got = outcomeKey(model->outcomeOf(sid));
            if (got != e.value(u"outcome"_s).toString())
                return ScenarioText::tr("%1: outcome %2").arg(who, got);
        }
        if (e.contains(u"alarm"_s) && model->hasAlarm(sid) != e.value(u"alarm"_s).toBool())
            return ScenarioText::tr("%1: alarm %2")
                .arg(who, model->hasAlarm(sid) ? u"true"_s : u"false"_s);
        if (e.contains(u"response"_s)) {
            const int row = model->rowOf(sid);
            const QString got
                = model->index(row, model->columnOf(RoomModel::Kind::Response)).data().toString();
            if (row < 0 || !got.contains(e.value(u"response"_s).toString()))
                return ScenarioText::tr("%1: last response \"%2\"").arg(who, got);
        }
        if (e.contains(u"state"_s)) {
            const int row = model->rowOf(sid);
            const int state = model->index(row, 0).data(RoomModel::StateRole).toInt();
            const QString key = state < 0
                ? u"NotJoined"_s
                : QString::fromLatin1(
                    QMetaEnum::fromType<DocumentListModel::State>().valueToKey(state));
            if (key != e.value(u"state"_s).toString())
                return ScenarioText::tr("%1: state %2").arg(who, key);
        }
        if (e.contains(u"taken"_s) && s->taken() != e.value(u"taken"_s).toInt())
            return ScenarioText::tr("%1: took %2 action(s)").arg(who).arg(s->taken());
        if (e.contains(u"outbox"_s)) {
            const int outbox = s->outboxCount();
            if (outbox != e.value(u"outbox"_s).toInt())
                return ScenarioText::tr("%1: %2 batch(es) in the outbox").arg(who).arg(outbox);
        }
        if (e.contains(u"document"_s)) {
            JsonTreeModel *tree = m_env.console->tree(s->documentId());
            const QJsonObject doc = tree ? tree->document() : QJsonObject();
            const QJsonObject want = e.value(u"document"_s).toObject();
            for (auto it = want.begin(); it != want.end(); ++it) {
                if (atPointer(doc, it.key()) != it.value())
                    return ScenarioText::tr("%1: %2 is %3")
                        .arg(who, it.key(),
                            QString::fromUtf8(QJsonDocument(QJsonArray { atPointer(doc, it.key()) })
                                                  .toJson(QJsonDocument::Compact)));
            }
        }
    }
    return {};
}

void ScenarioRunner::check(int stepIndex)
{
    if (m_finished || !m_waiting.contains(stepIndex))
        return;
    const Scenario::Step &step = m_scenario.steps.at(stepIndex);
    const QString why = failure(step);
    const bool late = m_waiting.value(stepIndex).elapsed() > qint64(step.within * 1000);
    if (!why.isEmpty() && !late)
        return;
    m_waiting.remove(stepIndex);
    --m_pendingSteps;
    QJsonObject event { { u"event"_s, u"expect"_s }, { u"ok"_s, why.isEmpty() },
        { u"step"_s, step.index }, { u"expect"_s, step.expect } };
    if (!why.isEmpty()) {
        ++m_failures;
        event.insert(u"detail"_s, why);
    }
    emitLine(event);
    maybeFinish();
}

void ScenarioRunner::maybeFinish()
{
    if (m_pendingSteps == 0 && !m_finished)
        finish(m_failures == 0);
}

void ScenarioRunner::finish(bool ok, const QString &why)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout->stop();
    m_joinPoll->stop();
    QJsonObject event { { u"event"_s, u"finished"_s }, { u"ok"_s, ok && m_failures == 0 },
        { u"failures"_s, m_failures } };
    if (!why.isEmpty())
        event.insert(u"detail"_s, why);
    emitLine(event);
    Q_EMIT finished(ok && m_failures == 0);
}
