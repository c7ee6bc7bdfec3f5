// Waits for a future of the client library while the event loop runs, and returns its result.
#pragma once

#include "syncresult.h"

#include <QFuture>
#include <QTest>

// A Timeout error when the future has not finished after `ms`, so a hung call fails its test
// instead of blocking in QFuture::result().
template <typename T>
SpSync::SyncResult<T> await(const QFuture<SpSync::SyncResult<T>> &future, int ms = 30000)
{
    using namespace Qt::StringLiterals;
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, ms))
        return SpSync::SyncError::make(
            SpSync::SyncError::Kind::Timeout, u"test gave up waiting after %1 ms"_s.arg(ms));
    return future.result();
}
