#include "profilestore.h"

#include "region.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTimer>
#include <QUuid>

#ifdef SYNCUI_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
#endif

namespace {
const QLatin1String kGroup("profiles");
const QLatin1String kService("sp-proctor-console");

bool isLoopback(const QString &host)
{
    if (host == u"localhost"_s)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

bool ProfileStore::keychainBuiltIn()
{
#ifdef SYNCUI_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QList<ConsoleProfile> ProfileStore::profiles() const
{
    QList<ConsoleProfile> out;
    m_settings->beginGroup(kGroup);
    const QStringList names = m_settings->childGroups();
    for (const QString &group : names) {
        ConsoleProfile p;
        p.name = m_settings->value(group + u"/name"_s).toString();
        p.id = m_settings->value(group + u"/id"_s).toString();
        if (p.id.isEmpty() && !p.name.isEmpty()) {
            // Profiles saved before ids existed get one now, once.
            p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_settings->setValue(group + u"/id"_s, p.id);
        }
        p.baseUri = QUrl(m_settings->value(group + u"/baseUri"_s).toString());
        p.tokenPath = m_settings->value(group + u"/tokenPath"_s, p.tokenPath).toString();
        p.region = m_settings->value(group + u"/region"_s, p.region).toString();
        if (!p.name.isEmpty())
            out.append(p);
    }
    m_settings->endGroup();
    std::sort(out.begin(), out.end(), [](const ConsoleProfile &a, const ConsoleProfile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

std::optional<ConsoleProfile> ProfileStore::profile(const QString &name) const
{
    const QList<ConsoleProfile> all = profiles();
    for (const ConsoleProfile &p : all) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

bool ProfileStore::validate(const ConsoleProfile &p, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (p.name.trimmed().isEmpty())
        return fail(tr("The profile needs a name."));
    const QString scheme = p.baseUri.scheme();
    if (!p.baseUri.isValid() || p.baseUri.host().isEmpty()
        || (scheme != u"https"_s && scheme != u"http"_s))
        return fail(
            tr("The base URI must be an absolute https URL, such as https://api.example.com/v1."));
    if (scheme == u"http"_s && !isLoopback(p.baseUri.host()))
        return fail(tr("Plain http is allowed only to this machine; use https for %1.")
                        .arg(p.baseUri.host()));
    if (!p.tokenPath.startsWith(u'/'))
        return fail(tr("The token path must start with /."));
    if (!SpSync::isKnownRegion(p.region))
        return fail(tr("Unknown region %1; use one of %2.")
                        .arg(p.region, SpSync::knownRegions().join(u", "_s)));
    return true;
}

QString ProfileStore::groupOf(const QString &name)
{
    // Group keys are percent-encoded so any name works (QSettings treats / as a separator).
    return kGroup + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

bool ProfileStore::saveProfile(const ConsoleProfile &p, QString *error)
{
    if (!validate(p, error))
        return false;
    const QString group = groupOf(p.name);
    QString id = m_settings->value(group + u"/id"_s).toString();
    if (id.isEmpty())
        id = p.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : p.id;
    m_settings->setValue(group + u"/id"_s, id);
    m_settings->setValue(group + u"/name"_s, p.name);
    m_settings->setValue(group + u"/baseUri"_s, p.baseUri.toString());
    m_settings->setValue(group + u"/tokenPath"_s, p.tokenPath);
    m_settings->setValue(group + u"/region"_s, p.region);
    m_settings->sync();
    Q_EMIT profilesChanged();
    return true;
}

void ProfileStore::removeProfile(const QString &name)
{
    m_settings->remove(kGroup + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(name)));
    m_settings->sync();
    m_sessionTokens.remove(name);
#ifdef SYNCUI_HAVE_KEYCHAIN
    if (m_keychain) {
        auto *job = new QKeychain::DeletePasswordJob(kService);
        job->setInsecureFallback(false);
        job->setKey(name);
        job->start();
    }
#endif
    Q_EMIT profilesChanged();
}

QList<JoinRequest> ProfileStore::joinedDocuments(const QString &name) const
{
    QList<JoinRequest> out;
    const QJsonArray list = QJsonDocument::fromJson(
        m_settings->value(groupOf(name) + u"/joined"_s).toString().toUtf8())
                                .array();
    for (const QJsonValue &v : list) {
        const JoinRequest r = JoinRequest::fromJson(v.toObject());
        if (r.isValid())
            out.append(r);
    }
    return out;
}

void ProfileStore::setJoinedDocuments(const QString &name, const QList<JoinRequest> &documents)
{
    if (!profile(name))
        return;
    QJsonArray list;
    for (const JoinRequest &r : documents)
        list.append(r.toJson());
    m_settings->setValue(groupOf(name) + u"/joined"_s,
        QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    m_settings->sync();
}

bool ProfileStore::rejoinAtStart(const QString &name) const
{
    return m_settings->value(groupOf(name) + u"/rejoinAtStart"_s, true).toBool();
}

void ProfileStore::setRejoinAtStart(const QString &name, bool rejoin)
{
    m_settings->setValue(groupOf(name) + u"/rejoinAtStart"_s, rejoin);
    m_settings->sync();
}

ProfileStore::TokenStorage ProfileStore::tokenStorage() const
{
    return m_keychain ? m_storage : TokenStorage::Session;
}

void ProfileStore::setStorage(TokenStorage storage)
{
    if (m_storage == storage)
        return;
    m_storage = storage;
    Q_EMIT tokenStorageKnown(storage);
}

void ProfileStore::probeKeychain()
{
#ifdef SYNCUI_HAVE_KEYCHAIN
    if (m_keychain) {
        auto *job = new QKeychain::ReadPasswordJob(kService);
        job->setInsecureFallback(false);
        job->setKey(u"keychain-probe (never written)"_s);
        connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
            const bool works
                = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
            m_storage = works ? TokenStorage::Keychain : TokenStorage::Session;
            Q_EMIT tokenStorageKnown(m_storage);
        });
        job->start();
        return;
    }
#endif
    QTimer::singleShot(0, this, [this] {
        m_storage = TokenStorage::Session;
        Q_EMIT tokenStorageKnown(TokenStorage::Session);
    });
}

QByteArray ProfileStore::exportJson() const
{
    QJsonArray list;
    const QList<ConsoleProfile> all = profiles();
    for (const ConsoleProfile &p : all) {
        list.append(QJsonObject { { u"name"_s, p.name }, { u"baseUri"_s, p.baseUri.toString() },
            { u"tokenPath"_s, p.tokenPath }, { u"region"_s, p.region } });
    }
    return QJsonDocument(QJsonObject { { u"profiles"_s, list } }).toJson();
}

int ProfileStore::importJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError
        || !doc.object().value(u"profiles"_s).isArray()) {
        if (error)
            *error = tr("Not a profiles file: expected {\"profiles\": [...]}.");
        return -1;
    }
    QList<ConsoleProfile> incoming;
    const QJsonArray list = doc.object().value(u"profiles"_s).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        ConsoleProfile p;
        p.name = o.value(u"name"_s).toString();
        p.baseUri = QUrl(o.value(u"baseUri"_s).toString());
        p.tokenPath = o.value(u"tokenPath"_s).toString(p.tokenPath);
        p.region = o.value(u"region"_s).toString(p.region);
        QString why;
        if (!validate(p, &why)) {
            if (error)
                *error = tr("Profile %1: %2").arg(p.name.isEmpty() ? u"?"_s : p.name, why);
            return -1; // all or nothing
        }
        incoming.append(p);
    }
    for (const ConsoleProfile &p : std::as_const(incoming))
        saveProfile(p);
    return int(incoming.size());
}

void ProfileStore::storeToken(const QString &name, const QString &token)
{
    m_sessionTokens.insert(name, token);
#ifdef SYNCUI_HAVE_KEYCHAIN
    if (m_keychain) {
        auto *job = new QKeychain::WritePasswordJob(kService);
        job->setInsecureFallback(false); // never plain text
        job->setKey(name);
        job->setTextData(token);
        connect(job, &QKeychain::Job::finished, this, [this, name](QKeychain::Job *j) {
            const bool stored = j->error() == QKeychain::NoError;
            setStorage(stored ? TokenStorage::Keychain : TokenStorage::Session);
            Q_EMIT tokenStored(name, stored);
        });
        job->start();
        return;
    }
#endif
    QTimer::singleShot(0, this, [this, name] { Q_EMIT tokenStored(name, false); });
}

void ProfileStore::readToken(const QString &name)
{
    const QString known = m_sessionTokens.value(name);
#ifdef SYNCUI_HAVE_KEYCHAIN
    if (m_keychain && known.isEmpty()) {
        auto *job = new QKeychain::ReadPasswordJob(kService);
        job->setInsecureFallback(false);
        job->setKey(name);
        connect(job, &QKeychain::Job::finished, this, [this, name](QKeychain::Job *j) {
            const auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
            const QString token = j->error() == QKeychain::NoError ? read->textData() : QString();
            if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
                setStorage(TokenStorage::Keychain);
            else
                setStorage(TokenStorage::Session);
            if (!token.isEmpty())
                m_sessionTokens.insert(name, token);
            Q_EMIT tokenRead(name, token);
        });
        job->start();
        return;
    }
#endif
    QTimer::singleShot(0, this, [this, name, known] { Q_EMIT tokenRead(name, known); });
}
