// SP identities and document names (docs/identities-and-documents.md): which document and which
// Twilio identity a student or proctor uses, derived from SIDs, with clear errors for bad SIDs.
#pragma once

#include "syncresult.h"

#include <QString>
#include <QStringView>

namespace SpSync {

enum class Role { Student, ProctorSession, ProctorRoom };

struct DocumentIdentity
{
    QString documentId;
    QString identity;
};

// SID prefixes: exam session, proctor account user, proctor room.
inline constexpr QStringView kSessionPrefix = u"ES";
inline constexpr QStringView kProctorPrefix = u"PU";
inline constexpr QStringView kRoomPrefix = u"PR";
inline constexpr int kSidBodyLength = 32;
inline constexpr int kMaxUniqueNameLength = 256;

// True when sid is `prefix` followed by 32 characters of [0-9A-Za-z].
bool isValidSid(const QString &sid, QStringView prefix);
// Empty when valid, else an English sentence naming `what` (e.g. "session SID") and the fault:
// missing, wrong prefix, wrong length, or the first bad character and its 1-based position.
QString sidError(const QString &sid, QStringView prefix, const QString &what);

// student: Session_<ES>/<ES>; proctor session: Session_<ES>/<ES><PU>;
// proctor room: Proctor_Room_<PR>/<PU>. SIDs the role does not use are ignored.
// Errors are SyncError::Kind::InvalidInput.
SyncResult<DocumentIdentity> deriveIdentity(Role role, const QString &sessionSid,
    const QString &proctorSid = {}, const QString &roomSid = {});

// True when name has the shape of a bare SID (two letters + 32 of [0-9A-Za-z]).
bool looksLikeSid(QStringView name);
// A Sync unique name: 1..256 characters and never SID-shaped. On false, *why says why.
bool isValidUniqueName(const QString &name, QString *why = nullptr);

} // namespace SpSync
