// codec_decode: Twilsock frame decoding throughput on 16 KiB frames against memcpy, over a
// stream of distinct frames larger than the caches (as from a socket) and cache-hot.
#pragma once

#include <QJsonObject>

namespace SpBench {
QList<QPair<QString, QJsonValue>> runCodecDecode(int frameBytes, double seconds);
} // namespace SpBench
