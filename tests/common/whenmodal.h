// Tests answer modal dialogs by polling for them: exec() blocks the test until one is answered.
#pragma once

#include <QApplication>
#include <QObject>
#include <QTimer>
#include <functional>

// Runs fn on the next modal widget of type T once it is shown.
template <typename T> void whenModal(std::function<void(T *)> fn, int triesLeft = 500)
{
    QTimer::singleShot(20, [fn, triesLeft] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget()))
            fn(dialog);
        else if (triesLeft > 0)
            whenModal<T>(fn, triesLeft - 1);
    });
}

// The same, given up when context goes: a question that may never come is not answered in a
// later test.
template <typename T>
void whenModalWhile(QObject *context, std::function<void(T *)> fn, int triesLeft = 50)
{
    QTimer::singleShot(20, context, [context, fn, triesLeft] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget()))
            fn(dialog);
        else if (triesLeft > 0)
            whenModalWhile<T>(context, fn, triesLeft - 1);
    });
}
