#include "simulatedroom.h"

#include "auth/principals.h"
#include "auth/sprules.h"
#include "emulatorserver.h"
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
    // Students and the room client are children; close them before the server goes.
    qDeleteAll(m_students);
    delete m_roomClient;
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
    QStringList sessions;
    for (int i = 0; i < m_setup.students; ++i) {
        SpEmu::Principal p;
        p.role = SpEmu::Principal::Role::Student;
        p.student = SpEmu::SpRules::randomSid(u"ES");
        p.spToken = SpEmu::Principals::randomSpToken();
        m_setup.server->addPrincipal(p);
        sessions.append(p.student);

        SimulatedStudent::Setup s;
        s.spApi = m_setup.server->spApiUrl();
        s.spToken = p.spToken;
        s.sessionSid = p.student;
        s.studentName = plausibleName(i);
        s.initialData = sessionSchema(s.studentName, i);
        auto *student = new SimulatedStudent(s, this);
        m_students.append(student);
        m_bySid.insert(p.student, student);
        connect(student, &SimulatedStudent::ready, this, &SimulatedRoom::onStudentReady);
        connect(student, &SimulatedStudent::failed, this, [this, student](const QString &why) {
            Q_EMIT failed(tr("%1 could not join: %2").arg(student->studentName(), why));
        });
    }
    if (!m_setup.server->grantProctor(m_setup.proctorSid, { m_roomSid }, sessions)) {
        *error = tr("The embedded emulator has no proctor %1.").arg(m_setup.proctorSid);
        qDeleteAll(m_students);
        m_students.clear();
        m_bySid.clear();
        return false;
    }

    // The room document, written by the proctor: it lists every session with its student.
    SpSync::SyncClientConfig config;
    config.baseUri = m_setup.server->spApiUrl();
    config.documentId = roomDocument();
    config.identity = m_setup.proctorSid;
    config.token = m_setup.proctorSpToken;
    config.initialData = roomData();
    SpSync::whenFinished(SpSync::SyncClient::create(config, this), this,
        [this](SpSync::SyncResult<SpSync::SyncClient *> r) {
            if (!SpSync::isOk(r)) {
                Q_EMIT failed(
                    tr("The room document could not be created: %1").arg(SpSync::error(r).message));
                return;
            }
            m_roomClient = SpSync::value(r);
            m_roomReady = true;
            onStudentReady();
        });
    for (SimulatedStudent *s : std::as_const(m_students))
        s->start();
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
    if (sender() && sender() != this && qobject_cast<SimulatedStudent *>(sender()))
        ++m_readyCount;
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
    if (m_roomClient)
        m_roomClient->setSync(roomData());
}
