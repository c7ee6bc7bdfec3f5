#include "twilsockframe.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Twilsock {

namespace {
    constexpr QByteArrayView kPreamble("TWILSOCK V3.0 ");
    constexpr qsizetype kMaxHeaderDigits = 9;

    DecodeResult failure(DecodeError error, QString message)
    {
        DecodeResult r;
        r.error = error;
        r.message = std::move(message);
        return r;
    }
} // namespace

DecodeResult decode(QByteArrayView message, Trailing trailingBytes)
{
    if (!message.startsWith(kPreamble))
        return failure(DecodeError::BadPreamble, u"frame does not start with 'TWILSOCK V3.0 '"_s);

    qsizetype pos = kPreamble.size();
    qint64 headerSize = 0;
    qsizetype digits = 0;
    while (pos < message.size() && message[pos] >= '0' && message[pos] <= '9') {
        if (++digits > kMaxHeaderDigits)
            return failure(DecodeError::BadPreamble, u"header length has too many digits"_s);
        headerSize = headerSize * 10 + (message[pos] - '0');
        ++pos;
    }
    if (digits == 0 || pos + 1 >= message.size() || message[pos] != '\r'
        || message[pos + 1] != '\n')
        return failure(DecodeError::BadPreamble, u"malformed header length line"_s);
    pos += 2;

    if (headerSize > message.size() - pos)
        return failure(DecodeError::HeaderTruncated,
            u"header length %1 runs past the end of a %2-byte frame"_s.arg(headerSize)
                .arg(message.size()));

    QJsonParseError parseError;
    // No copy: fromJson only reads the bytes while message is alive.
    const QByteArray headerBytes = QByteArray::fromRawData(message.data() + pos, headerSize);
    const QJsonDocument doc = QJsonDocument::fromJson(headerBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return failure(DecodeError::HeaderNotJson,
            u"header is not a JSON object: %1"_s.arg(parseError.errorString()));
    pos += headerSize;

    DecodeResult r;
    r.frame.header = doc.object();
    const QJsonValue sizeValue = r.frame.header.value(u"payload_size"_s);
    const qint64 payloadSize
        = sizeValue.isUndefined() || sizeValue.isNull() ? 0 : sizeValue.toInteger(-1);
    if (payloadSize < 0)
        return failure(
            DecodeError::PayloadSizeMismatch, u"payload_size is not a non-negative integer"_s);

    const qsizetype rest = message.size() - pos;
    if (rest < 2) {
        // Only a frame with no payload may omit the CRLF after the header.
        if (payloadSize != 0 || (rest != 0 && trailingBytes != Trailing::Ignore))
            return failure(DecodeError::MissingSeparator, u"no CRLF after the header"_s);
    } else {
        if (message[pos] != '\r' || message[pos + 1] != '\n')
            return failure(DecodeError::MissingSeparator, u"no CRLF after the header"_s);
        pos += 2;
        const qsizetype trailing = message.size() - pos - payloadSize;
        const bool tolerated = trailing > 0 && trailingBytes == Trailing::Ignore;
        if (trailing != 0 && !tolerated && !(trailing == 2 && message.endsWith("\r\n")))
            return failure(DecodeError::PayloadSizeMismatch,
                u"payload_size %1 but %2 bytes follow the header"_s.arg(payloadSize)
                    .arg(message.size() - pos));
        r.frame.payload = message.sliced(pos, payloadSize).toByteArray();
    }

    if (!r.frame.header.value(u"method"_s).isString() || !r.frame.header.value(u"id"_s).isString())
        return failure(DecodeError::MissingMethodOrId, u"header lacks 'method' or 'id'"_s);
    return r;
}

QByteArray encode(QJsonObject header, const QByteArray &payload)
{
    header.insert(u"payload_size"_s, payload.size());
    const QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray out;
    out.reserve(kPreamble.size() + 12 + headerBytes.size() + payload.size());
    out.append(kPreamble.data(), kPreamble.size());
    out.append(QByteArray::number(headerBytes.size()));
    out.append("\r\n");
    out.append(headerBytes);
    out.append("\r\n");
    out.append(payload);
    return out;
}

QByteArray encode(const Frame &frame) { return encode(frame.header, frame.payload); }

QJsonObject status(int code, const QString &text, const QString &description, int errorCode)
{
    QJsonObject s { { u"code"_s, code }, { u"status"_s, text } };
    if (!description.isEmpty())
        s.insert(u"description"_s, description);
    if (errorCode != 0)
        s.insert(u"errorCode"_s, errorCode);
    return s;
}

QString newMessageId() { return u"TM"_s + QUuid::createUuid().toString(QUuid::WithoutBraces); }

} // namespace Twilsock
