#include "principals.h"

#include "sprules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

namespace SpEmu {

namespace {

    bool constantTimeEquals(const QString &a, const QString &b)
    {
        if (a.size() != b.size())
            return false;
        char16_t diff = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            diff |= a[i].unicode() ^ b[i].unicode();
        return diff == 0;
    }

    // Reads a list of SIDs with one prefix; "*" is accepted when star is given.
    bool readSidList(const QJsonObject &entry, const QString &key, QStringView prefix,
        const QString &where, QStringList *out, bool *star, QString *error)
    {
        const QJsonValue value = entry.value(key);
        if (value.isUndefined())
            return true;
        if (star != nullptr && value.isString() && value.toString() == u"*") {
            *star = true;
            return true;
        }
        if (!value.isArray()) {
            *error = star != nullptr
                ? u"%1.%2: must be an array of %3 SIDs or \"*\""_s.arg(where, key, prefix)
                : u"%1.%2: must be an array of %3 SIDs"_s.arg(where, key, prefix);
            return false;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString what = u"%1.%2[%3]"_s.arg(where, key).arg(i);
            if (!array[i].isString()) {
                *error = u"%1: must be a string"_s.arg(what);
                return false;
            }
            const QString problem = SpRules::sidProblem(array[i].toString(), prefix, what);
            if (!problem.isEmpty()) {
                *error = problem;
                return false;
            }
            out->append(array[i].toString());
        }
        return true;
    }

    bool readEntry(const QJsonValue &value, const QString &where, Principal *p, QString *error)
    {
        if (!value.isObject()) {
            *error = u"%1: must be an object"_s.arg(where);
            return false;
        }
        const QJsonObject entry = value.toObject();
        static const QSet<QString> known { u"spToken"_s, u"student"_s, u"proctor"_s, u"rooms"_s,
            u"sessions"_s };
        for (auto it = entry.begin(); it != entry.end(); ++it) {
            if (!known.contains(it.key())) {
                *error = u"%1: unknown key \"%2\" (expected spToken, student, proctor, "
                         u"rooms, sessions)"_s.arg(where, it.key().left(40));
                return false;
            }
        }
        const QJsonValue token = entry.value(u"spToken");
        if (!token.isString() || token.toString().isEmpty()) {
            *error = u"%1.spToken: missing or not a non-empty string"_s.arg(where);
            return false;
        }
        p->spToken = token.toString();
        for (const QChar c : std::as_const(p->spToken)) {
            if (c.isSpace() || c.unicode() < 0x20 || c.unicode() > 0x7e) {
                *error = u"%1.spToken: must be printable ASCII without spaces"_s.arg(where);
                return false;
            }
        }
        const bool isStudent = entry.contains(u"student");
        const bool isProctor = entry.contains(u"proctor");
        if (isStudent == isProctor) {
            *error = u"%1: needs exactly one of \"student\" (ES…) "
                     u"or \"proctor\" (PU…)"_s.arg(where);
            return false;
        }
        if (isStudent) {
            p->role = Principal::Role::Student;
            p->student = entry.value(u"student").toString();
            *error = SpRules::sidProblem(p->student, u"ES", QString(where + u".student"_s));
            if (error->isEmpty() && (entry.contains(u"rooms") || entry.contains(u"sessions")))
                *error = u"%1: a student has no \"rooms\" or \"sessions\""_s.arg(where);
            return error->isEmpty();
        }
        p->role = Principal::Role::Proctor;
        p->proctor = entry.value(u"proctor").toString();
        *error = SpRules::sidProblem(p->proctor, u"PU", QString(where + u".proctor"_s));
        if (!error->isEmpty())
            return false;
        return readSidList(entry, u"rooms"_s, u"PR", where, &p->rooms, nullptr, error)
            && readSidList(
                entry, u"sessions"_s, u"ES", where, &p->sessions, &p->allSessions, error);
    }

} // namespace

bool Principal::mayUseSession(const QString &es) const
{
    return role == Role::Proctor && (allSessions || sessions.contains(es));
}

bool Principal::mayUseRoom(const QString &pr) const
{
    return role == Role::Proctor && rooms.contains(pr);
}

std::optional<Principals> Principals::load(const QString &path, QString *error)
{
    QString ignored;
    QString &err = error != nullptr ? *error : ignored;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err = u"principals file %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    auto result = fromJson(file.readAll(), &err);
    if (!result)
        err = u"principals file %1: %2"_s.arg(path, err);
    return result;
}

std::optional<Principals> Principals::fromJson(const QByteArray &json, QString *error)
{
    QString ignored;
    QString &err = error != nullptr ? *error : ignored;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        err = u"not valid JSON (%1 at offset %2)"_s.arg(parseError.errorString())
                  .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject() || !doc.object().value(u"principals").isArray()) {
        err = u"expected {\"principals\":[…]}"_s;
        return std::nullopt;
    }
    Principals result;
    const QJsonArray entries = doc.object().value(u"principals").toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = u"principals[%1]"_s.arg(i);
        Principal p;
        if (!readEntry(entries[i], where, &p, &err))
            return std::nullopt;
        for (qsizetype j = 0; j < result.m_principals.size(); ++j) {
            if (result.m_principals[j].spToken == p.spToken) {
                err = u"%1.spToken: the same SP token as principals[%2]"_s.arg(where).arg(j);
                return std::nullopt;
            }
        }
        result.m_principals.append(p);
    }
    return result;
}

QString Principals::randomSpToken()
{
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return u"sp_"_s
        + QString::fromLatin1(
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Principals::Demo Principals::addDemo()
{
    Demo demo;
    demo.sessionSid = SpRules::randomSid(u"ES");
    demo.proctorSid = SpRules::randomSid(u"PU");
    demo.roomSid = SpRules::randomSid(u"PR");
    demo.proctorSpToken = randomSpToken();
    demo.studentSpToken = randomSpToken();

    Principal proctor;
    proctor.role = Principal::Role::Proctor;
    proctor.spToken = demo.proctorSpToken;
    proctor.proctor = demo.proctorSid;
    proctor.rooms = QStringList { demo.roomSid };
    proctor.sessions = QStringList { demo.sessionSid };
    add(proctor);

    Principal student;
    student.role = Principal::Role::Student;
    student.spToken = demo.studentSpToken;
    student.student = demo.sessionSid;
    add(student);
    return demo;
}

void Principals::add(const Principal &principal) { m_principals.append(principal); }

bool Principals::grantProctor(
    const QString &proctorSid, const QStringList &rooms, const QStringList &sessions)
{
    bool found = false;
    for (Principal &p : m_principals) {
        if (p.role != Principal::Role::Proctor || p.proctor != proctorSid)
            continue;
        found = true;
        for (const QString &r : rooms) {
            if (!p.rooms.contains(r))
                p.rooms.append(r);
        }
        if (!p.allSessions) {
            QSet<QString> known(p.sessions.cbegin(), p.sessions.cend());
            for (const QString &s : sessions) {
                if (!known.contains(s)) {
                    known.insert(s);
                    p.sessions.append(s);
                }
            }
        }
    }
    return found;
}

const Principal *Principals::find(const QString &spToken) const
{
    const Principal *found = nullptr;
    for (const Principal &p : m_principals) {
        if (constantTimeEquals(p.spToken, spToken) && found == nullptr)
            found = &p;
    }
    return found;
}

} // namespace SpEmu
