#include "abusebench.h"

#include "benchline.h"
#include "emulatorprocess.h"
#include "rawpeer.h"
#include "twilsocktestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace SpBench {

namespace {

    constexpr qint64 kChunk = 1024 * 1024;
    constexpr int kTimeoutMs = 120000;

    QByteArray jsonBytes(const QJsonObject &o)
    {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    // The three oversized shapes of the issue: an endless URL, an endless header, a body
    // announced as 10 GB. Each connection writes 1 MiB chunks until the server closes it.
    const QList<QByteArray> kFloodHeads {
        "GET /",
        "GET /health HTTP/1.1\r\nHost: x\r\nX-Flood: ",
        "POST /v1/sync/token HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000000\r\n\r\n",
    };

    class Flood : public QObject
    {
    public:
        Flood(quint16 port, qint64 total, int parallel)
            : m_port(port)
            , m_total(total)
            , m_chunk(kChunk, 'a')
        {
            for (int i = 0; i < parallel; ++i)
                openOne();
        }
        bool done() const { return m_offered >= m_total && m_open == 0; }
        qint64 offered() const { return m_offered; }

    private:
        void openOne()
        {
            if (m_offered >= m_total)
                return;
            auto *socket = new QTcpSocket(this);
            ++m_open;
            const QByteArray head = kFloodHeads.at(m_next++ % kFloodHeads.size());
            connect(socket, &QTcpSocket::connected, socket, [this, socket, head] {
                socket->write(head);
                feed(socket);
            });
            connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket](qint64 n) {
                m_offered += n;
                feed(socket);
            });
            connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
            auto closed = [this, socket] {
                if (socket->property("closed").toBool())
                    return;
                socket->setProperty("closed", true);
                --m_open;
                socket->deleteLater();
                openOne();
            };
            connect(socket, &QTcpSocket::disconnected, this, closed);
            connect(socket, &QTcpSocket::errorOccurred, this, closed);
            socket->connectToHost(QHostAddress::LocalHost, m_port);
        }
        void feed(QTcpSocket *socket)
        {
            if (socket->bytesToWrite() < kChunk && m_offered < m_total)
                socket->write(m_chunk);
            else if (m_offered >= m_total && socket->bytesToWrite() == 0)
                socket->abort();
        }

        quint16 m_port;
        qint64 m_total;
        QByteArray m_chunk;
        qint64 m_offered = 0;
        int m_open = 0;
        int m_next = 0;
    };

    QJsonObject health(const QUrl &cds)
    {
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(
            nam.get(QNetworkRequest(cds.resolved(QUrl(u"/health"_s)))));
        spinUntil([&] { return reply->isFinished(); }, 15000);
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

} // namespace

QList<QPair<QString, QJsonValue>> runAbuse(const AbuseOptions &o, QString *error)
{
    QTemporaryDir dir;
    const QString secret = dir.filePath(u"secret"_s);
    EmulatorProcess emu;
    if (!emu.start({ u"--memory"_s, u"--acl"_s, u"open"_s, u"--rate-limits"_s, u"off"_s,
                       u"--secret-file"_s, secret },
            error))
        return {};
    const pid_t pid = pid_t(emu.process().processId());
    auto token = [&](const QString &identity) {
        return EmulatorProcess::mintToken(identity, 3600, { u"--secret-file"_s, secret });
    };

    // Warm-up, so the baseline includes what any use allocates once.
    TwilsockTestClient publisher;
    if (!publisher.connectAndInit(emu.twilsockUrl(), token(u"publisher"_s))) {
        *error = u"publisher could not connect"_s;
        return {};
    }
    QJsonObject data { { u"filler"_s, QString(12 * 1024, u'x') } };
    const auto created = publisher.request(u"POST"_s, u"/v3/Documents"_s,
        jsonBytes({ { u"unique_name"_s, u"abuse"_s }, { u"data"_s, data } }));
    if (!created || TwilsockTestClient::httpStatus(*created) != 201) {
        *error = u"cannot create the document"_s;
        return {};
    }
    const QString path = QUrl(TwilsockTestClient::json(*created).value(u"url"_s).toString()).path();
    health(emu.cdsUrl());
    spinUntil([] { return false; }, 1000);
    const double baseline = rssMb(pid);

    double peak = baseline;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { peak = qMax(peak, rssMb(pid)); });
    sampler.start(20);

    // 1. The HTTP flood.
    QElapsedTimer clock;
    clock.start();
    Flood flood(emu.port(), o.floodBytes, o.floodConnections);
    if (!spinUntil([&] { return flood.done(); }, kTimeoutMs)) {
        *error = u"the flood did not finish (%1 MiB offered)"_s.arg(flood.offered() / kChunk);
        return {};
    }
    const double floodSeconds = double(clock.elapsed()) / 1000.0;
    const double floodPeak = peak;

    // 2. Paused subscribers, and updates fanned out to them until the emulator cuts them.
    std::vector<std::unique_ptr<RawWebSocketPeer>> subscribers;
    for (int i = 0; i < o.subscribers; ++i) {
        auto s = std::make_unique<RawWebSocketPeer>();
        if (!s->open(emu.port())) {
            *error = u"subscriber %1 could not connect"_s.arg(i);
            return {};
        }
        s->sendFrame({ { u"id"_s, u"TM-init"_s }, { u"method"_s, u"init"_s },
            { u"token"_s, token(u"paused%1"_s.arg(i)) }, { u"capabilities"_s, QJsonArray {} } });
        s->sendFrame(
            { { u"id"_s, u"TM-sub"_s }, { u"method"_s, u"message"_s },
                { u"active_grant"_s, u"data_sync"_s }, { u"payload_type"_s, u"application/json"_s },
                { u"http_request"_s,
                    QJsonObject { { u"host"_s, u"cds"_s }, { u"path"_s, u"/v4/Subscriptions"_s },
                        { u"method"_s, u"POST"_s }, { u"params"_s, QJsonObject {} },
                        { u"headers"_s,
                            QJsonObject { { u"Content-Type"_s, u"application/json"_s } } } } } },
            jsonBytes({ { u"event_protocol_version"_s, 4 }, { u"action"_s, u"establish"_s },
                { u"correlation_id"_s, i }, { u"ttl_in_s"_s, -1 },
                { u"requests"_s,
                    QJsonArray { QJsonObject { { u"object_sid"_s, u"abuse"_s },
                        { u"object_type"_s, u"document"_s } } } } }));
        if (!s->waitFrame([](const Twilsock::Frame &f) {
                return f.method() == u"notification"
                    && TwilsockTestClient::json(f).value(u"event_type"_s).toString()
                    == u"subscription_established";
            })) {
            *error = u"subscriber %1 was not subscribed"_s.arg(i);
            return {};
        }
        s->pauseReading();
        subscribers.push_back(std::move(s));
    }
    int updates = 0;
    int connections = 0;
    for (; updates < o.maxUpdates; ++updates) {
        data.insert(u"n"_s, updates);
        const auto r = publisher.request(u"POST"_s, path, jsonBytes({ { u"data"_s, data } }));
        if (!r || TwilsockTestClient::httpStatus(*r) != 200) {
            *error = u"update %1 failed"_s.arg(updates);
            return {};
        }
        if (updates % 100 == 99) {
            connections = health(emu.cdsUrl()).value(u"connections"_s).toInt();
            if (connections <= 1)
                break;
        }
    }
    // Cut subscribers finish after a grace period for the close frame.
    spinUntil(
        [&] { return health(emu.cdsUrl()).value(u"connections"_s).toInt() <= 1; }, kTimeoutMs);
    const QJsonObject end = health(emu.cdsUrl());
    connections = end.value(u"connections"_s).toInt();
    const int cut = o.subscribers - (connections - 1);
    subscribers.clear();
    sampler.stop();

    // 3. After: everything closed, memory given back.
    publisher.socket().close();
    spinUntil([&] { return health(emu.cdsUrl()).value(u"connections"_s).toInt() == 0; }, 15000);
    spinUntil([] { return false; }, 2000);
    const double after = rssMb(pid);
    const bool ok = peak < 150.0 && after <= baseline * 1.10;
    return { { u"name"_s, u"emulator_abuse"_s }, { u"rss_baseline_mb"_s, round3(baseline) },
        { u"rss_peak_mb"_s, round3(peak) }, { u"rss_flood_peak_mb"_s, round3(floodPeak) },
        { u"rss_after_mb"_s, round3(after) }, { u"after_vs_baseline"_s, round3(after / baseline) },
        { u"flood_mb"_s, round3(double(flood.offered()) / double(kChunk)) },
        { u"flood_seconds"_s, round3(floodSeconds) }, { u"subscribers"_s, o.subscribers },
        { u"subscribers_cut"_s, cut }, { u"updates"_s, updates },
        { u"queued_bytes_end"_s, end.value(u"queuedBytes"_s) }, { u"target_peak_mb"_s, 150 },
        { u"ok"_s, ok } };
}

} // namespace SpBench
