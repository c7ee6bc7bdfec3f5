// SyncResult<T>: a value or a SyncError, returned through QFuture by every async call.
#pragma once

#include "syncerror.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <utility>
#include <variant>

namespace SpSync {

template <typename T> using SyncResult = std::variant<T, SyncError>;

template <typename T> bool isOk(const SyncResult<T> &r) { return std::holds_alternative<T>(r); }

template <typename T> const T &value(const SyncResult<T> &r) { return std::get<T>(r); }

template <typename T> T &value(SyncResult<T> &r) { return std::get<T>(r); }

// The error, or a NoError value when r holds a result.
template <typename T> SyncError error(const SyncResult<T> &r)
{
    const auto *e = std::get_if<SyncError>(&r);
    return e ? *e : SyncError {};
}

// An already finished future holding r.
template <typename T> QFuture<SyncResult<T>> readyResult(SyncResult<T> r)
{
    QPromise<SyncResult<T>> promise;
    promise.start();
    promise.addResult(std::move(r));
    promise.finish();
    return promise.future();
}

template <typename T> QFuture<SyncResult<T>> readyError(SyncError e)
{
    return readyResult<T>(SyncResult<T>(std::move(e)));
}

// Calls fn(result) in context's thread once future finishes; never if context dies first.
// Use it instead of QFuture::then(context, ...) when context may be destroyed before the future
// finishes: Qt 6.4's then() asserts on a dead context (Q_ASSERT(context) in qfuture_impl.h).
// A future abandoned without a result (its promise destroyed) yields a Transport error.
template <typename T, typename F>
void whenFinished(const QFuture<SyncResult<T>> &future, QObject *context, F &&fn)
{
    auto *watcher = new QFutureWatcher<SyncResult<T>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
        [watcher, fn = std::forward<F>(fn)]() mutable {
            watcher->deleteLater();
            const QFuture<SyncResult<T>> f = watcher->future();
            if (f.resultCount() > 0)
                fn(f.result());
            else
                fn(SyncResult<T>(SyncError::make(
                    SyncError::Kind::Transport, QStringLiteral("the operation was abandoned"))));
        });
    watcher->setFuture(future);
}

} // namespace SpSync
