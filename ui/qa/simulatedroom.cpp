#include "simulatedroom.h"

#include "auth/principals.h"
#include "auth/sprules.h"
#include "emulatorserver.h"
#include "simulationhost.h"
#include "syncclient.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString plausibleName(int i)
{
    static const char *first[] = { "Ana", "Bruno", "Carla", "David", "Elena", "Farid", "Greta",
        "Hugo", "Irene", "Jonas", "Keiko", "Luis", "Marta", "Nils", "Olga", "Pablo", "Quinn",
        "Rosa", "Sami", "Tomás", "Uma", "Víctor", "Wen", "Ximena", "Yusuf", "Zoe" };
    static const char *last[] = { "Alonso", "Becker", "Costa", "Dubois", "Evans", "Fischer",
        "García", "Haddad", "Ito", "Jensen", "Kowalski", "López", "Moreau", "Novak", "Okafor",
        "Petrov", "Rossi", "Silva", "Tanaka", "Urbán", "Vidal", "Weber" };
    constexpr int nf = int(std::size(first));
    constexpr int nl = int(std::size(last));
    return QString::fromUtf8(first[i % nf]) + u' ' + QString::fromUtf8(last[(i / nf + i) % nl]);
}

QString plausibleStatus(int i)
{
    static const char *status[] = { "inProgress", "inProgress", "inProgress", "onboarding",
        "idCheck", "inProgress", "paused" };
    return QString::fromLatin1(status[i % int(std::size(status))]);
}

QJsonObject sessionSchema(const QString &name, int i)
{
    return QJsonObject { { u"studentName"_s, name }, { u"studentStatus"_s, plausibleStatus(i) },
        { u"reliableConnection"_s, i % 11 != 5 }, { u"extensionActions"_s, QJsonArray() },
        { u"onboardingActions"_s, QJsonArray() }, { u"proctorActions"_s, QJsonArray() } };
}

} // namespace

SimulatedRoom::SimulatedRoom(const Setup &setup, QObject *parent)
    : QObject(parent)
    , m_setup(setup)
{
}

SimulatedRoom::~SimulatedRoom()
{
    // Students and the room client live on the emulator's thread; they go there, before it.
    if (m_worker)
        runOn(m_worker, [this] { delete m_worker; });
}

QString SimulatedRoom::roomDocument() const { return u"Proctor_Room_"_s + m_roomSid; }

SimulatedStudent *SimulatedRoom::studentBySid(const QString &sessionSid) const
{
    return m_bySid.value(sessionSid);
}

bool SimulatedRoom::start(QString *error)
{
    if (!m_setup.server) {
        *error = tr("Simulated rooms need the embedded emulator.");
        return false;
    }
    if (m_setup.students < 1 || m_setup.students > MaxStudents) {
        *error = tr("A simulated room has 1 to %1 students, not %2.")
                     .arg(MaxStudents)
                     .arg(m_setup.students);
        return false;
    }
    m_clock.start();
    m_roomSid = SpEmu::SpRules::randomSid(u"PR");
    QList<SpEmu::Principal> principals;
    QList<SimulatedStudent::Setup> setups;
    QStringList sessions;
    for (int i = 0; i < m_setup.students; ++i) {
        SpEmu::Principal p;
        p.role = SpEmu::Principal::Role::Student;
        p.student = SpEmu::SpRules::randomSid(u"ES");
        p.spToken = SpEmu::Principals::randomSpToken();
        principals.append(p);
        sessions.append(p.student);
        SimulatedStudent::Setup s;
        s.spApi = m_setup.server->spApiUrl();
        s.spToken = p.spToken;
        s.sessionSid = p.student;
        s.studentName = plausibleName(i);
        s.initialData = sessionSchema(s.studentName, i);
        setups.append(s);
    }
    SpEmu::EmulatorServer *server = m_setup.server;
    const bool granted = runOn(server, [&] {
        for (const SpEmu::Principal &p : std::as_const(principals))
            server->addPrincipal(p);
        return server->grantProctor(m_setup.proctorSid, { m_roomSid }, sessions);
    });
    if (!granted) {
        *error = tr("The embedded emulator has no proctor %1.").arg(m_setup.proctorSid);
        return false;
    }
    // Students live on the emulator's thread (created there, under m_worker), this room on the
    // caller's.
    m_students = runOn(server, [&] {
        m_worker = new QObject;
        QList<SimulatedStudent *> out;
        for (const SimulatedStudent::Setup &s : std::as_const(setups))
            out.append(new SimulatedStudent(s, m_worker));
        return out;
    });
    for (SimulatedStudent *student : std::as_const(m_students)) {
        m_bySid.insert(student->sessionSid(), student);
        connect(student, &SimulatedStudent::ready, this, [this] {
            ++m_readyCount;
            onStudentReady();
        });
        connect(student, &SimulatedStudent::failed, this, [this, student](const QString &why) {
            Q_EMIT failed(tr("%1 could not join: %2").arg(student->studentName(), why));
        });
    }

    // The room document, written by the proctor: it lists every session with its student.
    SpSync::SyncClientConfig config;
    config.baseUri = server->spApiUrl();
    config.documentId = roomDocument();
    config.identity = m_setup.proctorSid;
    config.token = m_setup.proctorSpToken;
    config.initialData = roomData();
    runOn(m_worker, [this, config] {
        SpSync::whenFinished(SpSync::SyncClient::create(config, m_worker), m_worker,
            [this](SpSync::SyncResult<SpSync::SyncClient *> r) {
                // On the emulator's thread; the room's state is the caller thread's.
                SpSync::SyncClient *client = SpSync::isOk(r) ? SpSync::value(r) : nullptr;
                m_roomClient = client;
                const QString why = client ? QString() : SpSync::error(r).message;
                QMetaObject::invokeMethod(this, [this, why] {
                    if (!why.isEmpty()) {
                        Q_EMIT failed(tr("The room document could not be created: %1").arg(why));
                        return;
                    }
                    m_roomReady = true;
                    onStudentReady();
                });
            });
        for (SimulatedStudent *s : std::as_const(m_students))
            s->start();
    });
    return true;
}

// Sessions with their students' names; bare SIDs when that is over Twilio's 16 KiB limit (the
// session documents carry the names too); and as many as fit when even that is over.
QJsonObject SimulatedRoom::roomData() const
{
    constexpr qsizetype limit = 16 * 1024 - 64;
    QJsonArray named;
    QJsonArray bare;
    for (const SimulatedStudent *s : m_students) {
        if (m_unlisted.contains(s->sessionSid()))
            continue;
        named.append(QJsonObject {
            { u"sessionSid"_s, s->sessionSid() }, { u"studentName"_s, s->studentName() } });
        bare.append(s->sessionSid());
    }
    m_overflow.clear();
    const auto size = [](const QJsonArray &a) {
        return QJsonDocument(QJsonObject { { u"sessions"_s, a } })
            .toJson(QJsonDocument::Compact)
            .size();
    };
    if (size(named) <= limit)
        return QJsonObject { { u"sessions"_s, named } };
    while (size(bare) > limit)
        m_overflow.prepend(bare.takeAt(bare.size() - 1).toString());
    return QJsonObject { { u"sessions"_s, bare } };
}

void SimulatedRoom::onStudentReady()
{
    Q_EMIT progress(m_readyCount, int(m_students.size()));
    if (!m_ready && m_roomReady && m_readyCount == m_students.size()) {
        m_ready = true;
        m_startSeconds = double(m_clock.elapsed()) / 1000.0;
        Q_EMIT ready();
    }
}

void SimulatedRoom::listInRoom(const QList<SimulatedStudent *> &students, bool listed)
{
    for (const SimulatedStudent *s : students) {
        if (listed)
            m_unlisted.remove(s->sessionSid());
        else
            m_unlisted.insert(s->sessionSid());
    }
    writeRoomList();
}

void SimulatedRoom::writeRoomList()
{
    // The room client is the emulator thread's; this room outlives the call (its destructor
    // waits on that thread's queue).
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, [this, data = roomData()] {
        if (m_roomClient)
            m_roomClient->setSync(data);
    });
}
