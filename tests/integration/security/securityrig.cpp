#include "securityrig.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

using namespace SpSync;

namespace Sec {

namespace {

    constexpr auto B64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

    QByteArray part(const QString &jwt, int i) { return jwt.toLatin1().split('.').value(i); }

    QJsonObject decodePart(const QByteArray &b64)
    {
        return QJsonDocument::fromJson(QByteArray::fromBase64(b64, B64Url)).object();
    }

    QByteArray encodePart(const QJsonObject &json)
    {
        return QJsonDocument(json).toJson(QJsonDocument::Compact).toBase64(B64Url);
    }

} // namespace

SecurityRig::SecurityRig()
    : m_secret("security-matrix-secret-7c1d0e5f9a2b4c6d8e")
    , m_authority(m_secret)
{
}

SecurityRig::~SecurityRig()
{
    // The output buffers die before the emulator; stop collecting first.
    m_emulator.process().disconnect();
    m_emulator.terminate();
}

bool SecurityRig::start(QString *error)
{
    const QString secretFile = m_dir.filePath(u"secret"_s);
    QFile secret(secretFile);
    if (!secret.open(QIODevice::WriteOnly) || secret.write(m_secret) != m_secret.size())
        return false;
    secret.close();
    const auto proctor
        = [](const QString &spToken, const QString &pu, const QString &pr, const QString &es) {
              return QJsonObject { { u"spToken"_s, spToken }, { u"proctor"_s, pu },
                  { u"rooms"_s, QJsonArray { pr } }, { u"sessions"_s, QJsonArray { es } } };
          };
    const auto student = [](const QString &spToken, const QString &es) {
        return QJsonObject { { u"spToken"_s, spToken }, { u"student"_s, es } };
    };
    QFile principals(m_dir.filePath(u"principals.json"_s));
    if (!principals.open(QIODevice::WriteOnly))
        return false;
    principals.write(
        QJsonDocument(QJsonObject { { u"principals"_s,
                          QJsonArray { student(spStudentA, esA), student(spStudentB, esB),
                              student(spStudentC, esC), proctor(spProctorP, puP, prP, esA),
                              proctor(spProctorQ, puQ, prQ, esB) } } })
            .toJson());
    principals.close();
    m_secrets << spStudentA << spStudentB << spStudentC << spProctorP << spProctorQ << spUnknown
              << QString::fromLatin1(m_secret);

    // Every emulator log line, debug included, goes into the scanned output.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    m_emulator.process().setProcessEnvironment(env);
    QObject::connect(&m_emulator.process(), &QProcess::readyReadStandardError,
        [this] { m_emulatorOutput += m_emulator.process().readAllStandardError(); });
    if (!m_emulator.start({ u"--memory"_s, u"--secret-file"_s, secretFile, u"--principals"_s,
                              principals.fileName() },
            error))
        return false;

    for (const QString &doc : seededDocuments()) {
        SyncClientConfig config = ownerConfig(doc);
        config.initialData = QJsonObject { { u"seed"_s, doc } };
        auto created = await(SyncClient::create(config));
        if (!isOk(created)) {
            *error = u"seeding %1: %2"_s.arg(doc, SpSync::error(created).toString());
            return false;
        }
        delete value(created);
    }
    return true;
}

QStringList SecurityRig::seededDocuments() const
{
    return { sessionDocument(esA), sessionDocument(esB), roomDocument(prP), roomDocument(prQ) };
}

SyncClientConfig SecurityRig::ownerConfig(const QString &documentId) const
{
    if (documentId == sessionDocument(esA))
        return spConfig(spStudentA, documentId, esA);
    if (documentId == sessionDocument(esB))
        return spConfig(spStudentB, documentId, esB);
    if (documentId == sessionDocument(esC))
        return spConfig(spStudentC, documentId, esC);
    if (documentId == roomDocument(prP))
        return spConfig(spProctorP, documentId, puP);
    return spConfig(spProctorQ, documentId, puQ);
}

SyncClientConfig SecurityRig::spConfig(
    const QString &spToken, const QString &documentId, const QString &identity) const
{
    SyncClientConfig c;
    c.baseUri = m_emulator.spApiUrl();
    c.documentId = documentId;
    c.identity = identity;
    c.token = spToken;
    // What an intruder would write if it got in.
    c.initialData = QJsonObject { { u"intruder"_s, true } };
    c.connectTimeoutMs = 10000;
    c.timeouts.backoffMinMs = 200;
    c.timeouts.backoffMaxMs = 1000;
    return c;
}

SyncClientConfig SecurityRig::twilioConfig(
    const QString &jwt, const QString &documentId, const QString &identity) const
{
    SyncClientConfig c = spConfig({}, documentId, identity);
    c.baseUri = QUrl();
    c.twilioToken = jwt;
    c.twilsockUrl = m_emulator.twilsockUrl();
    return c;
}

QMap<QString, Snapshot> SecurityRig::snapshot()
{
    QMap<QString, Snapshot> result;
    for (const QString &doc : seededDocuments()) {
        SyncClientConfig config = ownerConfig(doc);
        config.initialData = {};
        auto r = await(SyncClient::create(config));
        if (!isOk(r))
            return {};
        std::unique_ptr<SyncClient> client(value(r));
        result.insert(doc, Snapshot { client->revision(), client->getSync() });
    }
    return result;
}

QString SecurityRig::token(TokenForm form, const QString &identity)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QString jwt;
    switch (form) {
    case TokenForm::Valid:
        jwt = m_authority.mint(identity, 3600);
        break;
    case TokenForm::ForgedSignature:
        jwt = SpEmu::TokenAuthority("not-the-emulators-secret-0000").mint(identity, 3600);
        break;
    case TokenForm::AlgNone: {
        const QByteArray header
            = encodePart(QJsonObject { { u"alg"_s, u"none"_s }, { u"typ"_s, u"JWT"_s } });
        jwt = QString::fromLatin1(header + '.' + part(m_authority.mint(identity, 3600), 1) + '.');
        break;
    }
    case TokenForm::ClaimsEdited: {
        // A genuine token of someone else, its identity edited, its signature kept.
        const QString genuine = m_authority.mint(u"someone-else"_s, 3600);
        QJsonObject claims = decodePart(part(genuine, 1));
        QJsonObject grants = claims.value(u"grants").toObject();
        grants.insert(u"identity"_s, identity);
        claims.insert(u"grants"_s, grants);
        jwt = QString::fromLatin1(
            part(genuine, 0) + '.' + encodePart(claims) + '.' + part(genuine, 2));
        m_secrets << genuine;
        break;
    }
    case TokenForm::Expired:
        // Once valid for a minute, expired a minute ago: a replay after exp.
        jwt = m_authority.mint(identity, 60, now - 120);
        break;
    }
    m_secrets << jwt;
    return jwt;
}

SpsyncRun SecurityRig::spsync(
    const QStringList &args, const QProcessEnvironment &extraEnv, bool verbose)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (verbose)
        env.insert(u"QT_LOGGING_RULES"_s, u"syncclient.*.debug=true"_s);
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SPSYNC"), verbose ? QStringList { u"--verbose"_s } + args : args);
    SpsyncRun r;
    // spsync is another process; waiting on it blocks nothing of ours, except the TLS
    // bridge, so keep the event loop running.
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    m_spsyncOutput += r.out + r.err;
    return r;
}

QByteArray SecurityRig::allOutput()
{
    m_emulatorOutput += m_emulator.process().readAllStandardError();
    m_emulatorOutput += m_emulator.process().readAllStandardOutput();
    return m_emulatorOutput + m_spsyncOutput + m_logs;
}

} // namespace Sec
