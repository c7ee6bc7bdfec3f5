// Library-internal helpers around SyncResult futures: shared promises and the `|` pipe.
#pragma once

#include "syncresult.h"

#include <memory>
#include <type_traits>
#include <utility>

namespace SpSync {

// A shared QPromise, so that chained handlers can keep and finish it.
template <typename T> using SharedPromise = std::shared_ptr<QPromise<SyncResult<T>>>;

template <typename T> SharedPromise<T> makeSharedPromise()
{
    auto p = std::make_shared<QPromise<SyncResult<T>>>();
    p->start();
    return p;
}

template <typename T> void finishPromise(const SharedPromise<T> &p, SyncResult<T> r)
{
    p->addResult(std::move(r));
    p->finish();
}

// Pipe form used inside the library: `future | onFinished(context, fn);`
template <typename F> struct OnFinished
{
    QObject *context;
    F fn;
};

template <typename F> OnFinished<std::decay_t<F>> onFinished(QObject *context, F &&fn)
{
    return { context, std::forward<F>(fn) };
}

template <typename T, typename F>
void operator|(const QFuture<SyncResult<T>> &future, OnFinished<F> &&handler)
{
    whenFinished(future, handler.context, std::move(handler.fn));
}

} // namespace SpSync
