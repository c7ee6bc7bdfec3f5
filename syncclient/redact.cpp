#include "redact.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace SpSync {

namespace {

    struct Registry
    {
        QMutex mutex;
        QSet<QString> secrets;
    };

    // Never destroyed: Qt messages reach the redaction (through a message handler) until the
    // very end of the process, after function statics have been torn down.
    Registry &registry()
    {
        static Registry *r = new Registry;
        return *r;
    }

    const QRegularExpression &jwtPattern()
    {
        // A JWT: base64url header (a JSON object, so "eyJ"), payload, and a signature that may
        // be empty for alg "none".
        static const auto *jwt
            = new QRegularExpression(u"eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*"_s);
        return *jwt;
    }

    constexpr qsizetype kMinSecretLength = 8;

} // namespace

void registerSecret(const QString &secret)
{
    if (secret.size() < kMinSecretLength)
        return;
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.secrets.insert(secret);
}

void unregisterSecret(const QString &secret)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.secrets.remove(secret);
}

void clearSecrets()
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.secrets.clear();
}

QString redactRegisteredSecrets(QString text)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    // Longest first, so a secret that contains another is replaced whole.
    QStringList secrets(r.secrets.cbegin(), r.secrets.cend());
    std::sort(secrets.begin(), secrets.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &s : std::as_const(secrets))
        text.replace(s, kRedacted);
    return text;
}

QString redactSecrets(QString text)
{
    text = redactRegisteredSecrets(std::move(text));
    text.replace(jwtPattern(), kRedacted);
    return text;
}

} // namespace SpSync
