// Appointment reminders (issue 19), on both engines: a day's appointments still to come, only for
// patients who agreed to reminders, each written in the patient's language with the protocol's
// pre-session instructions from the catalog; the CSV for an SMS or e-mail service; audited per
// patient.

#include "clinic/csvreader.h"
#include "clinic/language.h"
#include "clinic/reminderservice.h"
#include "clinic/validationerror.h"
#include "clinicfixture.h"
#include "store/statement.h"

#include <catch2/catch.hpp>

using namespace meso;

namespace {

struct Booked
{
    qint64 patient = 0, plan = 0;
};

// A patient with a contact, their consent and language, and an approved mesolift plan.
Booked patient(test::ClinicFixture &f, const QString &family, bool consent, const QString &lang)
{
    records::PatientRecord p;
    p.familyName = family;
    p.givenNames = QStringLiteral("Anne");
    p.birthDate = QDate(1980, 4, 2);
    p.phone = QStringLiteral("+33 6 12 34 56 78");
    p.email = family.toLower() + QStringLiteral("@example.org");
    p.reminderConsentOn = consent ? QDate::currentDate() : QDate();
    p.language = lang;
    Booked b;
    b.patient = f.services.patients.create(f.user, p);
    const qint64 consultation = test::signedConsultation(
        f.services, f.user, b.patient, test::oneRequest("skin_rejuvenation", "face"));
    b.plan = test::approvedPlan(f.services, f.user, consultation);
    return b;
}

void appointment(test::ClinicFixture &f, const Booked &b, int session, const QDateTime &start,
                 const QString &status = QStringLiteral("booked"))
{
    f.appointmentAt(b.patient, b.plan, session, start, status);
}

QStringList preparation(test::ClinicFixture &f, const char *protocol, const std::string &lang)
{
    const auto catalog = f.services.assessments.catalog(f.user);
    QStringList items;
    for (const std::string &id : core::Catalog::findIn(catalog->protocols, protocol)->preparation)
        for (const auto &item : core::Catalog::findIn(catalog->aftercare, id)->items)
            items << QString::fromStdString(item.text.in(lang));
    return items;
}

qint64 count(test::ClinicFixture &f, const QString &sql)
{
    store::Statement s(f.db->store().connection(), sql);
    s.exec();
    REQUIRE(s.next());
    return s.integer(0);
}

} // namespace

TEST_CASE("A day's reminders: consenting patients only, in their language, with the instructions",
          "[clinic][reminder]")
{
    test::ClinicFixture f;
    const QDate day = QDate::currentDate().addDays(1);
    const Booked french = patient(f, QStringLiteral("Lefèvre"), true, QStringLiteral("fr"));
    const Booked english = patient(f, QStringLiteral("Smith"), true, QStringLiteral("en"));
    const Booked refused = patient(f, QStringLiteral("Refus"), false, QString());
    appointment(f, english, 0, QDateTime(day, QTime(9, 0)));
    appointment(f, french, 1, QDateTime(day, QTime(14, 30)));
    appointment(f, refused, 0, QDateTime(day, QTime(11, 0)));
    appointment(f, french, 0, QDateTime(day, QTime(8, 0)), QStringLiteral("cancelled"));
    appointment(f, english, 1, QDateTime(day.addDays(1), QTime(9, 0))); // another day

    const clinic::DayReminders r = f.services.reminders.forDay(f.user, day);
    CHECK(r.withoutConsent == 1);
    REQUIRE(r.reminders.size() == 2);
    const clinic::Reminder &first = r.reminders[0];
    const clinic::Reminder &second = r.reminders[1];
    CHECK(first.row.patientId == english.patient); // by time
    CHECK(second.row.patientId == french.patient);

    CHECK(first.language == QLatin1String("en"));
    CHECK(first.message.startsWith(QStringLiteral("Hello Anne, a reminder of your appointment")));
    CHECK(first.message.contains(QStringLiteral("Dr Pia Morel")));
    CHECK(first.message.contains(QStringLiteral("session 1 of")));
    CHECK(first.instructions == preparation(f, "mesolift", "en"));
    CHECK(first.message.contains(QStringLiteral("Before your session:")));
    for (const QString &item : first.instructions)
        CHECK(first.message.contains(item));

    CHECK(second.language == QLatin1String("fr"));
    CHECK(second.message.startsWith(QStringLiteral("Bonjour Anne")));
    CHECK(second.message.contains(
        clinic::localeOf(QStringLiteral("fr")).toString(day, QLocale::LongFormat)));
    CHECK(second.message.contains(QStringLiteral("14:30")));
    CHECK(second.message.contains(QStringLiteral("séance 2 sur")));
    CHECK(second.instructions == preparation(f, "mesolift", "fr"));
    CHECK_FALSE(second.instructions.isEmpty());
    CHECK(second.message.contains(second.instructions.front()));
    CHECK(second.protocolName ==
          QString::fromStdString(
              core::Catalog::findIn(f.services.assessments.catalog(f.user)->protocols, "mesolift")
                  ->name.in("fr")));

    // Each patient reminded is an audit row; the one without consent is not.
    CHECK(count(f, QStringLiteral(
                       "SELECT count(*) FROM audit_log WHERE action = 'reminder.list'")) == 2);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reminder.list' "
                                  "AND patient_id = %1")
                       .arg(refused.patient)) == 0);

    // A day without appointments: nothing, and the look is still audited.
    CHECK(f.services.reminders.forDay(f.user, day.addDays(10)).reminders.empty());
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reminder.list' "
                                  "AND patient_id IS NULL")) == 1);
    CHECK_THROWS_WITH(f.services.reminders.forDay(f.user, QDate()),
                      Catch::StartsWith("reminder.date: expected a date"));
}

TEST_CASE("The reminders' CSV holds one line per reminder for an SMS or e-mail service",
          "[clinic][reminder]")
{
    test::ClinicFixture f;
    const QDate day = QDate::currentDate().addDays(2);
    const Booked french = patient(f, QStringLiteral("=Formule"), true, QStringLiteral("fr"));
    const Booked refused = patient(f, QStringLiteral("Refus"), false, QStringLiteral("fr"));
    appointment(f, french, 0, QDateTime(day, QTime(10, 15)));
    appointment(f, refused, 0, QDateTime(day, QTime(11, 0)));

    const QByteArray csv = f.services.reminders.exportCsv(f.user, day);
    const auto records = clinic::readCsv(QString::fromUtf8(csv), QLatin1Char(','));
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == clinic::ReminderService::csvColumns());
    const QStringList &line = records[1].fields;
    REQUIRE(line.size() == clinic::ReminderService::csvColumns().size());
    CHECK(line[0] == day.toString(Qt::ISODate));
    CHECK(line[1] == QLatin1String("10:15"));
    CHECK(line[2] == QLatin1String("Anne =Formule"));
    CHECK(line[3] == QLatin1String("+33612345678"));          // E.164, as SMS services take it
    CHECK(line[4] == QLatin1String("'=formule@example.org")); // the formula guard
    CHECK(line[5] == QLatin1String("fr"));
    CHECK(line[6] == QLatin1String("Dr Pia Morel"));
    CHECK(line[8].startsWith(QStringLiteral("Bonjour Anne")));
    CHECK(line[8].contains(QLatin1Char('\n'))); // the instructions, one per line
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                  "'reminder.export' AND patient_id = %1")
                       .arg(french.patient)) == 1);
}
