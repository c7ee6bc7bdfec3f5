// SP naming rules (docs/identities-and-documents.md) for the emulator: SID checks and the
// document/identity strings derived from them. Independent of the client library on purpose: the
// emulator is the other side of the contract and must not share the client's bugs.
#pragma once

#include <QString>
#include <QStringView>

namespace SpEmu::SpRules {

// A SID is a two-letter prefix followed by 32 characters of [0-9A-Za-z].
bool isValidSid(QStringView sid, QStringView prefix);
// Empty when valid; otherwise an English sentence naming `what` and the fault, e.g.
// "proctor: \"PUx\" is not a valid PU SID (PU followed by 32 letters or digits; it has 1 after
// PU)".
QString sidProblem(QStringView sid, QStringView prefix, QStringView what);
// Twilio-like random SID: prefix + 32 lowercase hex digits.
QString randomSid(QStringView prefix);
// True for names Twilio refuses as unique names because they look like SIDs ([A-Z]{2}[a-f0-9]{32}).
bool looksLikeTwilioSid(QStringView name);

inline QString sessionDocument(const QString &es) { return QStringLiteral("Session_") + es; }
inline QString roomDocument(const QString &pr) { return QStringLiteral("Proctor_Room_") + pr; }
inline QString studentIdentity(const QString &es) { return es; }
inline QString proctorSessionIdentity(const QString &es, const QString &pu) { return es + pu; }
inline QString proctorRoomIdentity(const QString &pu) { return pu; }

// A document name as the SP API understands it.
struct DocumentRef
{
    enum class Kind { Invalid, Session, Room };
    Kind kind = Kind::Invalid;
    QString sid; // the ES… (Session) or PR… (Room)
    QString error; // set when Invalid: what is wrong, in English
};
DocumentRef parseDocument(const QString &documentName);

// An identity as the SP API understands it: ES… (student), ES…PU… (proctor in a session),
// PU… (proctor in a room).
struct IdentityRef
{
    enum class Kind { Invalid, Student, ProctorInSession, Proctor };
    Kind kind = Kind::Invalid;
    QString es, pu;
    QString error;
};
IdentityRef parseIdentity(const QString &identity);

} // namespace SpEmu::SpRules
