// Twilsock frame codec: any bytes either decode to a frame that re-encodes to an equal frame,
// or are refused with an error kind and a message.
#include "fuzzcommon.h"

#include <QJsonValue>
#include <twilsockframe.h>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = SpFuzz::bytes(data, size);
    const Twilsock::DecodeResult result = Twilsock::decode(input);
    if (!result.ok()) {
        SP_FUZZ_CHECK(result.error != Twilsock::DecodeError::None);
        SP_FUZZ_CHECK(!result.message.isEmpty());
        SP_FUZZ_CHECK(result.frame.header.isEmpty() && result.frame.payload.isEmpty());
        return 0;
    }
    const Twilsock::Frame &frame = result.frame;
    SP_FUZZ_CHECK(frame.header.value(u"method"_s).isString());
    SP_FUZZ_CHECK(frame.header.value(u"id"_s).isString());
    SP_FUZZ_CHECK(result.message.isEmpty());
    // An accepted payload_size is absent, null or exactly the payload's length.
    const QJsonValue size_ = frame.header.value(u"payload_size"_s);
    SP_FUZZ_CHECK(
        size_.isUndefined() || size_.isNull() || size_.toInteger(-1) == frame.payload.size());
    SP_FUZZ_CHECK(frame.payload.size() <= input.size());

    // Round trip: encode always sets payload_size, and what it writes decodes to the same frame.
    const QByteArray encoded = Twilsock::encode(frame);
    const Twilsock::DecodeResult again = Twilsock::decode(encoded);
    SP_FUZZ_CHECK(again.ok());
    SP_FUZZ_CHECK(again.frame.payload == frame.payload);
    QJsonObject expected = frame.header;
    expected.insert(u"payload_size"_s, frame.payload.size());
    SP_FUZZ_CHECK(again.frame.header == expected);
    SP_FUZZ_CHECK(again.frame.method() == frame.method() && again.frame.id() == frame.id());
    // Encoding is deterministic, so the second encoding is byte-identical.
    SP_FUZZ_CHECK(Twilsock::encode(again.frame) == encoded);

    // A truncated frame with a payload is refused, never read past its end.
    if (!frame.payload.isEmpty()) {
        const Twilsock::DecodeResult cut = Twilsock::decode(QByteArrayView(encoded).chopped(1));
        SP_FUZZ_CHECK(!cut.ok());
    }
    return 0;
}
