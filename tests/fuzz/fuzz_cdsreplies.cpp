// The client's handling of what a server answers: a SyncConnection over an in-memory transport
// opens a document, and the input plays the server. Line 1 is the header JSON of the reply to
// the document GET (method and id are filled in), line 2 its payload, and each further line the
// payload of one document notification. Invariants: no success from an invalid reply (an opened
// document holds exactly the reply's `data` and `revision`, from a 2xx reply with a valid
// http_status), an event changes the document only to the data it carries, and no event drops
// the link (which would make the server replay it forever).
#include "fuzzcommon.h"
#include "syncconnection.h"
#include "syncdocument.h"
#include "synctransport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <twilsockframe.h>

using namespace Qt::StringLiterals;
using namespace SpSync;

namespace {

class FuzzTransport : public SyncTransport
{
    Q_OBJECT
public:
    QList<Twilsock::Frame> sent;
    int closes = 0;
    bool up = false;

    void open(const QUrl &) override
    {
        up = true;
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT connected(); }, Qt::QueuedConnection);
    }
    void sendBinary(const QByteArray &message) override
    {
        const Twilsock::DecodeResult r = Twilsock::decode(message);
        SP_FUZZ_CHECK(r.ok()); // the client only ever sends well-formed frames
        sent << r.frame;
    }
    void close() override
    {
        ++closes;
        if (up) {
            up = false;
            Q_EMIT disconnected();
        }
    }
    void inject(QJsonObject header, const QByteArray &payload)
    {
        Q_EMIT binaryReceived(Twilsock::encode(std::move(header), payload));
    }
    const Twilsock::Frame *last(const QString &method) const
    {
        for (auto it = sent.crbegin(); it != sent.crend(); ++it) {
            if (it->method() == method)
                return &*it;
        }
        return nullptr;
    }
};

template <typename Done> bool spin(Done done)
{
    for (int i = 0; i < 200 && !done(); ++i)
        QCoreApplication::processEvents();
    return done();
}

QJsonObject objectOf(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError && doc.isObject() ? doc.object() : QJsonObject();
}

// What a successful open must have come from, checked independently of the client's code.
void checkOpenedFrom(const QJsonObject &header, const QByteArray &payload, SyncDocument *doc)
{
    const int status = header.value(u"status").toObject().value(u"code").toInt();
    SP_FUZZ_CHECK(status >= 200 && status < 300);
    const QJsonValue http = header.value(u"http_status").toObject().value(u"code");
    SP_FUZZ_CHECK(http.isDouble() && http.toInteger() >= 200 && http.toInteger() < 300);
    QJsonParseError error;
    const QJsonDocument body = QJsonDocument::fromJson(payload, &error);
    SP_FUZZ_CHECK(error.error == QJsonParseError::NoError && body.isObject());
    const QJsonObject res = body.object();
    SP_FUZZ_CHECK(res.value(u"data").isObject());
    SP_FUZZ_CHECK(res.value(u"data").toObject() == doc->data());
    SP_FUZZ_CHECK(res.value(u"revision").isString());
    SP_FUZZ_CHECK(
        !doc->revision().isEmpty() && res.value(u"revision").toString() == doc->revision());
    SP_FUZZ_CHECK(res.value(u"sid").toString() == doc->sid());
    SP_FUZZ_CHECK(res.value(u"last_event_id").toInteger(-1) == doc->lastEventId());
}

// A change of data must come from an event in this payload that carries exactly that data.
void checkChangeFrom(const QByteArray &payload, SyncDocument *doc)
{
    const QJsonObject n = objectOf(payload);
    QJsonArray events = n.value(u"events").toArray();
    if (n.value(u"event").isObject())
        events.append(n.value(u"event"));
    bool found = false;
    for (const QJsonValue &v : std::as_const(events)) {
        const QJsonObject e = v.toObject();
        if (e.value(u"document_data").isObject()
            && e.value(u"document_data").toObject() == doc->data()
            && e.value(u"document_revision").toString() == doc->revision()
            && !doc->revision().isEmpty() && e.value(u"document_sid").toString() == doc->sid())
            found = true;
    }
    SP_FUZZ_CHECK(found);
}

void play(const QList<QByteArray> &lines)
{
    SyncConnection connection;
    auto owned = std::make_unique<FuzzTransport>();
    FuzzTransport *transport = owned.get();
    connection.setTransport(std::move(owned));
    connection.connectToServer(QUrl(u"ws://127.0.0.1:9/v3/wsconnect"_s), u"fuzz-token"_s);
    SP_FUZZ_CHECK(spin([&] { return transport->last(u"init"_s) != nullptr; }));
    transport->inject(
        QJsonObject { { u"method"_s, u"reply"_s }, { u"id"_s, transport->last(u"init"_s)->id() },
            { u"status"_s, Twilsock::status(200, u"OK"_s) } },
        {});
    SP_FUZZ_CHECK(connection.state() == SyncConnection::State::Connected);

    auto future = connection.openDocument(u"Session_fuzz"_s, OpenMode::OpenExisting);
    SP_FUZZ_CHECK(spin([&] { return transport->last(u"message"_s) != nullptr; }));
    const QString getId = transport->last(u"message"_s)->id();
    QJsonObject header = objectOf(lines[0]);
    header.insert(u"method"_s, u"reply"_s);
    header.insert(u"id"_s, getId);
    transport->inject(header, lines[1]);
    SP_FUZZ_CHECK(spin([&] { return future.isFinished(); }));
    const SyncResult<SyncDocument *> opened = future.result();
    if (!isOk(opened)) {
        SP_FUZZ_CHECK(error(opened).isError());
        return;
    }
    SyncDocument *doc = value(opened);
    checkOpenedFrom(header, lines[1], doc);

    const int closes = transport->closes;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QJsonObject before = doc->data();
        transport->inject(
            QJsonObject { { u"method"_s, u"notification"_s }, { u"id"_s, u"TM%1"_s.arg(i) },
                { u"message_type"_s, u"com.twilio.rtd.cds.document"_s },
                { u"payload_type"_s, u"application/json"_s } },
            lines[i]);
        for (int round = 0; round < 3; ++round)
            QCoreApplication::processEvents();
        if (doc->data() != before)
            checkChangeFrom(lines[i], doc);
        SP_FUZZ_CHECK(transport->closes == closes);
        SP_FUZZ_CHECK(connection.state() == SyncConnection::State::Connected);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> lines = SpFuzz::splitLines(SpFuzz::bytes(data, size), 10);
    if (lines.size() < 2)
        return 0;
    play(lines);
    // Timers and watchers of the connection are deleted later: free them now, so that every
    // run ends with what it allocated freed (libFuzzer checks leaks otherwise, slowly).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}

#include "fuzz_cdsreplies.moc"
