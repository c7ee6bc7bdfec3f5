#include "wirelog.h"

#include "redact.h"
#include "twilsock/twilsockframe.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <atomic>

using namespace Qt::StringLiterals;

namespace SpSync {

namespace {

    std::atomic<WireLog *> g_global { nullptr };

    QString isoTime(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    }

    // Header keys that carry credentials in Twilsock (init, update) or HTTP.
    bool isCredentialKey(const QString &key)
    {
        return key == u"token" || key == u"continuation_token"
            || key.compare(u"authorization", Qt::CaseInsensitive) == 0;
    }

    QByteArray compact(const QJsonObject &o)
    {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

} // namespace

WireLog::WireLog()
    : m_secretFields { u"password"_s }
{
}

WireLog::~WireLog()
{
    WireLog *self = this;
    g_global.compare_exchange_strong(self, nullptr);
}

WireLog *WireLog::global() { return g_global.load(std::memory_order_acquire); }

void WireLog::setGlobal(WireLog *log) { g_global.store(log, std::memory_order_release); }

bool WireLog::openFile(const QString &path, QString *error)
{
    const QMutexLocker lock(&m_mutex);
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void WireLog::keepInMemory(int maxFrames, qint64 maxBytes)
{
    const QMutexLocker lock(&m_mutex);
    m_memory = true;
    m_maxFrames = std::max(1, maxFrames);
    m_maxBytes = std::max<qint64>(1, maxBytes);
}

void WireLog::setSecretFields(const QSet<QString> &names)
{
    const QMutexLocker lock(&m_mutex);
    m_secretFields = names;
}

int WireLog::newConnection()
{
    const QMutexLocker lock(&m_mutex);
    return ++m_connections;
}

int WireLog::frameCount() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

void WireLog::recordFrame(int conn, Direction dir, const QByteArray &message)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QMutexLocker lock(&m_mutex);
    if (m_file.isOpen())
        writeLine(renderFrame(now, conn, dir, message, m_secretFields));
    if (m_memory)
        append(Entry { now, conn, dir, message, false });
}

void WireLog::recordEvent(int conn, const QString &event, const QString &url)
{
    QJsonObject line { { u"t"_s, isoTime(QDateTime::currentMSecsSinceEpoch()) },
        { u"conn"_s, conn }, { u"event"_s, event } };
    if (!url.isEmpty())
        line.insert(u"url"_s, redactSecrets(url));
    const QByteArray rendered = compact(line);
    const QMutexLocker lock(&m_mutex);
    if (m_file.isOpen())
        writeLine(rendered);
    if (m_memory)
        append(Entry { 0, conn, Direction::Sent, rendered, true });
}

void WireLog::append(Entry entry)
{
    m_bytes += entry.message.size();
    m_entries.push_back(std::move(entry));
    while (!m_entries.empty() && (int(m_entries.size()) > m_maxFrames || m_bytes > m_maxBytes)) {
        m_bytes -= m_entries.front().message.size();
        m_entries.pop_front();
    }
}

void WireLog::writeLine(const QByteArray &line)
{
    m_file.write(line);
    m_file.write("\n");
    m_file.flush();
}

bool WireLog::save(const QString &path, QString *error) const
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = out.errorString();
        return false;
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QMutexLocker lock(&m_mutex);
    for (const Entry &e : m_entries) {
        out.write(
            e.isEvent ? e.message : renderFrame(e.ms, e.conn, e.dir, e.message, m_secretFields));
        out.write("\n");
    }
    if (!out.flush()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

QJsonValue WireLog::redactValue(const QJsonValue &value, const QSet<QString> &secretFields)
{
    if (value.isString())
        return redactSecrets(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &v : in)
            out.append(redactValue(v, secretFields));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            const bool secret = isCredentialKey(it.key()) || secretFields.contains(it.key());
            if (secret && !it.value().isNull())
                out.insert(it.key(), QString(kRedacted));
            else
                out.insert(it.key(), redactValue(it.value(), secretFields));
        }
        return out;
    }
    return value;
}

QByteArray WireLog::renderFrame(qint64 msecsSinceEpoch, int conn, Direction dir,
    const QByteArray &message, const QSet<QString> &secretFields)
{
    QJsonObject line { { u"t"_s, isoTime(msecsSinceEpoch) }, { u"conn"_s, conn },
        { u"dir"_s, dir == Direction::Sent ? u"send"_s : u"recv"_s } };
    const Twilsock::DecodeResult decoded = Twilsock::decode(message);
    if (!decoded.ok()) {
        // The bytes are not shown: a broken frame could still hold a secret.
        line.insert(u"error"_s, decoded.message);
        line.insert(u"size"_s, message.size());
        return compact(line);
    }
    const QJsonObject &header = decoded.frame.header;
    line.insert(u"method"_s, header.value(u"method"));
    line.insert(u"id"_s, header.value(u"id"));
    line.insert(u"header"_s, redactValue(header, secretFields));
    const QByteArray &payload = decoded.frame.payload;
    if (!payload.isEmpty()) {
        const QString type = header.value(u"payload_type").toString();
        QJsonParseError parseError;
        const QJsonDocument json = type.isEmpty() || type.startsWith(u"application/json")
            ? QJsonDocument::fromJson(payload, &parseError)
            : QJsonDocument();
        if (json.isObject())
            line.insert(u"payload"_s, redactValue(json.object(), secretFields));
        else if (json.isArray())
            line.insert(u"payload"_s, redactValue(json.array(), secretFields));
        else
            line.insert(u"payload"_s, redactSecrets(QString::fromUtf8(payload)));
    }
    return compact(line);
}

} // namespace SpSync
