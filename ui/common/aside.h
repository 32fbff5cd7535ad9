#pragma once

#include "clinic/clinicdatabase.h"
#include "clinic/services.h"

#include <QEventLoop>
#include <QObject>
#include <QProgressDialog>
#include <QThread>

#include <exception>
#include <functional>
#include <memory>
#include <optional>

namespace meso::ui {

// Long work on a thread of its own, while the window keeps repainting and, after a moment
// (quick work shows nothing), a progress dialog says what is happening. Clicks and keys wait
// until it is done: nothing else starts meanwhile. Returns the work's result; its exception is
// thrown here, on the GUI thread, as if the work had run here. `work` must not touch widgets,
// nor a database connection of the GUI thread.
template <typename Result>
Result runInThread(QWidget *parent, const QString &what, const std::function<Result()> &work)
{
    std::optional<Result> result;
    std::exception_ptr error;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        try {
            result.emplace(work());
        } catch (...) {
            error = std::current_exception();
        }
    }));
    QProgressDialog progress(what, QString(), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setCancelButton(nullptr);
    QEventLoop loop;
    // Queued (the thread emits it): it reaches the loop even when the work ends before exec().
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    if (error)
        std::rethrow_exception(error);
    return std::move(*result);
}

// The same for work on the clinic's database (a backup, checking the audit chain, an export):
// through services of its own, on a connection of its own to the same database.
template <typename Result>
Result runAside(QWidget *parent, const QString &what, const clinic::Services &services,
                const std::function<Result(clinic::Services &)> &work)
{
    return runInThread<Result>(parent, what, [&services, &work] {
        const auto own = clinic::openAnotherConnection(services.db());
        clinic::Services aside(*own);
        return work(aside);
    });
}

} // namespace meso::ui
