#include "codecbench.h"

#include "benchline.h"
#include "twilsockframe.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <cstring>

using namespace Qt::StringLiterals;

namespace SpBench {

namespace {
    // A document update notification as the emulator sends it, padded to frameBytes in total.
    QByteArray makeFrame(int frameBytes)
    {
        QJsonObject header { { u"method"_s, u"message"_s }, { u"id"_s, Twilsock::newMessageId() },
            { u"message_type"_s, u"com.twilio.rtd.cds.document"_s } };
        const QByteArray prefix = R"({"event_type":"document_updated","document_data":{"pad":")";
        // payload_size's digit count depends on the fill: adjust until the frame has frameBytes.
        int fill = frameBytes;
        QByteArray frame;
        for (int i = 0; i < 4; ++i) {
            frame = Twilsock::encode(header, prefix + QByteArray(qMax(0, fill), 'x') + "\"}}");
            fill += frameBytes - int(frame.size());
        }
        return frame;
    }

    // Repeats fn over the time budget; returns MB/s for `bytes` per call.
    template <typename Fn> double throughput(qsizetype bytes, double seconds, Fn fn)
    {
        QElapsedTimer t;
        t.start();
        qint64 calls = 0;
        const qint64 budgetNs = qint64(seconds * 1e9);
        while (t.nsecsElapsed() < budgetNs) {
            for (int i = 0; i < 64; ++i)
                fn();
            calls += 64;
        }
        return double(calls) * double(bytes) / (double(t.nsecsElapsed()) / 1e9) / 1e6;
    }
} // namespace

QList<QPair<QString, QJsonValue>> runCodecDecode(int frameBytes, double seconds)
{
    // A stream of distinct frames (64 MiB, beyond the CPU caches) as they arrive from the
    // socket, and the same frame over and over (cache-hot) for comparison.
    QList<QByteArray> stream;
    for (qsizetype bytes = 0; bytes < 64 * 1024 * 1024; bytes += frameBytes)
        stream.append(makeFrame(frameBytes));
    const QByteArray &frame = stream.first();
    QByteArray target(frame.size(), Qt::Uninitialized);
    qsizetype sink = 0, next = 0;
    auto decodeOne = [&](const QByteArray &f) {
        const Twilsock::DecodeResult r = Twilsock::decode(f);
        sink += r.frame.payload.size() + (r.ok() ? 1 : 0);
    };
    auto copyOne = [&](const QByteArray &f) {
        std::memcpy(target.data(), f.constData(), size_t(f.size()));
        asm volatile("" : : "r"(target.data()) : "memory"); // keep the copy
        sink += target.at(f.size() / 2);
    };
    auto nextFrame = [&]() -> const QByteArray & { return stream.at(next++ % stream.size()); };
    const double decode = throughput(frame.size(), seconds, [&] { decodeOne(nextFrame()); });
    const double copy = throughput(frame.size(), seconds, [&] { copyOne(nextFrame()); });
    const double hotDecode = throughput(frame.size(), seconds, [&] { decodeOne(frame); });
    const double hotCopy = throughput(frame.size(), seconds, [&] { copyOne(frame); });
    return { { u"name"_s, u"codec_decode"_s }, { u"frame_bytes"_s, int(frame.size()) },
        { u"mb_per_s"_s, round3(decode) }, { u"memcpy_mb_per_s"_s, round3(copy) },
        { u"ratio"_s, round3(decode / copy) }, { u"hot_mb_per_s"_s, round3(hotDecode) },
        { u"hot_memcpy_mb_per_s"_s, round3(hotCopy) },
        { u"hot_ratio"_s, round3(hotDecode / hotCopy) }, { u"checksum"_s, double(sink % 1000) } };
}

} // namespace SpBench
