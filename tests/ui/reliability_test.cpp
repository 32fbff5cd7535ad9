// Reliability through the real widgets (issue 7), in the real ui::Application: a full disk and a
// read-only database while saving a patient give a message in the form, which keeps what was
// typed; an exception no dialog expected is shown by the application's safety net instead of
// ending the program; and the patient form's fields take empty, very long, control, right-to-left,
// emoji and SQL-looking text and impossible dates, each saved as the form shows it or refused
// naming the field.

#include "application.h"
#include "consultationdialog.h"
#include "patientdialog.h"
#include "settingspage.h"

#include "clinic/demogenerator.h"
#include "clinic/logfile.h"
#include "clinicfixture.h"
#include "records/storeerror.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace meso;

namespace {

void exec(const store::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    QVERIFY2(q.exec(sql), qPrintable(sql));
}

int pageCount(const store::Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA page_count"));
    q.next();
    return q.value(0).toInt();
}

QPushButton *saveButton(QDialog *d)
{
    return d->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
        ->button(QDialogButtonBox::Save);
}

QString problem(QDialog *d)
{
    return d->findChild<QLabel *>(QStringLiteral("problem"))->text();
}

void fillValid(QDialog *d)
{
    d->findChild<QLineEdit *>(QStringLiteral("familyName"))->setText(QStringLiteral("Disk"));
    d->findChild<QLineEdit *>(QStringLiteral("givenNames"))->setText(QStringLiteral("Full"));
    d->findChild<QDateEdit *>(QStringLiteral("birthDate"))->setDate(QDate(1980, 5, 6));
}

} // namespace

class ReliabilityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A backup of a large clinic runs beside the window: its event loop keeps turning (timers
    // fire, the window repaints) until the copy is written, and the copy is whole.
    void theWindowKeepsRespondingDuringABackup()
    {
        test::ClinicFixture c;
        clinic::GenerateOptions o;
        o.patients = 1500;
        o.years = 1;
        o.seed = 5;
        o.until = QDate::currentDate();
        clinic::DemoGenerator(c.services).generate(c.admin, o);
        const clinic::ActingUser admin = c.services.users.createFirstAdmin(
            QStringLiteral("ada"), QStringLiteral("Ada"), QStringLiteral("admin-secret-1"));
        ui::SettingsPage page(*c.db, c.services, admin);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(1);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();
        const QString copy = c.tmp.path(QStringLiteral("copy.sqlite"));
        QVERIFY2(page.backUpTo(copy), qPrintable(page.backupMessage()));
        ticker.stop();
        QVERIFY2(ticks > 0, "the event loop stood still during the backup");
        const auto copied = clinic::openClinicDatabase(copy);
        QCOMPARE(clinic::Services(*copied).patients.count(clinic::ActingUser::system(*copied)),
                 c.services.patients.count(admin));
    }

    void fullDiskWhileSavingKeepsTheForm()
    {
        test::ClinicFixture c;
        ui::PatientDialog dialog(c.services.patients, c.user, std::nullopt);
        dialog.show();
        fillValid(&dialog);
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("notes"))
            ->setPlainText(QString(9000, QLatin1Char('n')));
        exec(*c.db, QStringLiteral("PRAGMA max_page_count = %1").arg(pageCount(*c.db)));
        const qint64 before = c.services.patients.count(c.user);
        saveButton(&dialog)->click();
        QVERIFY(dialog.isVisible()); // not accepted
        QVERIFY2(problem(&dialog).startsWith(
                     QStringLiteral("The disk holding the database is full: nothing was saved.")),
                 qPrintable(problem(&dialog)));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("familyName"))->text(),
                 QStringLiteral("Disk"));
        QCOMPARE(c.services.patients.count(c.user), before);
        // Space again: the same form saves.
        exec(*c.db, QStringLiteral("PRAGMA max_page_count = 1073741823"));
        saveButton(&dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(c.services.patients.find(c.user, dialog.patientId())->familyName,
                 QStringLiteral("Disk"));
    }

    void readOnlyDatabaseWhileSaving()
    {
        test::ClinicFixture c;
        ui::PatientDialog dialog(c.services.patients, c.user, std::nullopt);
        dialog.show();
        fillValid(&dialog);
        exec(*c.db, QStringLiteral("PRAGMA query_only = ON"));
        saveButton(&dialog)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(problem(&dialog).startsWith(QStringLiteral("The database cannot be written")),
                 qPrintable(problem(&dialog)));
        exec(*c.db, QStringLiteral("PRAGMA query_only = OFF"));
    }

    void anUnexpectedExceptionIsShownNotFatal()
    {
        auto *app = qobject_cast<ui::Application *>(QCoreApplication::instance());
        QVERIFY(app);
        const int before = ui::Application::errorsReported();
        const QString log = clinic::installLogFile();
        QFile::remove(log);
        // A slot throwing from the event loop, as a service call would on a failing disk.
        QTimer::singleShot(0, app, [] {
            throw records::StoreError(
                QStringLiteral("The disk holding the database is full: nothing was saved."),
                records::StoreError::Kind::DiskFull);
        });
        QTRY_COMPARE(ui::Application::errorsReported(), before + 1);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *b = qobject_cast<QMessageBox *>(w); b && b->isVisible())
                    return b;
            }
            return static_cast<QMessageBox *>(nullptr);
        }()));
        QVERIFY(box->text().contains(QStringLiteral("nothing of it was saved")));
        QVERIFY(box->text().contains(QStringLiteral("The disk holding the database is full")));
        QCOMPARE(box->textFormat(), Qt::PlainText);
        box->close();
        // And in the support log, for whoever helps the clinic.
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("error default: The database could not complete this "
                                        "action"));
    }

    void patientFormFieldsTakeBadTextOrNameTheField()
    {
        test::ClinicFixture c;
        const QString values[] = {
            QString(),
            QString(10000, QLatin1Char('x')),
            QStringLiteral("a\x01\x07\x1b[31mred\tb"),
            QString::fromUtf8("\u202e\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd"),
            QString::fromUtf8("\U0001F489\U0001F600 Zo\u00eb"),
            QStringLiteral("'); DROP TABLE patients;--"),
            QStringLiteral("2026-02-30"),
            QStringLiteral("-5"),
        };
        int saved = 0, refused = 0;
        for (const char *field : {"familyName", "givenNames", "phone", "email", "notes"}) {
            for (const QString &value : values) {
                ui::PatientDialog dialog(c.services.patients, c.user, std::nullopt);
                dialog.show();
                fillValid(&dialog);
                QString shown;
                if (auto *line = dialog.findChild<QLineEdit *>(QLatin1String(field))) {
                    line->setText(value);
                    shown =
                        line->text(); // a field may hold less than was pasted (its maximum length)
                } else {
                    auto *notes = dialog.findChild<QPlainTextEdit *>(QLatin1String(field));
                    QVERIFY(notes);
                    notes->setPlainText(value);
                    shown = notes->toPlainText();
                }
                saveButton(&dialog)->click();
                const QString what =
                    QStringLiteral("%1 = %2").arg(QLatin1String(field), value.left(40));
                if (dialog.result() == QDialog::Accepted) {
                    ++saved;
                    const auto p = c.services.patients.find(c.user, dialog.patientId());
                    const QString stored =
                        QLatin1String(field) == QLatin1String("familyName")   ? p->familyName
                        : QLatin1String(field) == QLatin1String("givenNames") ? p->givenNames
                        : QLatin1String(field) == QLatin1String("phone")      ? p->phone
                        : QLatin1String(field) == QLatin1String("email")      ? p->email
                                                                              : p->notes;
                    QVERIFY2(stored == shown.trimmed() || stored == shown, qPrintable(what));
                } else {
                    ++refused;
                    QVERIFY2(dialog.isVisible(), qPrintable(what));
                    QVERIFY2(!problem(&dialog).isEmpty(), qPrintable(what));
                }
            }
        }
        QVERIFY(saved > 0);
        QVERIFY(refused > 0);
        // A birth date the form cannot hold is never taken, and one in the future is held back to
        // today by the field itself; the service names the field when no date is given.
        ui::PatientDialog dialog(c.services.patients, c.user, std::nullopt);
        dialog.show();
        fillValid(&dialog);
        auto *birth = dialog.findChild<QDateEdit *>(QStringLiteral("birthDate"));
        birth->setDate(QDate(2026, 2, 30)); // invalid: ignored
        QCOMPARE(birth->date(), QDate(1980, 5, 6));
        birth->setDate(QDate::currentDate().addDays(10));
        QCOMPARE(birth->date(), QDate::currentDate());
        birth->setDate(birth->minimumDate()); // the field's "no date"
        saveButton(&dialog)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(problem(&dialog).startsWith(QStringLiteral("Birth date")),
                 qPrintable(problem(&dialog)));
    }

    void consultationFreeTextIsKeptVerbatim()
    {
        test::ClinicFixture c;
        const qint64 id = test::addPatient(c.services, c.user, QStringLiteral("Freetext"));
        ui::ConsultationDialog dialog(c.services, c.user, *c.services.patients.find(c.user, id),
                                      std::nullopt);
        dialog.show();
        const QString values[] = {
            QString(10000, QLatin1Char('m')),
            QStringLiteral("a\x01\x07\x1b[31mred"),
            QString::fromUtf8("\u202e\u0645\u0631\u062d\u0628\u0627"),
            QString::fromUtf8("\U0001F48A pill"),
            QStringLiteral("'); DELETE FROM users;--"),
            QStringLiteral("-5"),
        };
        for (const char *field : {"medicationName", "allergyName"}) {
            auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(field));
            QVERIFY(edit);
            for (const QString &value : values) {
                edit->setText(value);
                QTest::keyClick(edit, Qt::Key_Return); // added as typed (as the field holds it)
            }
        }
        dialog.screenNow();
        const nlohmann::json intake = dialog.intake();
        int kept = 0;
        for (const char *list : {"medications", "allergies"}) {
            for (const auto &name : intake.value(list, nlohmann::json::array()))
                kept += std::any_of(std::begin(values), std::end(values),
                                    [&](const QString &v) {
                                        return name.is_string() &&
                                               QString::fromStdString(name.get<std::string>()) ==
                                                   v.trimmed();
                                    })
                            ? 1
                            : 0;
        }
        QVERIFY2(kept >= 8,
                 qPrintable(QString::number(kept))); // unknown names kept (never dropped)
        // Saved as a draft and read back: verbatim.
        dialog.saveButton()->click();
        QCOMPARE(dialog.problem(), QString());
        const auto stored = c.services.consultations.find(c.user, dialog.consultation().id);
        QVERIFY(stored);
        QVERIFY(nlohmann::json::parse(stored->intake.toStdString())["medications"] ==
                intake["medications"]);
    }
};

int main(int argc, char **argv)
{
    ui::Application app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    QStandardPaths::setTestModeEnabled(true);
    ReliabilityTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "reliability_test.moc"
