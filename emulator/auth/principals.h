// The SP side of the emulator: who holds which SP token (docs/emulator.md, --principals).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace SpEmu {

struct Principal
{
    enum class Role { Student, Proctor };
    Role role = Role::Student;
    QString spToken;
    QString student; // ES… (Student)
    QString proctor; // PU… (Proctor)
    QStringList rooms; // PR… (Proctor)
    QStringList sessions; // ES… (Proctor)
    bool allSessions = false; // "sessions":"*"

    bool mayUseSession(const QString &es) const;
    bool mayUseRoom(const QString &pr) const;
};

class Principals
{
public:
    Principals() = default; // nobody: every SP token is unknown

    // File format:
    // {"principals":[{"spToken":"…","student":"ES…"},
    //   {"spToken":"…","proctor":"PU…","rooms":["PR…"],"sessions":["ES…"]|"*"}]}
    // rooms and sessions are optional (default empty). Unknown keys, an empty or duplicate
    // spToken, bad SIDs, or both/neither of student and proctor are errors; the message names
    // the entry (e.g. "principals[2].rooms[0]: …") and never contains a token.
    static std::optional<Principals> load(const QString &path, QString *error);
    static std::optional<Principals> fromJson(const QByteArray &json, QString *error);

    struct Demo
    {
        QString proctorSpToken, studentSpToken, sessionSid, proctorSid, roomSid;
    };
    // Adds a fresh demo proctor (rooms: the demo room, sessions: the demo session) and a student
    // of the demo session, with random SIDs and random SP tokens.
    Demo addDemo();
    void add(const Principal &principal);
    // Lets proctor PU… use more rooms and sessions (simulated rooms). False if no such proctor.
    bool grantProctor(
        const QString &proctorSid, const QStringList &rooms, const QStringList &sessions);

    // The principal holding this SP token, or nullptr. Compares in constant time per entry.
    const Principal *find(const QString &spToken) const;
    const QList<Principal> &all() const { return m_principals; }
    static QString randomSpToken();

private:
    QList<Principal> m_principals;
};

} // namespace SpEmu
