// Shared by the libFuzzer targets and their replay driver: Qt set-up, input splitting, and a
// check that aborts (so libFuzzer saves the input) when an invariant does not hold.
#pragma once

#include <QByteArray>
#include <QList>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace SpFuzz {

// Aborts with the message and the failed condition; never returns when `ok` is false.
void check(bool ok, const char *what, const char *file, int line);

// The input as bytes (copied; Qt APIs want QByteArray).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits at '\n' into at most maxParts parts; the last part keeps any further newlines.
QList<QByteArray> splitLines(const QByteArray &input, int maxParts);

} // namespace SpFuzz

#define SP_FUZZ_CHECK(cond) SpFuzz::check(bool(cond), #cond, __FILE__, __LINE__)
