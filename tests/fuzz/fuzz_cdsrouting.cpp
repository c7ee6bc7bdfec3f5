// The emulator's request routing, as a Twilsock session drives it but without sockets: the input
// is one or more Twilsock frames back to back; each `message` frame's http_request goes through
// CdsRequest::fromTwilsock and CdsRouter::handle on a fresh in-memory store. Every reply must be a
// well-formed HTTP answer, and the store must agree with what a successful write reported.
#include "cdsrequest.h"
#include "cdsresponse.h"
#include "cdsrouter.h"
#include "documentstore.h"
#include "fuzzcommon.h"
#include "ratelimiter.h"
#include "subscriptionhub.h"

#include <QJsonDocument>
#include <twilsockframe.h>

using namespace Qt::StringLiterals;

using namespace SpEmu;

namespace {

struct Sink : NotificationSink
{
    int received = 0;
    void sendNotification(const QString &type, const QJsonObject &payload) override
    {
        SP_FUZZ_CHECK(!type.isEmpty());
        SP_FUZZ_CHECK(!payload.isEmpty());
        ++received;
    }
};

// Frames split at each preamble; a payload holding the preamble only splits a frame that the
// decoder then refuses, which is fine.
QList<QByteArray> splitFrames(const QByteArray &input)
{
    static const QByteArray preamble("TWILSOCK V3.0 ");
    QList<QByteArray> frames;
    qsizetype from = input.indexOf(preamble);
    while (from >= 0 && frames.size() < 16) {
        const qsizetype next = input.indexOf(preamble, from + 1);
        frames.append(input.mid(from, next < 0 ? -1 : next - from));
        from = next;
    }
    return frames;
}

QJsonObject parseObject(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }

void checkWellFormed(const CdsResponse &r)
{
    SP_FUZZ_CHECK(r.status >= 200 && r.status <= 599);
    SP_FUZZ_CHECK(!httpStatusText(r.status).isEmpty());
    if (r.status == 204) {
        SP_FUZZ_CHECK(r.body.isEmpty());
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    SP_FUZZ_CHECK(error.error == QJsonParseError::NoError && doc.isObject());
    if (r.status >= 400) {
        const QJsonObject o = doc.object();
        SP_FUZZ_CHECK(o.value(u"status").toInt() == r.status);
        SP_FUZZ_CHECK(o.value(u"code").isDouble());
        SP_FUZZ_CHECK(!o.value(u"message").toString().isEmpty());
        SP_FUZZ_CHECK(r.afterReply.empty()); // a refused request causes no events
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> frames = splitFrames(SpFuzz::bytes(data, size));
    if (frames.isEmpty())
        return 0;

    DocumentStore store;
    QString error;
    SP_FUZZ_CHECK(store.open({}, &error));
    SubscriptionHub hub;
    RateLimiter limiter;
    CdsRouter router(store, hub, limiter, u"AC00000000000000000000000000000e00"_s,
        u"IS00000000000000000000000000000e00"_s);
    router.setCdsBase(u"http://127.0.0.1:9876"_s);
    qint64 clock = 1'700'000'000'000;
    router.setClock([&clock] { return clock; });
    Sink sink;

    for (const QByteArray &bytes : frames) {
        const Twilsock::DecodeResult decoded = Twilsock::decode(bytes);
        if (!decoded.ok() || decoded.frame.method() != u"message")
            continue;
        const QJsonValue httpRequest = decoded.frame.header.value(u"http_request");
        if (!httpRequest.isObject())
            continue; // the session closes the connection (406) before routing
        clock += 250;
        const CdsRequest request
            = CdsRequest::fromTwilsock(httpRequest.toObject(), decoded.frame.payload);
        SP_FUZZ_CHECK(request.method == request.method.toUpper());
        SP_FUZZ_CHECK(!request.path.contains(u'?'));
        CdsResponse response = router.handle(request, CdsContext { u"fuzz"_s, &sink });
        checkWellFormed(response);
        for (const auto &after : response.afterReply)
            after();

        // A successful create or update is what a read sees next.
        const bool write
            = request.method == u"POST" && (response.status == 200 || response.status == 201);
        if (write && !request.path.contains(u"Subscriptions")) {
            const QJsonObject resource = parseObject(response.body);
            const QString sid = resource.value(u"sid").toString();
            SP_FUZZ_CHECK(sid.startsWith(u"ET"));
            SP_FUZZ_CHECK(!resource.contains(u"data")); // writes do not echo the data
            CdsRequest get;
            get.method = u"GET"_s;
            get.path = u"/v3/Documents/"_s + sid;
            const CdsResponse read = router.handle(get, CdsContext { u"fuzz"_s, &sink });
            SP_FUZZ_CHECK(read.status == 200);
            const QJsonObject stored = parseObject(read.body);
            SP_FUZZ_CHECK(stored.value(u"revision") == resource.value(u"revision"));
            SP_FUZZ_CHECK(stored.value(u"sid") == resource.value(u"sid"));
            const QJsonValue sent = parseObject(request.body).value(u"data");
            if (sent.isObject())
                SP_FUZZ_CHECK(stored.value(u"data") == sent);
        }
        if (request.method == u"DELETE" && response.status == 204) {
            CdsRequest get;
            get.method = u"GET"_s;
            get.path = request.path;
            SP_FUZZ_CHECK(router.handle(get, CdsContext { u"fuzz"_s, &sink }).status == 404);
        }
    }
    hub.removeSink(&sink);
    return 0;
}
