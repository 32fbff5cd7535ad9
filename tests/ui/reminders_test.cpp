// Appointment reminders through the real widgets (issue 19), on a generated clinic: the dialog
// the Calendar opens lists what the service gives for the day (QAbstractItemModelTester on its
// model), previews each patient's text, saves the CSV for an SMS service, and sends the e-mails
// through a real SMTP server (STARTTLS, signed in), never twice; the
// administrator's Mail server settings are saved through their fields, a bad sender named.

#include "calendarpage.h"
#include "clinicfixture.h"
#include "mailsettingsbox.h"
#include "mainwindow.h"
#include "remindersdialog.h"
#include "settingspage.h"
#include "smtpserver.h"
#include "tablemodel.h"

#include "clinic/clinicdatabase.h"
#include "clinic/demogenerator.h"
#include "clinic/language.h"
#include "clinic/services.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace meso;

class RemindersUiTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDir> m_tmp;
    std::unique_ptr<clinic::ClinicDatabase> m_db;
    QDate m_day; // the first day ahead with reminders to send

    clinic::ActingUser desk() const
    {
        return {clinic::ActingUser::builtInLocal(*m_db).id, QStringLiteral("desk"),
                QStringLiteral("front_desk"), QStringLiteral("Desk")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        clinic::installLanguage(QStringLiteral("en"));
        m_tmp = std::make_unique<test::TempDir>();
        m_db = clinic::openClinicDatabase(m_tmp->dbPath());
        clinic::Services services(*m_db);
        clinic::GenerateOptions o;
        o.patients = 300;
        o.years = 1;
        o.seed = 11;
        o.until = QDate::currentDate();
        clinic::DemoGenerator(services).generate(clinic::ActingUser::system(*m_db), o);
        for (int ahead = 1; ahead <= 30 && !m_day.isValid(); ++ahead) {
            const QDate day = QDate::currentDate().addDays(ahead);
            const auto r = services.reminders.forDay(desk(), day);
            int withEmail = 0;
            for (const auto &reminder : r.reminders)
                withEmail += reminder.row.email.isEmpty() ? 0 : 1;
            if (r.reminders.size() >= 2 && withEmail >= 1)
                m_day = day;
        }
        QVERIFY(m_day.isValid());
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_tmp.reset();
    }

    void theDialogListsPreviewsAndSavesTheDaysReminders()
    {
        clinic::Services services(*m_db);
        const clinic::DayReminders expected = services.reminders.forDay(desk(), m_day);
        ui::RemindersDialog dialog(services, desk(), m_day);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.model()->rowCount(), int(expected.reminders.size()));
        for (int row = 0; row < dialog.model()->rowCount(); ++row) {
            const auto &r = expected.reminders[size_t(row)];
            // Shown as people read it (national, or with its country code), not as stored.
            const QString phone =
                dialog.model()->index(row, ui::RemindersDialog::PhoneColumn).data().toString();
            QVERIFY2(QRegularExpression(QStringLiteral("^(\\+33 [67]|0[67])( [0-9]{2}){4}$"))
                         .match(phone)
                         .hasMatch(),
                     qPrintable(phone + QStringLiteral(" for ") + r.row.phone));
            QCOMPARE(
                dialog.model()->index(row, ui::RemindersDialog::ProtocolColumn).data().toString(),
                r.protocolName);
        }
        QVERIFY2(dialog.summary().startsWith(
                     QStringLiteral("%1 reminder").arg(expected.reminders.size())),
                 qPrintable(dialog.summary()));
        // The first is previewed; choosing another shows its text, in its patient's language.
        QCOMPARE(dialog.preview()->toPlainText(), expected.reminders[0].message);
        dialog.view()->selectRow(1);
        QCOMPARE(dialog.preview()->toPlainText(), expected.reminders[1].message);

        const QString csv = m_tmp->path(QStringLiteral("reminders.csv"));
        QVERIFY2(dialog.saveCsv(csv), qPrintable(dialog.message()));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(
            bytes.startsWith("date,time,name,phone,email,language,practitioner,protocol,message"));
        QCOMPARE(bytes.count("\r\n" + m_day.toString(Qt::ISODate).toUtf8() + ','),
                 qsizetype(expected.reminders.size()));

        // A day without appointments: an empty list, nothing to save or send.
        dialog.setDay(QDate::currentDate().addYears(3));
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(!dialog.csvButton()->isEnabled());
        QVERIFY(!dialog.emailButton()->isEnabled());
    }

    void theEmailsGoThroughTheClinicsServer()
    {
        clinic::Services services(*m_db);
        const test::Certificate certificate(m_tmp->path(QStringLiteral(".")));
        QVERIFY2(certificate.error.isEmpty(), qPrintable(certificate.error));
        test::SmtpServer server(m_tmp->path(QStringLiteral("mail")), &certificate);
        QVERIFY2(server.error.isEmpty(), qPrintable(server.error));

        // The administrator sets the server in Settings; a bad sender is named, nothing saved.
        {
            ui::MailSettingsBox box(services, clinic::ActingUser::system(*m_db));
            box.hostEdit()->setText(QStringLiteral("localhost"));
            box.portBox()->setValue(server.port);
            box.securityBox()->setCurrentIndex(
                box.securityBox()->findData(QStringLiteral("starttls")));
            box.loginEdit()->setText(QStringLiteral("clinic"));
            box.caFileEdit()->setText(certificate.cert);
            box.fromEdit()->setText(QStringLiteral("not an address"));
            QVERIFY(!box.save());
            QVERIFY2(box.message().contains(QStringLiteral("mail.from")),
                     qPrintable(box.message()));
            QVERIFY(services.profile.mailSettings(desk()).host.isEmpty());
            box.fromEdit()->setText(QStringLiteral("rappels@clinique.example"));
            QVERIFY2(box.save(), qPrintable(box.message()));
        }
        QCOMPARE(services.profile.mailSettings(desk()).port, server.port);

        const clinic::MailBatch batch = services.reminders.prepareEmails(desk(), m_day);
        QVERIFY(!batch.mails.empty());
        ui::RemindersDialog dialog(services, desk(), m_day);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.sendEmails(QStringLiteral("secret")), qPrintable(dialog.message()));
        QVERIFY2(dialog.message().startsWith(
                     QCoreApplication::translate("meso::ui::RemindersDialog", "%n e-mail(s) sent.",
                                                 nullptr, int(batch.mails.size()))),
                 qPrintable(dialog.message()));
        const auto received = server.messages();
        QCOMPARE(received.size(), batch.mails.size());
        for (size_t i = 0; i < received.size(); ++i) {
            QCOMPARE(QString::fromStdString(received[i]["to"].get<std::string>()),
                     batch.mails[i].first.row.email);
            QCOMPARE(received[i]["attachments"].size(), size_t{1});
        }

        // Pressed again: nobody is reminded twice.
        QVERIFY(!dialog.sendEmails(QStringLiteral("secret")));
        QVERIFY2(dialog.message().contains(QStringLiteral("e-mailed already")),
                 qPrintable(dialog.message()));
        QCOMPARE(server.messages().size(), batch.mails.size());
    }

    void theCalendarOffersRemindersToTheFrontDeskOnly()
    {
        ui::MainWindow deskWindow(*m_db, desk());
        deskWindow.showPage(ui::MainWindow::Calendar);
        const auto deskButtons = deskWindow.findChildren<QPushButton *>();
        const auto isReminders = [](QPushButton *b) {
            return b->text() == QStringLiteral("Re&minders…");
        };
        const auto found = std::find_if(deskButtons.begin(), deskButtons.end(), isReminders);
        QVERIFY(found != deskButtons.end());
        QVERIFY(!(*found)->isHidden());
        ui::MainWindow adminWindow(*m_db, clinic::ActingUser::system(*m_db));
        adminWindow.showPage(ui::MainWindow::Calendar);
        for (QPushButton *b : adminWindow.findChildren<QPushButton *>())
            QVERIFY(!isReminders(b) || b->isHidden());
    }
};

QTEST_MAIN(RemindersUiTest)
#include "reminders_test.moc"
