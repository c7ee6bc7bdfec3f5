#include "codecbench.h"

#include "benchline.h"
#include "twilsock/twilsockframe.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <cstring>

namespace SpBench {

namespace {
    // A document update notification as the emulator sends it, padded to frameBytes in total.
    QByteArray makeFrame(int frameBytes)
    {
        QJsonObject header { { QStringLiteral("method"), QStringLiteral("message") },
            { QStringLiteral("id"), Twilsock::newMessageId() },
            { QStringLiteral("message_type"), QStringLiteral("com.twilio.rtd.cds.document") } };
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
    return { { QStringLiteral("name"), QStringLiteral("codec_decode") },
        { QStringLiteral("frame_bytes"), int(frame.size()) },
        { QStringLiteral("mb_per_s"), round3(decode) },
        { QStringLiteral("memcpy_mb_per_s"), round3(copy) },
        { QStringLiteral("ratio"), round3(decode / copy) },
        { QStringLiteral("hot_mb_per_s"), round3(hotDecode) },
        { QStringLiteral("hot_memcpy_mb_per_s"), round3(hotCopy) },
        { QStringLiteral("hot_ratio"), round3(hotDecode / hotCopy) },
        { QStringLiteral("checksum"), double(sink % 1000) } };
}

} // namespace SpBench
