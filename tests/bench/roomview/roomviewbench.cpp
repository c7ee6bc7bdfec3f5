#include "roomviewbench.h"

#include "benchline.h"
#include "consolecontroller.h"
#include "emulatorserver.h"
#include "mainwindow.h"
#include "roomcontroller.h"
#include "roomwindows.h"
#include "simulatedroom.h"
#include "simulationhost.h"
#include "sp/actioncatalog.h"
#include "syncclient.h"
#include "syncclientbackend.h"

#include <QCoreApplication>
#include <QTableView>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
double round2(double v) { return std::round(v * 100) / 100; }
} // namespace

RoomViewBench::RoomViewBench(const RoomViewOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

RoomViewBench::~RoomViewBench()
{
    // Clients first, while the server still answers their goodbyes.
    m_rooms.reset();
    m_window.reset();
    m_controller.reset();
    m_backend.reset();
    delete m_room;
    m_host.reset();
}

bool RoomViewBench::start(QString *error)
{
    SpEmu::EmulatorOptions o;
    o.listenPort = 0;
    o.memory = true;
    o.demo = true; // the proctor the console runs as, as in the embedded demo
    o.rateLimits = false;
    // As in the console: the emulator and the simulated students on a thread of their own.
    m_host = std::make_unique<SimulationHost>(o);
    if (!m_host->start(error))
        return false;
    m_server = m_host->server();
    const auto &demo = *m_server->demo();
    ConsoleProfile profile;
    profile.name = u"bench"_s;
    profile.baseUri = m_server->spApiUrl();
    profile.spToken = demo.proctorSpToken;
    m_backend = std::make_unique<SyncClientBackend>(profile);
    m_controller = std::make_unique<ConsoleController>(m_backend.get());
    m_controller->setCatalog(SpSync::ActionCatalog::builtin().toJson());
    if (!m_controller->openHistory(u":memory:"_s, error))
        return false;
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->resize(1400, 900);
    m_window->show();
    m_rooms = std::make_unique<RoomWindows>(m_controller.get());
    connect(m_rooms.get(), &RoomWindows::roomOpened, this, [this](RoomView *v) {
        m_view = v;
        v->resize(1300, 800);
    });
    connect(
        m_controller.get(), &ConsoleController::documentUpdated, this, [this](const QString &id) {
            if (m_measuring && id.startsWith(u"Session_"_s))
                ++m_seen;
        });

    SimulatedRoom::Setup setup;
    setup.server = m_server;
    setup.proctorSid = demo.proctorSid;
    setup.proctorSpToken = demo.proctorSpToken;
    setup.students = m_options.sessions;
    m_room = new SimulatedRoom(setup);
    connect(m_room, &SimulatedRoom::ready, this, &RoomViewBench::onRoomReady);
    connect(m_room, &SimulatedRoom::failed, this, &RoomViewBench::abort);
    if (!m_room->start(error))
        return false;
    for (SimulatedStudent *s : m_room->students()) {
        connect(s, &SimulatedStudent::fieldsWritten, this, [this](bool ok) {
            if (ok)
                ++m_acked;
        });
    }
    QTimer::singleShot(300 * 1000, this, [this] {
        if (!m_measuring)
            abort(u"the room was not joined in 300 s"_s);
    });
    return true;
}

void RoomViewBench::onRoomReady()
{
    m_setupSeconds = m_room->startSeconds();
    // As the workbench does: join the room, which joins every listed session.
    m_rooms->expectRoom(m_room->roomDocument(), true);
    m_joinClock.start();
    JoinRequest r;
    r.role = JoinRequest::Role::ProctorRoom;
    r.roomSid = m_room->roomSid();
    r.proctorSid = m_room->proctorSid();
    m_controller->join(r);
    // Past ~440 sessions the room document cannot list them all (16 KiB): add the rest by hand.
    if (RoomController *room = m_rooms->room(m_room->roomDocument())) {
        const QStringList extra = m_room->overflow();
        for (const QString &sid : extra)
            room->addSession(sid);
    }
    connect(&m_poll, &QTimer::timeout, this, &RoomViewBench::checkJoined);
    m_poll.start(50);
}

int RoomViewBench::connectedRows() const
{
    RoomController *room = m_rooms->room(m_room->roomDocument());
    if (!room)
        return 0;
    RoomModel *m = room->model();
    int n = 0;
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(RoomModel::StateRole).toInt()
            == int(DocumentListModel::State::Connected))
            ++n;
    }
    return n;
}

void RoomViewBench::checkJoined()
{
    if (connectedRows() < m_options.sessions)
        return;
    m_poll.stop();
    m_joinSeconds = double(m_joinClock.elapsed()) / 1000.0;
    RoomModel *model = m_rooms->room(m_room->roomDocument())->model();
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_measuring)
            ++m_rowsChanged;
    });
    // Let the joins' last replies and the first paint settle before measuring.
    QTimer::singleShot(1000, this, [this] {
        m_rssJoinedMb = SpBench::rssMb();
        startUpdates();
    });
}

void RoomViewBench::startUpdates()
{
    m_measuring = true;
    m_meter.start();
    m_runClock.start();
    // Students write in turn, round robin, at the rate in all; writes are paced by the clock so
    // a slow event loop does not lower the rate silently (it shows as a late tick instead).
    connect(&m_writer, &QTimer::timeout, this, [this] {
        const qint64 due = qint64(double(m_runClock.elapsed()) * m_options.rate / 1000.0);
        while (m_sent < due && m_runClock.elapsed() < qint64(m_options.seconds) * 1000)
            writeOne();
        if (m_runClock.elapsed() >= qint64(m_options.seconds) * 1000) {
            m_writer.stop();
            drainThenReport();
        }
    });
    m_writer.setTimerType(Qt::PreciseTimer);
    m_writer.start(5);
}

void RoomViewBench::writeOne()
{
    SimulatedStudent *s = m_room->student(m_next);
    m_next = (m_next + 1) % m_options.sessions;
    ++m_sent;
    static const char *status[] = { "inProgress", "idle", "typing", "inProgress", "reading" };
    const QJsonObject fields { { u"studentStatus"_s, QString::fromLatin1(status[m_sent % 5]) },
        { u"reliableConnection"_s, (m_sent / m_options.sessions) % 2 == 0 },
        { u"seq"_s, double(m_sent) } };
    s->setFields(fields);
}

// The last updates may still be in flight to the console: wait up to 10 s for them.
void RoomViewBench::drainThenReport()
{
    auto *waited = new QElapsedTimer;
    waited->start();
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, poll, waited] {
        if (m_seen < m_sent && waited->elapsed() < 10000)
            return;
        poll->stop();
        poll->deleteLater();
        delete waited;
        report();
    });
    poll->start(20);
}

void RoomViewBench::report()
{
    if (m_ended)
        return;
    m_ended = true;
    m_measuring = false;
    m_meter.stop();
    const double rssEnd = SpBench::rssMb();
    if (!m_options.screenshot.isEmpty() && m_view && !m_view->grab().save(m_options.screenshot))
        std::fprintf(stderr, "bench: cannot save %s\n", qPrintable(m_options.screenshot));
    SpBench::printLine({ { u"name"_s, u"room_view"_s }, { u"sessions"_s, m_options.sessions },
        { u"rss_mb"_s, round2(rssEnd) },
        { u"event_loop_p99_ms"_s, round2(m_meter.percentileMs(99)) },
        { u"event_loop_max_ms"_s, round2(m_meter.maxMs()) }, { u"updates_sent"_s, double(m_sent) },
        { u"updates_acked"_s, double(m_acked) }, { u"updates_seen"_s, double(m_seen) },
        { u"join_seconds"_s, round2(m_joinSeconds) },
        { u"setup_seconds"_s, round2(m_setupSeconds) }, { u"seconds"_s, round2(m_meter.seconds()) },
        { u"event_loop_p50_ms"_s, round2(m_meter.percentileMs(50)) },
        { u"ticks"_s, m_meter.samples() }, { u"rss_joined_mb"_s, round2(m_rssJoinedMb) },
        { u"row_changes"_s, double(m_rowsChanged) }, { u"rate_per_s"_s, m_options.rate },
        { u"connections"_s, runOn(m_server, [this] { return m_server->connectionCount(); }) },
        { u"writers"_s, u"simulated students, on the emulator's thread"_s } });
    Q_EMIT finished(m_seen >= m_sent ? 0 : 1);
}

void RoomViewBench::abort(const QString &why)
{
    if (m_ended)
        return;
    m_ended = true;
    std::fprintf(stderr, "bench: %s\n", qPrintable(why));
    Q_EMIT finished(1);
}
