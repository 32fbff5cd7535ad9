// The treatment session through the real widgets, on the demo clinic (its products and lots):
// "Record session…" from the day's list opens the form pre-filled from the plan; a volume above
// the catalog's per-session maximum shows as a deviation and is refused until its reason is
// given; the signed record completes the appointment and takes from the lot; "Not performed…"
// closes an appointment with its reason. From the patient's history: an adverse event (a severe
// one asks about the notification), the photo comparison at one zoom, the progress chart. The
// Stock page: flags, receiving a lot, adding a
// product, and the recall's "Trace lot…" with its CSV export.

#include "adverseeventdialog.h"
#include "calendarpage.h"
#include "clinic/language.h"
#include "clinicfixture.h"
#include "historyview.h"
#include "mainwindow.h"
#include "patientspage.h"
#include "pdftext.h"
#include "photodialog.h"
#include "progressview.h"
#include "sessiondialog.h"
#include "stockpage.h"

#include "clinic/clinicdatabase.h"
#include "clinic/services.h"
#include "records/strings.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace meso;

class SessionUiTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDir> m_tmp;
    std::unique_ptr<clinic::ClinicDatabase> m_db;
    std::unique_ptr<ui::MainWindow> m_window;

    // Selects the appointment in the calendar page's list of today.
    static void selectInDayList(ui::CalendarPage *page, qint64 appointment)
    {
        page->showDate(QDate::currentDate());
        page->refresh(); // what the services wrote meanwhile
        for (int row = 0; row < page->dayModel()->rowCount(); ++row) {
            if (page->dayModel()->item(row, 0)->data().toLongLong() == appointment) {
                page->dayTable()->selectRow(row);
                return;
            }
        }
        QFAIL("the appointment is not in the day's list");
    }

    static QPushButton *button(QWidget *parent, const QString &text)
    {
        for (QPushButton *b : parent->findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        clinic::installLanguage(QStringLiteral("en"));
    }

    void init()
    {
        m_tmp = std::make_unique<test::TempDir>();
        clinic::OpenOptions options;
        options.loadDemoData = true;
        m_db = clinic::openClinicDatabase(m_tmp->dbPath(), options);
        m_window = std::make_unique<ui::MainWindow>(*m_db, clinic::ActingUser::builtInLocal(*m_db));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
        m_tmp.reset();
    }

    void practitionerRecordsASessionFromTheDayList()
    {
        clinic::Services services(*m_db);
        const auto user = clinic::ActingUser::builtInLocal(*m_db);
        const qint64 patient = test::addPatient(services, user, QStringLiteral("Lefort"));
        const qint64 plan = test::approvedPlan(
            services, user,
            test::signedConsultation(services, user, patient,
                                     test::oneRequest("skin_rejuvenation", "face")));
        const qint64 appointment = test::checkedInToday(services, user, *m_db, plan);
        m_window->showPage(ui::MainWindow::Calendar);
        ui::CalendarPage *page = m_window->calendarPage();
        selectInDayList(page, appointment);

        const auto lotOf = [&](const QString &number) {
            for (const auto &l : services.stock.stock(user, QDate::currentDate())) {
                if (l.lot.lotNumber == number)
                    return l.lot;
            }
            return records::LotRecord{};
        };
        const records::LotRecord ha = lotOf(QStringLiteral("HA26-0077")); // expires first
        QVERIFY(ha.id != 0);
        bool done = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<ui::SessionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // A failed check leaves the lambda early: the modal dialog must not stay open.
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            // Pre-filled from the plan and stock: hyaluronic acid from the lot expiring first.
            QVERIFY(dialog->lineCount() >= 1);
            const QStringList planned = dialog->deviationKeys();
            QVERIFY(!planned.contains(QStringLiteral("maximum:hyaluronic_acid")));
            // 2.5 mL of hyaluronic acid: above the catalog's 2 mL, a deviation asking a reason.
            dialog->setLine(0, QStringLiteral("face"), ha.id, 2.5);
            QVERIFY(dialog->deviationKeys().contains(QStringLiteral("maximum:hyaluronic_acid")));
            dialog->setPain(4);
            for (const QString &key : planned)
                dialog->setReason(key, QStringLiteral("the product the clinic stocks"));
            QPushButton *sign = button(dialog, QStringLiteral("&Sign and save"));
            QVERIFY(sign);
            sign->click();
            QVERIFY(dialog->isVisible()); // refused: nothing saved, nothing lost
            QVERIFY2(dialog->message().contains(QStringLiteral("maximum:hyaluronic_acid")),
                     qPrintable(dialog->message()));
            QVERIFY(!services.sessions.forAppointment(user, appointment));
            dialog->setReason(QStringLiteral("maximum:hyaluronic_acid"),
                              QStringLiteral("larger face than planned"));
            sign->click();
            done = !dialog->isVisible();
            if (!done)
                qWarning("%s", qPrintable(dialog->message()));
        });
        button(page, QStringLiteral("&Record session…"))->click();
        QVERIFY(done);

        const auto recorded = services.sessions.forAppointment(user, appointment);
        QVERIFY(recorded);
        QCOMPARE(recorded->lines.front().volumeMl, 2.5);
        QCOMPARE(recorded->lines.front().lotNumber, QStringLiteral("HA26-0077"));
        QCOMPARE(recorded->pain, std::optional<int>(4));
        QCOMPARE(services.booking.find(user, appointment)->status, QStringLiteral("completed"));
        QCOMPARE(lotOf(QStringLiteral("HA26-0077")).remainingMl(), ha.remainingMl() - 2.5);
        QVERIFY(page->message().contains(QStringLiteral("Session recorded")));

        // The next session of the series was not performed: closed with its reason.
        const qint64 next = test::checkedInToday(services, user, *m_db, plan, 1);
        selectInDayList(page, next);
        QVERIFY(!page->notPerformed(QString())); // a reason is required
        QVERIFY(page->message().contains(QStringLiteral("reason")));
        QVERIFY(page->notPerformed(QStringLiteral("Herpes flare at the site")));
        const auto closed = services.sessions.forAppointment(user, next);
        QVERIFY(closed && !closed->performed);
        QCOMPARE(closed->notPerformedReason, QStringLiteral("Herpes flare at the site"));
    }

    void sessionOfABookedAppointmentIsRefusedWithAReason()
    {
        clinic::Services services(*m_db);
        const auto user = clinic::ActingUser::builtInLocal(*m_db);
        const qint64 patient = test::addPatient(services, user, QStringLiteral("Garnier"));
        const qint64 plan = test::approvedPlan(
            services, user,
            test::signedConsultation(services, user, patient,
                                     test::oneRequest("skin_rejuvenation", "face")));
        const qint64 appointment = test::checkedInToday(services, user, *m_db, plan);
        m_window->showPage(ui::MainWindow::Calendar);
        ui::CalendarPage *page = m_window->calendarPage();
        selectInDayList(page, appointment);
        QVERIFY(page->notPerformed(QStringLiteral("Patient unwell")));
        // Already closed: the form does not open, the page says why.
        page->recordSession();
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY2(page->message().startsWith(QStringLiteral("Refused: ")),
                 qPrintable(page->message()));
    }

    void stockPageFlagsReceivesAndTracesALot()
    {
        clinic::Services services(*m_db);
        const auto user = clinic::ActingUser::builtInLocal(*m_db);
        m_window->showPage(ui::MainWindow::Stock);
        ui::StockPage *page = m_window->stockPage();
        QVERIFY(page);
        const auto lots = services.stock.stock(user, QDate::currentDate());
        QCOMPARE(page->model()->rowCount(), static_cast<int>(lots.size()));
        // The demo's HA lot expiring in 35 days is flagged (the clinic warns 60 days ahead).
        int soon = -1;
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            if (page->model()->item(row, ui::StockPage::LotColumn)->text() ==
                QStringLiteral("HA26-0077"))
                soon = row;
        }
        QVERIFY(soon >= 0);
        QVERIFY(page->model()
                    ->item(soon, ui::StockPage::FlagsColumn)
                    ->text()
                    .contains(QStringLiteral("expires soon")));

        // Receiving: an expired lot is refused with the field named, a good one is taken in.
        ui::ReceiveLotDialog receive(services, user);
        records::LotRecord lot;
        lot.productId = lots.front().product.id;
        lot.lotNumber = QStringLiteral("NEW-1");
        lot.expiry = QDate::currentDate().addDays(-1);
        lot.unitsReceived = 4;
        receive.setLot(lot);
        QVERIFY(!receive.save());
        QVERIFY2(receive.message().contains(QStringLiteral("lot.expiry")),
                 qPrintable(receive.message()));
        lot.expiry = QDate::currentDate().addYears(2);
        receive.setLot(lot);
        QVERIFY2(receive.save(), qPrintable(receive.message()));
        page->refresh();
        QCOMPARE(page->model()->rowCount(), static_cast<int>(lots.size()) + 1);

        // A product without a name is refused, naming the field.
        ui::ProductDialog product(services, user);
        QVERIFY(!product.save());
        QVERIFY(product.message().contains(QStringLiteral("product.name")));
        records::ProductRecord p;
        p.name = QStringLiteral("Caffeine 2.5%");
        p.manufacturer = QStringLiteral("Demo Laboratoires");
        p.unitMl = 5;
        p.components = {{QStringLiteral("caffeine"), QStringLiteral("25 mg/mL")}};
        product.setProduct(p);
        QVERIFY2(product.save(), qPrintable(product.message()));
        QCOMPARE(product.saved().components.front().ingredient, QStringLiteral("caffeine"));

        // A recall of the HA lot after a session used it: "Trace lot…" on the selected lot.
        const qint64 patient = test::addPatient(services, user, QStringLiteral("=Recall"));
        const qint64 plan = test::approvedPlan(
            services, user,
            test::signedConsultation(services, user, patient,
                                     test::oneRequest("skin_rejuvenation", "face")));
        records::SessionRecord r;
        r.appointmentId = test::checkedInToday(services, user, *m_db, plan);
        r.lines.push_back({});
        r.lines.back().area = QStringLiteral("face");
        r.lines.back().lotId = lots[static_cast<size_t>(soon)].lot.id;
        r.lines.back().volumeMl = 1.0;
        for (const core::Deviation &d : services.sessions.deviations(user, r))
            r.deviations.push_back({records::qs(d.key()), QStringLiteral("stocked product")});
        services.sessions.record(user, r);
        page->refresh();
        page->view()->selectRow(soon);
        const QString csv = m_tmp->path(QStringLiteral("trace.csv"));
        bool traced = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<ui::TraceLotDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // A failed check leaves the lambda early: the modal dialog must not stay open.
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            QCOMPARE(dialog->model()->rowCount(), 1);
            QVERIFY(dialog->model()->item(0, 0)->text().contains(QStringLiteral("=RECALL")));
            QVERIFY(dialog->exportCsv(csv));
            QVERIFY(!dialog->trace(QStringLiteral("NOPE")));
            QVERIFY(dialog->message().contains(QStringLiteral("no lot numbered \"NOPE\"")));
            traced = true;
            dialog->reject();
        });
        page->traceLot();
        QVERIFY(traced);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        // For a spreadsheet (English: commas), with the byte order mark that keeps the accents.
        QVERIFY(text.startsWith("\xEF\xBB\xBF"
                                "lot,product,product_name,patient,family_name"));
        QVERIFY(text.contains("\r\n"));
        QVERIFY(text.contains("\"'=Recall\"")); // a spreadsheet shows it, never runs it
    }

    void historyRecordsAnAdverseEventComparesPhotosAndDrawsProgress()
    {
        clinic::Services services(*m_db);
        const auto user = clinic::ActingUser::builtInLocal(*m_db);
        const qint64 patient = test::addPatient(services, user, QStringLiteral("Vasseur"));
        const qint64 plan = test::approvedPlan(
            services, user,
            test::signedConsultation(services, user, patient,
                                     test::oneRequest("skin_rejuvenation", "face")));
        clinic::SessionStart start =
            services.sessions.start(user, test::checkedInToday(services, user, *m_db, plan));
        records::SessionRecord r;
        r.appointmentId = start.appointment.id;
        r.lines = start.suggested;
        // Also a little at the neck: an area the plan does not treat, a deviation with its reason.
        records::SessionProductLine neck = r.lines.front();
        neck.area = QStringLiteral("neck");
        neck.volumeMl = 0.2;
        r.lines.push_back(neck);
        r.pain = 3;
        r.gaisPatient = 2;
        for (const core::Deviation &d : services.sessions.deviations(user, r))
            r.deviations.push_back({records::qs(d.key()), QStringLiteral("stocked product")});
        const records::SessionRecord session = services.sessions.record(user, r);

        // The history shows the session under its plan.
        m_window->showPage(ui::MainWindow::Patients);
        ui::PatientsPage *patients = m_window->patientsPage();
        patients->searchField()->setText(QStringLiteral("Vasseur"));
        patients->view()->selectRow(0);
        QTRY_VERIFY(patients->history()
                        ->rowsText()
                        .join(QLatin1Char('\n'))
                        .contains(QStringLiteral("| Session | signed |")));
        QTreeView *tree = patients->history()->tree();
        const QModelIndexList found = patients->history()->model()->match(
            patients->history()->model()->index(0, 0), Qt::UserRole + 2, session.id, 1,
            Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        tree->setCurrentIndex(found.front());

        // "Amend session…": the correction needs its reason; the original is kept beside it.
        bool amended = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<ui::SessionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // A failed check leaves the lambda early: the modal dialog must not stay open.
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            QCOMPARE(dialog->lineCount(), static_cast<int>(session.lines.size()));
            dialog->setLine(0, session.lines[0].area, session.lines[0].lotId, 1.0);
            QVERIFY(!dialog->save());
            QVERIFY2(dialog->message().contains(QStringLiteral("session.amendment_reason")),
                     qPrintable(dialog->message()));
            dialog->setAmendmentReason(QStringLiteral("volume misread"));
            button(dialog, QStringLiteral("&Sign the amendment"))->click();
            amended = !dialog->isVisible();
            if (!amended)
                qWarning("%s", qPrintable(dialog->message()));
        });
        button(patients->history(), QStringLiteral("A&mend session…"))->click();
        QVERIFY(amended);
        const auto versions = services.sessions.versions(user, session.id);
        QCOMPARE(versions.size(), size_t(2));
        QCOMPARE(versions.back().lines[0].volumeMl, 1.0);
        QCOMPARE(versions.front().lines[0].volumeMl, session.lines[0].volumeMl);
        QTRY_VERIFY(patients->history()
                        ->rowsText()
                        .join(QLatin1Char('\n'))
                        .contains(QStringLiteral("| Session | amended record |")));
        // The adverse event below goes on the original; the history shows it under the amendment.
        {
            const QModelIndexList now = patients->history()->model()->match(
                patients->history()->model()->index(0, 0), Qt::UserRole + 2, versions.back().id, 1,
                Qt::MatchRecursive);
            QCOMPARE(now.size(), 1);
            tree->setCurrentIndex(now.front());
        }

        // "Adverse event…": a severe one needs the notification, or that it is still to be made.
        bool saved = false;
        QTimer::singleShot(0, [&] {
            auto *dialog =
                qobject_cast<ui::AdverseEventDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // A failed check leaves the lambda early: the modal dialog must not stay open.
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            QVERIFY(!dialog->notificationShown());
            dialog->setType(QStringLiteral("bruising"));
            dialog->setSeverity(QStringLiteral("severe"));
            QVERIFY(dialog->notificationShown());
            QVERIFY(!dialog->save());
            QVERIFY2(dialog->message().contains(QStringLiteral("adverse_event.notification")),
                     qPrintable(dialog->message()));
            dialog->setNotificationPending(true);
            dialog->setAction(QStringLiteral("Cold compress, arnica"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            saved = !dialog->isVisible();
        });
        button(patients->history(), QStringLiteral("&Adverse event…"))->click();
        QVERIFY(saved);
        const auto events = services.adverseEvents.forPatient(user, patient);
        QCOMPARE(events.size(), size_t(1));
        QVERIFY(events.front().open() && events.front().notificationPending);
        QVERIFY(patients->history()
                    ->rowsText()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("| ongoing | severe; notification pending")));

        // The printed session record: the amended version, its lots, the amendment and the
        // adverse event recorded on the original.
        const QString recordPdf = m_tmp->path(QStringLiteral("session.pdf"));
        QVERIFY2(patients->exportSessionRecord(versions.back().id, recordPdf),
                 qPrintable(patients->message()));
        const QString printed = test::pdfText(recordPdf);
        for (const QString &expected :
             {QStringLiteral("Treatment session record"), QStringLiteral("VASSEUR"),
              // (the product's name may wrap in its cell)
              versions.back().lines[0].productName.section(QLatin1Char(' '), 0, 1),
              versions.back().lines[0].lotNumber, QStringLiteral("Total injected"),
              QStringLiteral("Reason: volume misread"), QStringLiteral("Cold compress, arnica"),
              QStringLiteral("Pain: 3/10"), QStringLiteral("Signed by")})
            QVERIFY2(printed.contains(expected),
                     qPrintable(expected + QStringLiteral(" in ") + printed));
        // The original as signed: its deviations with their reasons.
        QVERIFY(patients->exportSessionRecord(session.id, recordPdf));
        const QString original = test::pdfText(recordPdf);
        QVERIFY2(original.contains(QStringLiteral("Deviations from the plan")) &&
                     original.contains(QStringLiteral("stocked product")) &&
                     original.contains(QStringLiteral("Neck")) &&
                     !original.contains(QStringLiteral("amends record")),
                 qPrintable(original));
        QVERIFY(!patients->exportSessionRecord(versions.back().id,
                                               m_tmp->path(QStringLiteral("no/such/dir/s.pdf"))));
        QVERIFY2(patients->message().contains(QStringLiteral("no/such/dir")),
                 qPrintable(patients->message()));

        // Photos: consent first; two photos of the face compared at one zoom.
        const auto png = [this](const QString &name, QSize size, QColor colour) {
            QImage image(size, QImage::Format_RGB32);
            image.fill(colour);
            const QString path = m_tmp->path(name);
            image.save(path, "PNG");
            return path;
        };
        ui::PhotoDialog photos(services, user, patient);
        const QString before = png(QStringLiteral("before.png"), {400, 200}, Qt::red);
        QVERIFY(!photos.importPhoto(session.id, QStringLiteral("face"), QStringLiteral("before"),
                                    before));
        QVERIFY2(photos.message().contains(QStringLiteral("photo.consent")),
                 qPrintable(photos.message()));
        QVERIFY(photos.setConsent(QStringLiteral("record")));
        QVERIFY(photos.importPhoto(session.id, QStringLiteral("face"), QStringLiteral("before"),
                                   before));
        QVERIFY(photos.importPhoto(session.id, QStringLiteral("face"), QStringLiteral("after"),
                                   png(QStringLiteral("after.png"), {200, 100}, Qt::green)));
        QCOMPARE(photos.leftBox()->count(), 2);
        photos.resize(1000, 700);
        photos.show();
        QVERIFY(QTest::qWaitForWindowExposed(&photos));
        photos.compare(0, 1);
        ui::PhotoCompareWidget *compare = photos.comparison();
        QVERIFY(compare->scaleOf(0) > 0);
        QCOMPARE(compare->scaleOf(0), compare->scaleOf(1)); // one zoom for both
        const double fitted = compare->scaleOf(0);
        compare->setZoom(2);
        QCOMPARE(compare->scaleOf(1), 2 * fitted);
        compare->setZoom(1);
        const QImage shown = compare->grab().toImage();
        QCOMPARE(QColor(shown.pixel(compare->width() / 4, compare->height() / 2)), QColor(Qt::red));
        QCOMPARE(QColor(shown.pixel(3 * compare->width() / 4, compare->height() / 2)),
                 QColor(Qt::green));
        compare->setMode(ui::PhotoCompareWidget::Slider);
        compare->setDivider(0.9); // the slider: the before photo over most of the width
        const QImage slid = compare->grab().toImage();
        QCOMPARE(QColor(slid.pixel(compare->width() / 2, compare->height() / 2)), QColor(Qt::red));

        // Progress: one session of the course, its pain and outcome drawn.
        ui::ProgressView progress(services, user);
        QVERIFY(progress.showPlan(plan));
        QVERIFY2(progress.summary().startsWith(QStringLiteral("1 of ")),
                 qPrintable(progress.summary()));
        QVERIFY(progress.summary().contains(QStringLiteral("Injected so far")));
        QCOMPARE(progress.points(QStringLiteral("Pain (0–10)")), (QList<QPointF>{{1, 3}}));
        QCOMPARE(progress.points(QStringLiteral("Outcome, patient (GAIS 1–5)")),
                 (QList<QPointF>{{1, 2}}));
    }
};

QTEST_MAIN(SessionUiTest)
#include "session_test.moc"
