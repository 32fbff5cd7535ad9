// Takes the user guide's screenshots from the real application: opens a fresh database with the
// bundled catalog and demo patients, shows each page of the main window and saves it as PNG.
// Run under Xvfb by scripts/screenshots.sh.

#include "catalogpage.h"
#include "mainwindow.h"
#include "patientdialog.h"
#include "patientspage.h"
#include "patienttablemodel.h"

#include "clinic/clinicdatabase.h"
#include "clinic/patientservice.h"
#include "store/database.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <iostream>

namespace {
bool save(QWidget *w, const QString &dir, const QString &name)
{
    QTest::qWait(150);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!w->grab().save(path)) {
        std::cerr << "cannot write " << path.toStdString() << '\n';
        return false;
    }
    std::cout << path.toStdString() << '\n';
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    meso::clinic::setApplicationIdentity();
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/images");
    QDir().mkpath(out);
    QTemporaryDir tmp;
    meso::clinic::OpenOptions options;
    options.loadDemoData = true;
    auto db = meso::clinic::openClinicDatabase(tmp.filePath(QStringLiteral("clinic.sqlite")), options);
    meso::ui::MainWindow window(*db);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    bool ok = true;
    window.showPage(meso::ui::MainWindow::Patients);
    meso::ui::PatientsPage *patients = window.patientsPage();
    patients->view()->selectRow(1);
    ok = save(&window, out, QStringLiteral("patients")) && ok;
    patients->searchField()->setText(QStringLiteral("helene"));
    ok = save(&window, out, QStringLiteral("patients-search")) && ok;
    {
        meso::clinic::PatientService service(*db);
        const auto user = meso::clinic::ActingUser::builtInLocal(*db);
        meso::ui::PatientDialog dialog(service, user, patients->model()->patient(0), &window);
        dialog.show();
        if (QTest::qWaitForWindowExposed(&dialog))
            ok = save(&dialog, out, QStringLiteral("patient-edit")) && ok;
        dialog.close();
    }
    patients->searchField()->clear();
    window.showPage(meso::ui::MainWindow::Calendar);
    ok = save(&window, out, QStringLiteral("calendar")) && ok;
    window.showPage(meso::ui::MainWindow::Catalog);
    auto *tabs = window.catalogPage()->findChild<QTabWidget *>();
    const QStringList names = {QStringLiteral("catalog-ingredients"), QStringLiteral("catalog-protocols"),
                               QStringLiteral("catalog-rules")};
    for (int i = 0; tabs && i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        ok = save(&window, out, names.value(i)) && ok;
    }
    window.showPage(meso::ui::MainWindow::Settings);
    ok = save(&window, out, QStringLiteral("settings")) && ok;
    return ok ? 0 : 1;
}
