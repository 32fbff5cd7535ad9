#include "application.h"

#include "plaintext.h"

#include "records/storeerror.h"

#include <QPointer>
#include <QTimer>

namespace meso::ui {

int Application::s_reported = 0;

namespace {

QPointer<QMessageBox> g_shown;

} // namespace

Application::Application(int &argc, char **argv) : QApplication(argc, argv) {}

bool Application::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const records::StoreError &e) {
        reportError(
            tr("The database could not complete this action: nothing of it was saved.\n\n%1")
                .arg(e.message()));
    } catch (const std::exception &e) {
        reportError(
            tr("This action failed and was not completed: %1").arg(QString::fromUtf8(e.what())));
    }
    return false;
}

int Application::errorsReported()
{
    return s_reported;
}

void Application::reportError(const QString &message)
{
    ++s_reported;
    // Also in the support log (clinic/logfile.h), which leaves quoted texts out.
    qCritical("%s", qUtf8Printable(message));
    if (g_shown) {
        g_shown->setText(g_shown->text() + QStringLiteral("\n\n") + message);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Critical, tr("MesoPlan"), message, QMessageBox::Close);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    g_shown = box;
    // After the event that failed: never a nested event loop inside a paint or a layout.
    QTimer::singleShot(0, box, [box] { box->open(); });
}

} // namespace meso::ui
