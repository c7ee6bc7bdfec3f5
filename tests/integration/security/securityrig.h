// The fixture of the security matrix: one emulator with ACL on and SP principals (two
// students, two proctors, each with their own session or room), tokens forged in every way
// the matrix needs, snapshots of the seeded documents ("nothing written"), and a record of
// every token used and every line any process or logger printed (no token may appear there).
#pragma once

#include "auth/tokenauthority.h"
#include "await.h"
#include "emulatorprocess.h"
#include "sids.h"
#include "syncclient.h"

#include <QMap>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Sec {

using SpTest::roomDocument;
using SpTest::sessionDocument;
using SpTest::sid;

// Forms of a Twilio access token the emulator must refuse (or accept: Valid).
enum class TokenForm { Valid, ForgedSignature, AlgNone, ClaimsEdited, Expired };

struct Snapshot
{
    QString revision;
    QJsonObject data;
    friend bool operator==(const Snapshot &a, const Snapshot &b)
    {
        return a.revision == b.revision && a.data == b.data;
    }
};

struct SpsyncRun
{
    int exitCode = -1;
    QByteArray out, err;
};

class SecurityRig
{
public:
    // SIDs and SP tokens of the principals file.
    const QString esA = sid(u"ES", 'a'), esB = sid(u"ES", 'b'), esC = sid(u"ES", 'c');
    const QString puP = sid(u"PU", 'p'), puQ = sid(u"PU", 'q');
    const QString prP = sid(u"PR", 'p'), prQ = sid(u"PR", 'q');
    const QString spStudentA = u"sp-sec-student-a-51f0c2"_s;
    const QString spStudentB = u"sp-sec-student-b-9c2e71"_s;
    const QString spStudentC = u"sp-sec-student-c-0d4b93"_s; // TLS rows only
    const QString spProctorP = u"sp-sec-proctor-p-3d7a08"_s;
    const QString spProctorQ = u"sp-sec-proctor-q-a48b6e"_s;
    const QString spUnknown = u"sp-sec-unknown-77e2f1"_s;

    SecurityRig();
    ~SecurityRig();
    bool start(QString *error); // emulator + the four seeded documents
    EmulatorProcess &emulator() { return m_emulator; }
    QString dir() const { return m_dir.path(); }

    // The seeded documents (never written by a refused row) with their owners' configs.
    QStringList seededDocuments() const;
    SpSync::SyncClientConfig ownerConfig(const QString &documentId) const;
    SpSync::SyncClientConfig spConfig(
        const QString &spToken, const QString &documentId, const QString &identity) const;
    SpSync::SyncClientConfig twilioConfig(
        const QString &jwt, const QString &documentId, const QString &identity) const;
    // Reads every seeded document through its owner; empty map when a read failed.
    QMap<QString, Snapshot> snapshot();

    // A token for identity in the given form; remembered as a secret.
    QString token(TokenForm form, const QString &identity);
    QStringList secrets() const { return m_secrets; }
    void addSecret(const QString &secret) { m_secrets << secret; }

    // Runs the spsync binary ($SPSYNC); verbose adds --verbose with library debug logging on.
    SpsyncRun spsync(
        const QStringList &args, const QProcessEnvironment &extraEnv = {}, bool verbose = false);

    // Everything printed so far: emulator stdout/stderr, spsync output, log messages.
    QByteArray allOutput();
    void recordLog(const QString &line) { m_logs += line.toUtf8() + '\n'; }
    qsizetype logBytes() const { return m_logs.size(); }

private:
    QTemporaryDir m_dir;
    QByteArray m_secret;
    SpEmu::TokenAuthority m_authority;
    EmulatorProcess m_emulator;
    QByteArray m_emulatorOutput, m_spsyncOutput, m_logs;
    QStringList m_secrets;
};

} // namespace Sec
