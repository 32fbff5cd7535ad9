// Takes the user guide's screenshots from the real application: opens a fresh database with the
// bundled catalog and demo patients, shows each page of the main window and saves it as PNG.
// Run under Xvfb by scripts/screenshots.sh.

#include "catalogpage.h"
#include "consultationdialog.h"
#include "mainwindow.h"
#include "patientdialog.h"
#include "patientspage.h"
#include "patienttablemodel.h"

#include "clinic/assessmentservice.h"
#include "clinic/clinicdatabase.h"
#include "clinic/consultationservice.h"
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
    {
        // A consultation with two requests, a condition, a site condition and an unknown
        // medication, so that the screening panel shows each severity.
        meso::clinic::AssessmentService assessments(*db);
        meso::clinic::ConsultationService consultations(*db, assessments);
        const auto user = meso::clinic::ActingUser::builtInLocal(*db);
        meso::store::ConsultationRecord c;
        c.patientId = patients->model()->patient(0).id;
        c.date = QDate::currentDate();
        c.intake = QStringLiteral(
            R"({"patient": {"birth_date": "1979-07-02", "sex": "female", "fitzpatrick": 4}, "date": "%1",
                "requests": [{"indication": "skin_rejuvenation", "area": "face"}, {"indication": "hair_loss", "area": "scalp"}],
                "conditions": ["autoimmune_disease"], "site_conditions": [{"condition": "herpes_active", "area": "face"}],
                "medications": ["aspirin", "Herbal mix 42"], "allergies": ["lidocaine"]})")
                       .arg(QDate::currentDate().toString(Qt::ISODate));
        const qint64 id = consultations.saveDraft(user, c);
        meso::ui::ConsultationDialog dialog(consultations, assessments, user, patients->model()->patient(0),
                                           consultations.find(user, id), &window);
        dialog.resize(1180, 860);
        dialog.show();
        if (QTest::qWaitForWindowExposed(&dialog)) {
            dialog.screenNow();
            ok = save(&dialog, out, QStringLiteral("consultation")) && ok;
            auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("rightTabs"));
            if (tabs) {
                tabs->setCurrentIndex(1);
                ok = save(&dialog, out, QStringLiteral("consultation-plans")) && ok;
            }
            // The printed plan; scripts/screenshots.sh renders its first page as an image.
            ok = dialog.exportPlanPdf(QDir(out).filePath(QStringLiteral("plan.pdf"))) && ok;
        }
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
