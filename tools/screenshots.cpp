// Takes the user guide's screenshots from the real application: opens a fresh database with the
// bundled catalog and demo patients and accounts, creates the administrator on the first start,
// signs in, goes through each screen as a practitioner (then the administrator) would and saves it
// as PNG, with the printed documents as PDFs. Run under Xvfb by scripts/screenshots.sh.

#include "aboutdialog.h"
#include "adverseeventdialog.h"
#include "auditpage.h"
#include "billingpage.h"
#include "bodymapwidget.h"
#include "bookseriesdialog.h"
#include "calendarpage.h"
#include "calendarview.h"
#include "catalogpage.h"
#include "clinicsetupdialog.h"
#include "connectiondialog.h"
#include "consultationdialog.h"
#include "firstadmindialog.h"
#include "helpwindow.h"
#include "historyview.h"
#include "idlelock.h"
#include "importpatientsdialog.h"
#include "lockoverlay.h"
#include "mainwindow.h"
#include "patientdialog.h"
#include "patientspage.h"
#include "patienttablemodel.h"
#include "photodialog.h"
#include "planpanel.h"
#include "progressview.h"
#include "recallspage.h"
#include "remindersdialog.h"
#include "reportspage.h"
#include "sessiondialog.h"
#include "settingspage.h"
#include "setupassistant.h"
#include "signindialog.h"
#include "startup.h"
#include "stockpage.h"
#include "tones.h"
#include "userdialog.h"
#include "userspage.h"

#include "clinic/clinicdatabase.h"
#include "clinic/clinictime.h"
#include "clinic/demogenerator.h"
#include "clinic/language.h"
#include "clinic/services.h"
#include "records/consultationrecord.h"
#include "records/patientrecord.h"
#include "records/strings.h"
#include "store/bookingrepository.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <QVBoxLayout>
#include <tuple>

#include <iostream>

using namespace meso;

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

// Saves the modal dialog `open` shows, then closes it.
bool saveModal(const std::function<void()> &open, const QString &dir, const QString &name)
{
    bool ok = false;
    QTimer::singleShot(300, [&] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            ok = save(dialog, dir, name);
            dialog->close();
        }
    });
    open();
    return ok;
}

// A consultation of the patient dated today (%1 in the intake), signed if asked; returns its id.
qint64 consultation(clinic::Services &s, const clinic::ActingUser &user, qint64 patientId,
                    const QString &intake, bool sign)
{
    records::ConsultationRecord c;
    c.patientId = patientId;
    c.date = QDate::currentDate();
    c.intake = intake.arg(c.date.toString(Qt::ISODate));
    return sign ? s.consultations.sign(user, c).id : s.consultations.saveDraft(user, c).id;
}

// A made-up clinic logo for the screenshots.
QByteArray demoLogo()
{
    QImage image(160, 80, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(0x2a, 0x7a, 0x6f));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(4, 4, 72, 72));
    p.setPen(Qt::white);
    QFont font = p.font();
    font.setPixelSize(34);
    font.setBold(true);
    p.setFont(font);
    p.drawText(QRectF(4, 4, 72, 72), Qt::AlignCenter, QStringLiteral("CT"));
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    clinic::setApplicationIdentity();
    // usage: mesoplan-screenshots [OUT [LANGUAGE [dark]]]
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/images");
    const QString lang = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("en");
    clinic::installLanguage(lang);
    if (argc > 3 && QString::fromLocal8Bit(argv[3]) == QLatin1String("dark")) {
        // As on a desktop with a dark theme: every colour drawn for the palette must stay readable.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(ui::darkPalette());
    }
    QDir().mkpath(out);
    QTemporaryDir tmp;
    clinic::OpenOptions options;
    options.loadDemoData = true;
    auto db = clinic::openClinicDatabase(tmp.filePath(QStringLiteral("clinic.sqlite")), options);
    clinic::Services services(*db);
    bool ok = true;
    const QString location = QStringLiteral("/home/clinic/.local/share/MesoPlan/mesoplan.sqlite");
    {
        // The first start: the administrator's account.
        ui::FirstAdminDialog first(services.users, location);
        first.usernameEdit()->setText(QStringLiteral("amoreau"));
        first.nameEdit()->setText(QStringLiteral("Alice Moreau"));
        first.passwordEdit()->setText(QStringLiteral("correct horse battery"));
        first.repeatEdit()->setText(QStringLiteral("correct horse battery"));
        first.show();
        if (QTest::qWaitForWindowExposed(&first))
            ok = save(&first, out, QStringLiteral("first-start")) && ok;
    }
    const clinic::ActingUser admin =
        services.users.createFirstAdmin(QStringLiteral("amoreau"), QStringLiteral("Alice Moreau"),
                                        QStringLiteral("correct horse battery"));
    {
        // A new clinic's first window: no patient yet, and what to do first.
        auto empty = clinic::openClinicDatabase(tmp.filePath(QStringLiteral("new.sqlite")));
        ui::MainWindow firstDay(*empty, clinic::ActingUser::system(*empty));
        firstDay.resize(1366, 768);
        firstDay.show();
        if (QTest::qWaitForWindowExposed(&firstDay))
            ok = save(&firstDay, out, QStringLiteral("patients-empty")) && ok;
        // The setup assistant of that clinic's first administrator, each page.
        clinic::Services emptyServices(*empty);
        const clinic::ActingUser first = emptyServices.users.createFirstAdmin(
            QStringLiteral("amoreau"), QStringLiteral("Alice Moreau"),
            QStringLiteral("correct horse battery"));
        for (const auto &[username, name, role] :
             {std::tuple{"claire.martin", "Dr Claire Martin", "practitioner"},
              std::tuple{"sophie.laurent", "Sophie Laurent", "front_desk"}}) {
            records::UserRecord account;
            account.username = QLatin1String(username);
            account.displayName = QString::fromUtf8(name);
            account.role = QLatin1String(role);
            emptyServices.users.addUser(first, account, QStringLiteral("correct horse battery"));
        }
        ui::SetupAssistant assistant(emptyServices, first);
        assistant.show();
        if (QTest::qWaitForWindowExposed(&assistant)) {
            assistant.clinicNameEdit()->setText(QStringLiteral("Clinique des Tilleuls"));
            assistant.clinicAddressEdit()->setPlainText(
                QStringLiteral("12 avenue Foch\n69006 Lyon"));
            assistant.clinicPhoneEdit()->setText(QStringLiteral("+33 4 78 00 00 00"));
            QFile logoFile(tmp.filePath(QStringLiteral("logo.png")));
            if (logoFile.open(QIODevice::WriteOnly) && logoFile.write(demoLogo()) > 0) {
                logoFile.close();
                ok = assistant.useLogoFile(logoFile.fileName()) && ok;
            }
            const QStringList names = {QStringLiteral("setup-clinic"),
                                       QStringLiteral("setup-staff"), QStringLiteral("setup-hours"),
                                       QStringLiteral("setup-patients"),
                                       QStringLiteral("setup-summary")};
            for (const QString &name : names) {
                ok = save(&assistant, out, name) && ok;
                if (name == QLatin1String("setup-patients"))
                    assistant.skip();
                else
                    assistant.next();
            }
        }
    }
    {
        // Signing in: a wrong password first.
        ui::SignInDialog signIn(services.users, location);
        signIn.usernameEdit()->setText(QStringLiteral("claire.martin"));
        signIn.passwordEdit()->setText(QStringLiteral("not-the-password"));
        signIn.signIn();
        signIn.passwordEdit()->setText(QStringLiteral("mesoplan-demo"));
        signIn.show();
        signIn.passwordEdit()->deselect();
        if (QTest::qWaitForWindowExposed(&signIn))
            ok = save(&signIn, out, QStringLiteral("sign-in")) && ok;
    }
    const auto user =
        services.users.signIn(QStringLiteral("claire.martin"), QStringLiteral("mesoplan-demo"));
    services.profile.setProfile(admin, {QStringLiteral("Clinique des Tilleuls"),
                                        QStringLiteral("12 avenue Foch\n69006 Lyon"),
                                        QStringLiteral("+33 4 78 00 00 00"),
                                        QStringLiteral("accueil@clinique-tilleuls.example"),
                                        demoLogo(), QStringLiteral("FR")});
    ui::MainWindow window(*db, user);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.showPage(ui::MainWindow::Patients);
    ui::PatientsPage *patients = window.patientsPage();
    patients->view()->selectRow(1);
    ok = save(&window, out, QStringLiteral("patients")) && ok;
    patients->searchField()->setText(QStringLiteral("helene"));
    patients->view()->selectRow(0);
    ok = save(&window, out, QStringLiteral("patients-search")) && ok;
    const records::PatientRecord helene = patients->model()->patient(0);
    {
        ui::PatientDialog dialog(services.patients, user, helene, &window);
        dialog.show();
        if (QTest::qWaitForWindowExposed(&dialog))
            ok = save(&dialog, out, QStringLiteral("patient-edit")) && ok;
        dialog.close();
    }
    {
        // A draft with two requests, a condition, a site condition and an unknown medication,
        // so that the screening panel shows each severity and the body map its marks.
        const qint64 id = consultation(
            services, user, helene.id,
            QStringLiteral(
                R"({"patient": {"birth_date": "1979-07-02", "sex": "female", "fitzpatrick": 4}, "date": "%1",
                "requests": [{"indication": "skin_rejuvenation", "area": "face"}, {"indication": "hair_loss", "area": "scalp"}],
                "conditions": ["autoimmune_disease"], "site_conditions": [{"condition": "herpes_active", "area": "periorbital"}],
                "medications": ["aspirin", "Herbal mix 42"], "allergies": ["lidocaine"]})"),
            false);
        ui::ConsultationDialog dialog(services, user, helene, services.consultations.find(user, id),
                                      &window);
        dialog.show();
        if (QTest::qWaitForWindowExposed(&dialog)) {
            dialog.screenNow();
            ok = save(&dialog, out, QStringLiteral("consultation")) && ok;
            auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("rightTabs"));
            tabs->setCurrentIndex(1);
            ok = save(&dialog, out, QStringLiteral("consultation-plans")) && ok;
            ok =
                dialog.exportPlanPdf(QDir(out).filePath(QStringLiteral("plan-proposed.pdf"))) && ok;
        }
        dialog.close();
    }
    {
        // A clean consultation with an anticoagulant, signed: the plan panel with a relative
        // finding to override, then approved, consented and printed.
        const qint64 id = consultation(
            services, user, helene.id,
            QStringLiteral(
                R"({"patient": {"birth_date": "1979-07-02", "sex": "female", "fitzpatrick": 3}, "date": "%1",
                "requests": [{"indication": "skin_rejuvenation", "area": "face"}], "medications": ["warfarin"]})"),
            true);
        ui::ConsultationDialog dialog(services, user, helene, services.consultations.find(user, id),
                                      &window);
        dialog.show();
        if (QTest::qWaitForWindowExposed(&dialog)) {
            dialog.findChild<QTabWidget *>(QStringLiteral("rightTabs"))->setCurrentIndex(1);
            ui::PlanPanel *panel = dialog.planPanel();
            ok = save(&dialog, out, QStringLiteral("plan-review")) && ok;
            panel->findingList()->setCurrentRow(0);
            panel->overrideButton()->click();
            if (auto *o = panel->findChild<ui::OverrideDialog *>()) {
                if (!QTest::qWaitForWindowExposed(o))
                    ok = false;
                o->reasonBox()->setCurrentIndex(
                    o->reasonBox()->findData(QStringLiteral("physician_clearance")));
                o->commentEdit()->setPlainText(
                    QStringLiteral("INR stable at 2.1; letter from Dr Weber on file"));
                ok = save(o, out, QStringLiteral("plan-override")) && ok;
                o->okButton()->click();
            }
            QTest::qWait(100);
            panel->approveButton()->click();
            panel->consentButton()->click();
            if (auto *consent = panel->findChild<ui::ConsentDialog *>()) {
                if (!QTest::qWaitForWindowExposed(consent))
                    ok = false;
                ok = save(consent, out, QStringLiteral("plan-consent")) && ok;
                consent->okButton()->click();
            }
            QTest::qWait(100);
            ok = save(&dialog, out, QStringLiteral("plan-approved")) && ok;
            ok = saveModal([panel] { panel->printPreview(ui::PlanDocument::ConsentForm); }, out,
                           QStringLiteral("print-preview")) &&
                 ok;
            for (auto [kind, name] : {std::pair{ui::PlanDocument::PlanAndQuote, "plan"},
                                      std::pair{ui::PlanDocument::ConsentForm, "consent"},
                                      std::pair{ui::PlanDocument::AftercareSheet, "aftercare"}})
                ok = panel->exportPdf(
                         kind, QDir(out).filePath(QLatin1String(name) + QStringLiteral(".pdf"))) &&
                     ok;
            panel->reviseButton()->click();
        }
        dialog.close();
    }
    // The history of the patient: both consultations, the plan in its two versions.
    patients->view()->clearSelection();
    patients->view()->selectRow(0);
    QTest::qWait(50);
    ok = save(&window, out, QStringLiteral("patients-history")) && ok;
    {
        // Locked while a consultation is open: both windows covered, titles without the patient.
        ui::ConsultationDialog dialog(services, user, helene, std::nullopt, &window);
        dialog.resize(900, 560);
        dialog.show();
        if (QTest::qWaitForWindowExposed(&dialog)) {
            window.idleLock()->lock();
            QTest::qWait(100);
            ok = save(&window, out, QStringLiteral("locked")) && ok;
            if (auto *cover = dialog.findChild<ui::LockOverlay *>()) {
                cover->passwordEdit()->setText(QStringLiteral("wrong password"));
                cover->unlockButton()->click();
            }
            ok = save(&dialog, out, QStringLiteral("locked-dialog")) && ok;
            ok = window.idleLock()->unlock(QStringLiteral("mesoplan-demo")) && ok;
        }
        dialog.close();
    }
    patients->searchField()->clear();
    {
        // A busy week: approved plans of other demo patients booked from next Monday.
        const QDate monday = QDate::currentDate().addDays(8 - QDate::currentDate().dayOfWeek());
        const char *requests[][2] = {{"hair_loss", "scalp"},        {"cellulite", "thighs"},
                                     {"skin_rejuvenation", "neck"}, {"under_eye", "tear_trough"},
                                     {"stretch_marks", "abdomen"},  {"skin_hydration", "face"}};
        const auto demo = services.patients.search(user, QString(), 12);
        for (size_t i = 0; i < 6 && i + 1 < demo.size(); ++i) {
            const qint64 id = consultation(
                services, user, demo[i + 1].id,
                QStringLiteral(
                    R"({"patient": {"birth_date": "%2"}, "date": "%1", "requests": [{"indication": "%3", "area": "%4"}]})")
                    .arg(QStringLiteral("%1"), demo[i + 1].birthDate.toString(Qt::ISODate),
                         QLatin1String(requests[i][0]), QLatin1String(requests[i][1])),
                true);
            const qint64 plan =
                services.plans.saveDraft(user, services.plans.current(user, id, 0).record);
            services.plans.approve(user, plan, services.plans.view(user, plan).record.rowVersion);
            clinic::BookingPreferences from;
            from.earliest = monday.addDays(static_cast<qint64>(i % 3));
            if (i < 5) // the last one stays waiting, for the screenshot of the list
                services.booking.bookBest(user, plan, from);
        }
        window.showPage(ui::MainWindow::Calendar);
        ui::CalendarPage *calendar = window.calendarPage();
        calendar->refresh();
        // "Book series" for the first plan waiting, from next Monday.
        ok = saveModal(
                 [&] {
                     QTimer::singleShot(100, [monday] {
                         if (auto *dialog = qobject_cast<ui::BookSeriesDialog *>(
                                 QApplication::activeModalWidget())) {
                             dialog->findChild<QDateEdit *>()->setDate(monday);
                             dialog->weekdayBox(2)->setChecked(true);
                             dialog->weekdayBox(4)->setChecked(true);
                             dialog->propose();
                         }
                     });
                     calendar->bookSelectedPlan();
                 },
                 out, QStringLiteral("book-series")) &&
             ok;
        calendar->setView(ui::CalendarPage::DayView, ui::CalendarPage::Practitioners);
        calendar->showDate(monday);
        calendar->dayTable()->selectRow(0);
        ok = save(&window, out, QStringLiteral("calendar")) && ok;
        // Dragging a session onto a practitioner who does not perform its protocol: refused live.
        ui::CalendarView *view = calendar->calendar();
        const auto monday0 = services.booking.between(user, QDateTime(monday, QTime(0, 0)),
                                                      QDateTime(monday.addDays(1), QTime(0, 0)));
        if (!monday0.empty()) {
            const QRect box = view->itemRect(monday0.front().id);
            const QDateTime start = clinic::toDateTime(monday0.front().start);
            QTest::mousePress(view, Qt::LeftButton, {}, box.center());
            // Onto Dr Hugo Bernard's column (the second, by name), an hour later.
            QTest::mouseMove(
                view, view->pointFor(1, start.time().hour() * 60 + start.time().minute() + 60) +
                          QPoint(0, box.height() / 2));
            ok = save(&window, out, QStringLiteral("calendar-drag")) && ok;
            QTest::mouseMove(view, box.center());
            QTest::mouseRelease(view, Qt::LeftButton, {}, box.center());
        }
        calendar->setView(ui::CalendarPage::WeekView, ui::CalendarPage::Rooms);
        ok = save(&window, out, QStringLiteral("calendar-week")) && ok;
        calendar->setView(ui::CalendarPage::DayView, ui::CalendarPage::Practitioners);
        ok = calendar->exportDaySheet(QDir(out).filePath(QStringLiteral("day-sheet.pdf"))) && ok;
    }
    {
        // The treatment session: a demo patient's course of three sessions today (the calendar
        // books only slots to come, so the appointments are put on this morning directly), two
        // recorded, the third in "Record session" with a volume above the catalog's maximum.
        const auto demo = services.patients.search(user, QString(), 12);
        const records::PatientRecord &patient = demo.at(8);
        const qint64 id = consultation(
            services, user, patient.id,
            QStringLiteral(
                R"({"patient": {"birth_date": "%2"}, "date": "%1", "requests": [{"indication": "skin_rejuvenation", "area": "face"}]})")
                .arg(QStringLiteral("%1"), patient.birthDate.toString(Qt::ISODate)),
            true);
        const qint64 plan =
            services.plans.saveDraft(user, services.plans.current(user, id, 0).record);
        services.plans.approve(user, plan, services.plans.view(user, plan).record.rowVersion);
        const auto setup = services.clinicSetup.setup(user);
        std::vector<qint64> today;
        for (int i = 0; i < 3; ++i) {
            records::AppointmentRecord a;
            a.planId = plan;
            a.sessionIndex = i;
            a.patientId = patient.id;
            a.practitionerId = user.id;
            a.roomId = setup.rooms.front().id;
            a.start = clinic::toMinute(
                QDateTime(QDate::currentDate(), QTime(7, 0)).addSecs(qint64{2400} * i));
            a.end = a.start + 30;
            store::WriteTransaction tx(*db);
            today.push_back(
                store::BookingRepository(*db).insert(a, user.id, QDateTime::currentDateTimeUtc()));
            tx.commit();
            services.booking.checkIn(user, today.back(),
                                     services.booking.find(user, today.back())->rowVersion);
        }
        const auto record = [&](qint64 appointment, int pain, int gais) {
            clinic::SessionStart start = services.sessions.start(user, appointment);
            records::SessionRecord r;
            r.appointmentId = appointment;
            r.technique = start.technique;
            r.needle = start.needle;
            r.depthMinMm = start.depthMinMm;
            r.depthMaxMm = start.depthMaxMm;
            r.lines = start.suggested;
            r.pain = pain;
            r.gaisPatient = gais;
            r.gaisPractitioner = gais;
            for (const core::Deviation &d : services.sessions.deviations(user, r))
                r.deviations.push_back(
                    {records::qs(d.key()), QStringLiteral("the clinic's vitamin complex")});
            return services.sessions.record(user, r);
        };
        const records::SessionRecord first = record(today[0], 4, 3);
        record(today[1], 3, 2);
        window.showPage(ui::MainWindow::Calendar);
        ui::CalendarPage *calendar = window.calendarPage();
        calendar->setView(ui::CalendarPage::DayView, ui::CalendarPage::Practitioners);
        calendar->showDate(QDate::currentDate());
        calendar->refresh();
        for (int row = 0; row < calendar->dayModel()->rowCount(); ++row) {
            if (calendar->dayModel()->item(row, 0)->data().toLongLong() == today[2])
                calendar->dayTable()->selectRow(row);
        }
        qint64 haLot = 0;
        for (const clinic::LotStatus &l : services.stock.stock(user, QDate::currentDate())) {
            if (l.lot.lotNumber == QStringLiteral("HA26-0192"))
                haLot = l.lot.id;
        }
        ok = saveModal(
                 [calendar, haLot] {
                     QTimer::singleShot(100, [haLot] {
                         if (auto *dialog = qobject_cast<ui::SessionDialog *>(
                                 QApplication::activeModalWidget())) {
                             dialog->setPain(2);
                             // Also the neck: another area, and above the catalog's maximum.
                             dialog->addLine(QStringLiteral("neck"), haLot, 0.8);
                         }
                     });
                     calendar->recordSession();
                 },
                 out, QStringLiteral("session-record")) &&
             ok;
        record(today[2], 2, 2);
        // An adverse event on the first session: a severe one asks about its notification.
        {
            records::AdverseEventRecord e;
            e.sessionId = first.id;
            e.risk = QStringLiteral("bruising");
            e.onset = QDate::currentDate();
            ui::AdverseEventDialog dialog(services, user, e, &window);
            dialog.setSeverity(QStringLiteral("severe"));
            dialog.setAction(QStringLiteral("Cold compress, arnica; reviewed at 48 h"));
            dialog.setNotification(QDate::currentDate(), QStringLiteral("ANSM-2026-0042"));
            dialog.show();
            if (QTest::qWaitForWindowExposed(&dialog))
                ok = save(&dialog, out, QStringLiteral("adverse-event")) && ok;
            dialog.setSeverity(QStringLiteral("moderate"));
            ok = dialog.save() && ok;
            dialog.close();
        }
        // Photos: before the first session and after the last, compared with the slider.
        {
            const auto photo = [](QColor skin, int marks) {
                QImage image(900, 600, QImage::Format_RGB32);
                image.fill(skin);
                QPainter p(&image);
                p.setRenderHint(QPainter::Antialiasing);
                p.setBrush(skin.darker(112));
                p.setPen(Qt::NoPen);
                p.drawEllipse(QRectF(250, 60, 400, 500));
                p.setPen(QPen(skin.darker(150), 3));
                for (int i = 0; i < marks; ++i)
                    p.drawLine(QPointF(330 + 20 * i, 420), QPointF(360 + 20 * i, 440));
                p.end();
                QByteArray bytes;
                QBuffer buffer(&bytes);
                buffer.open(QIODevice::WriteOnly);
                image.save(&buffer, "JPEG", 90);
                return bytes;
            };
            services.photos.setConsent(user, patient.id, QStringLiteral("teaching"),
                                       QDate::currentDate());
            services.photos.add(user, first.id, QStringLiteral("face"), QStringLiteral("before"),
                                photo(QColor(0xd9, 0xa5, 0x8c), 12));
            services.photos.add(user, first.id, QStringLiteral("face"), QStringLiteral("after"),
                                photo(QColor(0xe3, 0xb5, 0x9c), 4));
            ui::PhotoDialog dialog(services, user, patient.id, &window);
            dialog.show();
            if (QTest::qWaitForWindowExposed(&dialog)) {
                dialog.compare(0, 1);
                dialog.setMode(ui::PhotoCompareWidget::Slider);
                dialog.comparison()->setDivider(0.45);
                ok = save(&dialog, out, QStringLiteral("photo-compare")) && ok;
            }
            dialog.close();
        }
        {
            QWidget frame;
            frame.resize(760, 520);
            auto *layout = new QVBoxLayout(&frame);
            auto *progress = new ui::ProgressView(services, user, &frame);
            layout->addWidget(progress);
            ok = progress->showPlan(plan) && ok;
            frame.show();
            if (QTest::qWaitForWindowExposed(&frame))
                ok = save(&frame, out, QStringLiteral("progress")) && ok;
        }
        window.showPage(ui::MainWindow::Patients);
        patients->searchField()->setText(patient.familyName);
        patients->view()->selectRow(0);
        QTest::qWait(50);
        ok = save(&window, out, QStringLiteral("patients-history-sessions")) && ok;
        ok = patients->exportSessionRecord(
                 first.id, QDir(out).filePath(QStringLiteral("session-sheet.pdf"))) &&
             ok;
        window.showPage(ui::MainWindow::Stock);
        ui::StockPage *stock = window.stockPage();
        stock->refresh();
        ok = save(&window, out, QStringLiteral("stock")) && ok;
        {
            ui::TraceLotDialog trace(services, user, &window);
            ok = trace.trace(first.lines.front().lotNumber) && ok;
            trace.show();
            if (QTest::qWaitForWindowExposed(&trace))
                ok = save(&trace, out, QStringLiteral("stock-trace")) && ok;
            trace.close();
        }
    }
    window.showPage(ui::MainWindow::Catalog);
    auto *tabs = window.catalogPage()->findChild<QTabWidget *>();
    const QStringList names = {QStringLiteral("catalog-ingredients"),
                               QStringLiteral("catalog-protocols"),
                               QStringLiteral("catalog-rules")};
    for (int i = 0; tabs && i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        ok = save(&window, out, names.value(i)) && ok;
    }
    window.close();

    // The administrator's window: settings with the policies, users, the audit trail.
    try { // a failed sign-in, for the audit trail shown below
        services.users.signIn(QStringLiteral("hugo.bernard"), QStringLiteral("wrong"));
    } catch (const clinic::SignInError &) {
    }
    {
        clinic::MailSettings mail; // Settings > Mail server, as a clinic fills it in
        mail.host = QStringLiteral("smtp.cabinet-exemple.fr");
        mail.user = QStringLiteral("rappels@cabinet-exemple.fr");
        mail.from = QStringLiteral("rappels@cabinet-exemple.fr");
        services.profile.setMailSettings(clinic::ActingUser::system(*db), mail);
    }
    ui::MainWindow adminWindow(*db, services.users.signIn(QStringLiteral("amoreau"),
                                                          QStringLiteral("correct horse battery")));
    adminWindow.resize(1366, 768);
    adminWindow.show();
    if (!QTest::qWaitForWindowExposed(&adminWindow))
        return 1;
    adminWindow.patientsPage()->view()->selectRow(1);
    adminWindow.showPage(ui::MainWindow::Settings);
    ok = save(&adminWindow, out, QStringLiteral("settings")) && ok;
    if (auto *policies =
            adminWindow.settingsPage()->findChild<QWidget *>(QStringLiteral("policies")))
        ok = save(policies, out, QStringLiteral("settings-policies")) && ok;
    if (QWidget *mail = adminWindow.settingsPage()->findChild<QWidget *>(QStringLiteral("mail")))
        ok = save(mail, out, QStringLiteral("settings-mail")) && ok;
    // Patients from the previous software: a file with a bad date and a patient already here.
    {
        const QString csv = tmp.filePath(QStringLiteral("anciens-patients.csv"));
        QFile file(csv);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QStringLiteral("Nom;Prénom;Date de naissance;Sexe;Portable;N° dossier\n"
                                      "Lefèvre;Hélène;12/03/1980;F;06 12 34 56 78;A-1021\n"
                                      "Petit;Paul;31/02/1980;M;;A-1022\n"
                                      "Roux;Claire;09/03/1986;F;06 98 76 54 32;A-1023\n"
                                      "Nguyen;Anh;1991-07-14;F;;A-1024\n")
                           .toUtf8());
            file.close();
        }
        ui::ImportPatientsDialog import(services.patientImport, adminWindow.user(), &adminWindow);
        import.openFile(csv);
        import.show();
        if (QTest::qWaitForWindowExposed(&import))
            ok = save(&import, out, QStringLiteral("patients-import")) && ok;
        import.skipBadBox()->setChecked(true);
        import.findChild<QTabWidget *>()->setCurrentIndex(0);
        ok = save(&import, out, QStringLiteral("patients-import-columns")) && ok;
    }
    // Anonymisation asked for too early: the retention period runs.
    adminWindow.showPage(ui::MainWindow::Patients);
    adminWindow.patientsPage()->anonymiseSelected(QStringLiteral("Patient's request by e-mail"));
    ok = save(&adminWindow, out, QStringLiteral("patients-anonymise-refused")) && ok;
    adminWindow.showPage(ui::MainWindow::Users);
    ui::UsersPage *users = adminWindow.usersPage();
    users->view()->selectRow(1);
    ok = save(&adminWindow, out, QStringLiteral("users")) && ok;
    ok = saveModal(
             [users] {
                 QTimer::singleShot(100, [] {
                     if (auto *d =
                             qobject_cast<ui::UserDialog *>(QApplication::activeModalWidget())) {
                         d->usernameEdit()->setText(QStringLiteral("nroux"));
                         d->nameEdit()->setText(QStringLiteral("Nadia Roux"));
                         d->roleBox()->setCurrentIndex(
                             d->roleBox()->findData(QStringLiteral("front_desk")));
                         d->passwordEdit()->setText(QStringLiteral("first-day-2024"));
                         d->repeatEdit()->setText(QStringLiteral("first-day-2024"));
                     }
                 });
                 users->addButton()->click();
             },
             out, QStringLiteral("user-add")) &&
         ok;
    adminWindow.showPage(ui::MainWindow::Audit);
    ui::AuditPage *audit = adminWindow.auditPage();
    audit->refresh();
    audit->verify();
    ok = save(&adminWindow, out, QStringLiteral("audit")) && ok;
    {
        ui::ClinicSetupDialog setup(services, admin, &adminWindow);
        setup.show();
        if (QTest::qWaitForWindowExposed(&setup)) {
            ok = save(&setup, out, QStringLiteral("clinic-setup")) && ok;
            auto *tabs = setup.findChild<QTabWidget *>();
            tabs->setCurrentIndex(2); // the rooms, their equipment by the catalog's names
            ok = save(&setup, out, QStringLiteral("clinic-setup-rooms")) && ok;
            tabs->setCurrentIndex(3);
            setup.practitionerBox()->setCurrentIndex(
                setup.practitionerBox()->findText(QStringLiteral("Dr Hugo Bernard")));
            ok = save(&setup, out, QStringLiteral("clinic-setup-practitioners")) && ok;
        }
    }
    {
        // Help → About MesoPlan: what support asks first.
        ui::AboutDialog about(*db, admin, &adminWindow);
        about.show();
        if (QTest::qWaitForWindowExposed(&about))
            ok = save(&about, out, QStringLiteral("about")) && ok;
    }
    {
        // Help → User guide (F1) on the Settings page, searching the guide.
        adminWindow.showPage(ui::MainWindow::Settings);
        ui::HelpWindow *help = adminWindow.showHelp();
        help->resize(1100, 700);
        if (QTest::qWaitForWindowExposed(help)) {
            ok = save(help, out, QStringLiteral("help")) && ok;
            help->searchEdit()->setText(clinic::installedLanguage() == QLatin1String("fr")
                                            ? QStringLiteral("sauvegarde")
                                            : QStringLiteral("backup"));
            ok = save(help, out, QStringLiteral("help-search")) && ok;
        }
        help->close();
    }
    {
        // Settings → Database → Connection…, filled in for a clinic server.
        ui::ConnectionDialog connection(
            QStringLiteral(
                "postgresql://mesoplan@clinic-server.local:5432/mesoplan?sslmode=verify-full"),
            &adminWindow);
        connection.show();
        if (QTest::qWaitForWindowExposed(&connection))
            ok = save(&connection, out, QStringLiteral("settings-connection")) && ok;
    }
    {
        // At start, a clinic server that wants a password, and one that cannot be reached: the
        // texts the start-up writes, in the language of the run.
        const ui::StartQuestions ask = ui::dialogQuestions();
        const QString server =
            QStringLiteral("postgresql://mesoplan@clinic-db.lan/mesoplan?sslmode=verify-full");
        ok = saveModal(
                 [&ask] {
                     ask.password(
                         QApplication::translate("main", "Password of %1 on the clinic server %2:")
                             .arg(QStringLiteral("mesoplan"), QStringLiteral("clinic-db.lan")));
                 },
                 out, QStringLiteral("start-password")) &&
             ok;
        ok = saveModal(
                 [&ask, &server] {
                     ask.failed(QApplication::translate("main", "The database cannot be opened.") +
                                    QStringLiteral("\n\n") +
                                    store::connectionError(records::ServerAddress::parse(server),
                                                           QStringLiteral("timeout expired"))
                                        .message(),
                                server);
                 },
                 out, QStringLiteral("start-unreachable")) &&
             ok;
    }
    {
        // The Reports page on a generated year of a clinic (the demo clinic holds a few days),
        // as a practitioner sees it: each chart in its tab.
        auto generated =
            clinic::openClinicDatabase(tmp.filePath(QStringLiteral("generated.sqlite")));
        clinic::Services generatedServices(*generated);
        clinic::GenerateOptions o;
        o.patients = 1500;
        o.years = 1;
        clinic::DemoGenerator(generatedServices)
            .generate(clinic::ActingUser::system(*generated), o);
        ui::MainWindow reportsWindow(*generated, clinic::ActingUser::builtInLocal(*generated));
        reportsWindow.resize(1366, 768);
        reportsWindow.show();
        if (!QTest::qWaitForWindowExposed(&reportsWindow))
            return 1;
        reportsWindow.showPage(ui::MainWindow::Reports);
        ui::ReportsPage *reports = reportsWindow.reportsPage();
        reports->setPreset(ui::ReportsPage::LastThreeMonths);
        const QStringList tabNames = {
            QStringLiteral("reports-appointments"),  QStringLiteral("reports-occupancy"),
            QStringLiteral("reports-rates"),         QStringLiteral("reports-courses"),
            QStringLiteral("reports-protocol-mix"),  QStringLiteral("reports-quotes"),
            QStringLiteral("reports-adverse-events")};
        for (int i = 0; i < reports->tabs()->count(); ++i) {
            reports->tabs()->setCurrentIndex(i);
            ok = save(&reportsWindow, out, tabNames.value(i)) && ok;
        }
        // The recalls of the same clinic, one already contacted, and the mark's dialog.
        reportsWindow.showPage(ui::MainWindow::Recalls);
        ui::RecallsPage *recalls = reportsWindow.recallsPage();
        recalls->view()->selectRow(1);
        ok = recalls->markSelected(QStringLiteral("contacted"), QDate::currentDate().addDays(-2),
                                   QStringLiteral("Message laissé")) &&
             ok;
        recalls->view()->selectRow(3);
        ok = save(&reportsWindow, out, QStringLiteral("recalls")) && ok;
        {
            const records::RecallRow &row = recalls->recalls().at(3).row;
            ui::MarkRecallDialog mark(QStringLiteral("booked"),
                                      row.familyName.toUpper() + QLatin1Char(' ') + row.givenNames,
                                      &reportsWindow);
            mark.noteEdit()->setText(QStringLiteral("Entretien le 14 janvier avec Dr Robert"));
            mark.show();
            if (QTest::qWaitForWindowExposed(&mark))
                ok = save(&mark, out, QStringLiteral("recall-mark")) && ok;
        }
        // The next day with reminders to send, as the front desk opens them from the Calendar.
        const clinic::ActingUser desk{clinic::ActingUser::builtInLocal(*generated).id,
                                      QStringLiteral("desk"), QStringLiteral("front_desk"),
                                      QStringLiteral("Desk")};
        QDate day = QDate::currentDate().addDays(1);
        while (day < QDate::currentDate().addDays(30) &&
               generatedServices.reminders.forDay(desk, day).reminders.size() < 3)
            day = day.addDays(1);
        ui::RemindersDialog reminders(generatedServices, desk, day, &reportsWindow);
        reminders.resize(1000, 620);
        reminders.show();
        if (QTest::qWaitForWindowExposed(&reminders)) {
            reminders.view()->selectRow(1);
            ok = save(&reminders, out, QStringLiteral("reminders")) && ok;
        }
        // Billing at the front desk: a patient's sessions invoiced and partly paid, the dialogs,
        // the day's takings, the prices an administrator sets, and the invoice as printed.
        const clinic::ActingUser system = clinic::ActingUser::system(*generated);
        clinic::ClinicProfile profile = generatedServices.profile.profile(system);
        profile.name = QStringLiteral("Clinique du Parc");
        profile.address = QStringLiteral("12 rue des Lilas\n69006 Lyon");
        profile.phone = QStringLiteral("04 78 00 00 00");
        profile.logo = demoLogo();
        profile.country = QStringLiteral("FR");
        generatedServices.profile.setProfile(system, profile);
        records::BillingSettings legal;
        legal.siret = QStringLiteral("73282932000074");
        legal.vatNumber = QStringLiteral("FR44732829320");
        legal.paymentTerms = QStringLiteral("Payable à réception.");
        generatedServices.billing.setSettings(system, legal);
        std::vector<qint64> billed;
        for (const records::PatientRecord &p :
             generatedServices.patients.search(desk, QString(), 300)) {
            if (generatedServices.billing.billableSessions(desk, p.id).size() >= 3)
                billed.push_back(p.id);
            if (billed.size() == 2)
                break;
        }
        if (billed.size() == 2) {
            std::vector<qint64> sessions;
            for (const clinic::BillableSession &b :
                 generatedServices.billing.billableSessions(desk, billed[0]))
                sessions.push_back(b.appointmentId);
            const records::InvoiceRecord invoice =
                generatedServices.billing.invoiceSessions(desk, sessions, lang.toStdString());
            clinic::PaymentRequest pay;
            pay.patientId = billed[0];
            pay.document = invoice.number;
            pay.method = QStringLiteral("card");
            pay.amountCents = invoice.inclCents / 2;
            generatedServices.billing.addPayment(desk, pay);
            ui::MainWindow billingWindow(*generated, desk);
            billingWindow.resize(1366, 768);
            billingWindow.show();
            if (!QTest::qWaitForWindowExposed(&billingWindow))
                return 1;
            billingWindow.showPage(ui::MainWindow::Billing);
            ui::BillingPage *billing = billingWindow.billingPage();
            const auto found = generatedServices.patients.find(desk, billed[0]);
            billing->searchField()->setText(found->familyName);
            billing->showPatient(billed[0]);
            billing->documentsView()->selectRow(0);
            ok = save(&billingWindow, out, QStringLiteral("billing-accounts")) && ok;
            ok = billing->savePdf(QDir(out).filePath(QStringLiteral("invoice.pdf"))) && ok;
            {
                ui::PaymentDialog payment(billing->documents(), {}, &billingWindow);
                payment.amountField()->setText(QLocale().toString(120.0, 'f', 2));
                payment.againstBox()->setCurrentIndex(1);
                payment.show();
                if (QTest::qWaitForWindowExposed(&payment))
                    ok = save(&payment, out, QStringLiteral("billing-payment")) && ok;
            }
            {
                ui::NewInvoiceDialog dialog(
                    generatedServices.billing.billableSessions(desk, billed[1], lang.toStdString()),
                    generatedServices.billing.courses(desk, billed[1], lang.toStdString()),
                    QStringLiteral("EUR"), &billingWindow);
                dialog.show();
                if (QTest::qWaitForWindowExposed(&dialog))
                    ok = save(&dialog, out, QStringLiteral("billing-new-invoice")) && ok;
            }
            billing->tabs()->setCurrentIndex(1);
            ok = save(&billingWindow, out, QStringLiteral("billing-takings")) && ok;
            ui::MainWindow adminWindow(*generated, system);
            adminWindow.resize(1366, 768);
            adminWindow.show();
            if (!QTest::qWaitForWindowExposed(&adminWindow))
                return 1;
            adminWindow.showPage(ui::MainWindow::Billing);
            adminWindow.billingPage()->tabs()->setCurrentIndex(2);
            ok = save(&adminWindow, out, QStringLiteral("billing-prices")) && ok;
        } else {
            std::cerr << "no patient with sessions to bill\n";
            ok = false;
        }
    }
    return ok ? 0 : 1;
}
