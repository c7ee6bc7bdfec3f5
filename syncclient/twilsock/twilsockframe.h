// Twilsock v3 frame codec, shared by the client and the emulator.
// A frame is "TWILSOCK V3.0 <H>\r\n" + H bytes of JSON header + "\r\n" + payload_size bytes.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace Twilsock {

struct Frame
{
    QJsonObject header;
    QByteArray payload;

    QString method() const { return header.value(QLatin1String("method")).toString(); }
    QString id() const { return header.value(QLatin1String("id")).toString(); }
};

enum class DecodeError {
    None,
    BadPreamble, // not "TWILSOCK V3.0 <digits>\r\n"
    HeaderTruncated, // header length points past the end of the message
    HeaderNotJson, // header is not a JSON object
    MissingSeparator, // no CRLF after the header
    PayloadSizeMismatch, // payload_size disagrees with the bytes present
    MissingMethodOrId,
};

struct DecodeResult
{
    Frame frame;
    DecodeError error = DecodeError::None;
    QString message; // English, for logs and SyncError details

    bool ok() const { return error == DecodeError::None; }
};

// What may follow the payload_size bytes of payload.
enum class Trailing {
    CrlfOnly, // at most one CRLF (the Kotlin client adds one); anything else is an error
    Ignore, // anything, ignored (as the JS client does); for the client side
};

// Parses one whole WebSocket binary message. A missing payload_size means 0.
DecodeResult decode(QByteArrayView message, Trailing trailing = Trailing::CrlfOnly);

// Writes header + payload; payload_size is always set (safe for both client kinds).
QByteArray encode(QJsonObject header, const QByteArray &payload = {});
QByteArray encode(const Frame &frame);

// Standard Twilsock status object {code, status[, description, errorCode]}.
QJsonObject status(
    int code, const QString &text, const QString &description = {}, int errorCode = 0);

// A fresh message id in the JS client's form: "TM" + UUID with dashes.
QString newMessageId();

} // namespace Twilsock
