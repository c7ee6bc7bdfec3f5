// WireReplay: plays a wire log (JSON lines as written by `spsync --wire-log` or the console's
// diagnostic log) back into a client as its server, through a FakeTransport. Each frame the log
// shows the client sending must be sent again (same method; same HTTP method and path for an
// upstream request; same id for an ack); each frame the server sent is delivered in log order,
// as soon as the client frames before it were matched. The ids of the client's requests and the
// subscription correlation ids differ from run to run, so they are mapped from the log's to
// the live ones. The data of every document write must match the log's. One connection of the
// log is played (the first, unless told).
#pragma once

#include "faketransport.h"
#include "wirelog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

class WireReplay : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        bool fromClient = false;
        QJsonObject header;
        QJsonValue payload; // object/array = JSON, string = text, undefined = none
        int line = 0;
    };

    // Loads the frames of connection `conn` (0 = the first one in the log).
    bool load(const QString &path, QString *error, int conn = 0)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            *error = file.errorString();
            return false;
        }
        int lineNo = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            ++lineNo;
            if (line.isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonObject o = QJsonDocument::fromJson(line, &parseError).object();
            if (parseError.error != QJsonParseError::NoError) {
                *error = u"line %1: %2"_s.arg(lineNo).arg(parseError.errorString());
                return false;
            }
            if (!o.contains(u"dir") || !o.contains(u"header"))
                continue; // events (open, connected, ...) and undecodable frames
            if (conn == 0)
                conn = o.value(u"conn").toInt();
            if (o.value(u"conn").toInt() != conn)
                continue;
            m_entries.append(Entry { o.value(u"dir").toString() == u"send",
                o.value(u"header").toObject(), o.value(u"payload"), lineNo });
        }
        if (m_entries.isEmpty()) {
            *error = u"no frames in %1"_s.arg(path);
            return false;
        }
        return true;
    }

    const QList<Entry> &entries() const { return m_entries; }

    // The transport for the client under test (SyncClientConfig::transportFactory).
    std::unique_ptr<SpSync::SyncTransport> makeTransport()
    {
        auto t = std::make_unique<FakeTransport>();
        m_transport = t.get();
        t->onSend = [this](const Twilsock::Frame &f) {
            m_live.append(f);
            QTimer::singleShot(0, this, &WireReplay::advance);
        };
        QTimer::singleShot(0, this, &WireReplay::advance);
        return t;
    }

    // Every server frame was delivered and every client frame before the last of them matched.
    bool finished() const { return m_pos >= m_lastServerFrame + 1 || m_entries.isEmpty(); }
    QString mismatch() const { return m_mismatch; }
    int position() const { return m_pos; }
    // Client frames that matched no entry of the log (acks of frames we never sent excepted).
    QList<Twilsock::Frame> unmatched() const { return m_live; }
    // Client frames matched so far, in log order.
    QList<Twilsock::Frame> matched() const { return m_matched; }

private:
    static QString requestKey(const QJsonObject &header)
    {
        const QJsonObject r = header.value(u"http_request").toObject();
        return r.value(u"method").toString() + u' ' + r.value(u"path").toString();
    }

    // A document written must hold the logged data (compared after the same redaction).
    static bool sameData(const Entry &e, const Twilsock::Frame &f)
    {
        const QJsonValue logged = e.payload.toObject().value(u"data");
        if (!logged.isObject())
            return true;
        const QJsonValue live = SpSync::WireLog::redactValue(
            QJsonDocument::fromJson(f.payload).object(), { u"password"_s })
                                    .toObject()
                                    .value(u"data");
        return live == logged;
    }

    bool matches(const Entry &e, const Twilsock::Frame &f) const
    {
        const QString method = e.header.value(u"method").toString();
        if (f.method() != method)
            return false;
        if (method == u"reply")
            return f.id() == e.header.value(u"id").toString();
        if (method == u"message")
            return requestKey(f.header) == requestKey(e.header) && sameData(e, f);
        return true;
    }

    static QString describe(const QJsonObject &header)
    {
        const QString method = header.value(u"method").toString();
        return method == u"message" ? requestKey(header) : method;
    }

    // Matches one of the client frames the log still has to come.
    bool expectedSoon(const Twilsock::Frame &f) const
    {
        for (int i = m_pos; i < m_entries.size(); ++i) {
            if (m_entries[i].fromClient && matches(m_entries[i], f))
                return true;
        }
        return false;
    }

    void learn(const Entry &e, const Twilsock::Frame &f)
    {
        m_ids.insert(e.header.value(u"id").toString(), f.id());
        const QJsonValue logged = e.payload.toObject().value(u"correlation_id");
        const QJsonValue live
            = QJsonDocument::fromJson(f.payload).object().value(u"correlation_id");
        if (!logged.isUndefined() && !live.isUndefined())
            m_correlations.insert(logged.toVariant().toString(), live);
    }

    void deliver(const Entry &e)
    {
        QJsonObject header = e.header;
        const QString id = header.value(u"id").toString();
        if (m_ids.contains(id))
            header.insert(u"id"_s, m_ids.value(id));
        QByteArray payload;
        if (e.payload.isObject()) {
            QJsonObject o = e.payload.toObject();
            const QString c = o.value(u"correlation_id").toVariant().toString();
            if (o.contains(u"correlation_id") && m_correlations.contains(c))
                o.insert(u"correlation_id"_s, m_correlations.value(c));
            payload = QJsonDocument(o).toJson(QJsonDocument::Compact);
        } else if (e.payload.isArray()) {
            payload = QJsonDocument(e.payload.toArray()).toJson(QJsonDocument::Compact);
        } else if (e.payload.isString()) {
            payload = e.payload.toString().toUtf8();
        }
        m_transport->inject(header, payload);
    }

    void advance()
    {
        if (m_lastServerFrame < 0) {
            for (int i = 0; i < m_entries.size(); ++i) {
                if (!m_entries[i].fromClient)
                    m_lastServerFrame = i;
            }
        }
        while (m_transport && m_mismatch.isEmpty() && m_pos < m_entries.size()) {
            const Entry &e = m_entries[m_pos];
            if (!e.fromClient) {
                if (!m_transport->isOpen)
                    return; // connected() comes from the event loop
                deliver(e);
                ++m_pos;
                // One server frame per turn of the event loop, as a network would.
                QTimer::singleShot(0, this, &WireReplay::advance);
                return;
            }
            qsizetype found = -1;
            for (qsizetype i = 0; i < m_live.size() && found < 0; ++i) {
                if (matches(e, m_live[i]))
                    found = i;
            }
            if (found < 0) {
                // Waiting is right while everything the client sent is still to come in the
                // log (timing may reorder requests); anything else diverges from it.
                for (const Twilsock::Frame &f : std::as_const(m_live)) {
                    if (f.method() != u"reply" && !expectedSoon(f))
                        m_mismatch = u"line %1: the log has the client send %2; it "
                                     u"sent %3"_s.arg(e.line)
                                         .arg(describe(e.header), describe(f.header));
                }
                return;
            }
            m_matched.append(m_live.at(found));
            learn(e, m_live.takeAt(found));
            ++m_pos;
        }
    }

    QList<Entry> m_entries;
    QPointer<FakeTransport> m_transport;
    QList<Twilsock::Frame> m_live; // sent by the client, not matched yet
    QList<Twilsock::Frame> m_matched;
    QMap<QString, QString> m_ids; // request id in the log -> live id
    QMap<QString, QJsonValue> m_correlations;
    int m_pos = 0;
    int m_lastServerFrame = -1;
    QString m_mismatch;
};
