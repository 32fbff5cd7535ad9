// Patient creation: validation names the field; valid patients are stored and found.

#include "clinic/actinguser.h"
#include "clinic/clinicdatabase.h"
#include "clinic/patientservice.h"
#include "clinic/validationerror.h"
#include "records/patientrecord.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace meso;

namespace {
records::PatientRecord valid()
{
    records::PatientRecord p;
    p.familyName = QStringLiteral("Lefèvre");
    p.givenNames = QStringLiteral("Noël");
    p.birthDate = QDate(1985, 10, 10);
    p.sex = QStringLiteral("male");
    p.phone = QStringLiteral("+33 6 11 22 33 44");
    p.email = QStringLiteral("noel@example.org");
    return p;
}

QString fieldOf(const records::PatientRecord &p)
{
    try {
        clinic::PatientService::validate(p, QDate(2026, 11, 22));
    } catch (const clinic::ValidationError &e) {
        return e.field();
    }
    return QStringLiteral("valid");
}
} // namespace

TEST_CASE("Patient validation names the field that is wrong", "[clinic][patients]")
{
    CHECK(fieldOf(valid()) == QLatin1String("valid"));
    auto p = valid();
    p.familyName = QStringLiteral("  ");
    CHECK(fieldOf(p) == QLatin1String("patient.family_name"));
    p = valid();
    p.birthDate = QDate(2027, 1, 1);
    CHECK(fieldOf(p) == QLatin1String("patient.birth_date"));
    p = valid();
    p.birthDate = QDate();
    CHECK(fieldOf(p) == QLatin1String("patient.birth_date"));
    p = valid();
    p.phone = QStringLiteral("call me");
    CHECK(fieldOf(p) == QLatin1String("patient.phone"));
    p = valid();
    p.email = QStringLiteral("noel.example.org");
    CHECK(fieldOf(p) == QLatin1String("patient.email"));
    p = valid();
    p.sex = QStringLiteral("f");
    CHECK(fieldOf(p) == QLatin1String("patient.sex"));
}

TEST_CASE("A created patient is found, an invalid one writes nothing", "[clinic][patients]")
{
    test::TempDir tmp;
    auto db = clinic::openClinicDatabase(tmp.dbPath());
    clinic::PatientService service(*db);
    const auto user = clinic::ActingUser::builtInLocal(*db);
    auto bad = valid();
    bad.email = QStringLiteral("nope");
    CHECK_THROWS_AS(service.create(user, bad), clinic::ValidationError);
    CHECK(service.count(user) == 0);
    const qint64 id = service.create(user, valid());
    CHECK(id > 0);
    const auto found = service.search(user, QStringLiteral("noel lefevre"), 10);
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == id);
    CHECK(found[0].givenNames == QStringLiteral("Noël"));
}

TEST_CASE("An edit validates, saves in one transaction and never overwrites a newer change",
          "[clinic][patients]")
{
    test::TempDir tmp;
    auto db = clinic::openClinicDatabase(tmp.dbPath());
    clinic::PatientService service(*db);
    const auto user = clinic::ActingUser::builtInLocal(*db);
    const qint64 id = service.create(user, valid());
    auto first = *service.find(user, id);
    auto second = first; // another workstation read the same version

    first.phone = QStringLiteral("0612");
    CHECK_THROWS_AS(service.update(user, first), clinic::ValidationError);
    CHECK(service.find(user, id)->phone == valid().phone);
    first.phone = QStringLiteral("+33 7 00 00 00 01");
    service.update(user, first);
    CHECK(service.find(user, id)->phone == first.phone);

    // The second edit started from the old version: refused, the first edit stays.
    second.email = QStringLiteral("other@example.org");
    CHECK_THROWS_AS(service.update(user, second), clinic::ConflictError);
    CHECK(service.find(user, id)->email == valid().email);
    CHECK(service.find(user, id)->phone == first.phone);
    CHECK_THROWS_AS(service.setArchived(user, id, second.rowVersion, true), clinic::ConflictError);
    service.setArchived(user, id, service.find(user, id)->rowVersion, true);
    CHECK(service.find(user, id)->archived);
    CHECK(service.count(user) == 0);
}

TEST_CASE("Demo data is loaded once, when asked", "[clinic][patients]")
{
    test::TempDir tmp;
    clinic::OpenOptions demo;
    demo.loadDemoData = true;
    qint64 first = 0;
    {
        auto db = clinic::openClinicDatabase(tmp.dbPath(), demo);
        first = clinic::PatientService(*db).count(clinic::ActingUser::builtInLocal(*db));
        CHECK(first >= 10);
    }
    auto db = clinic::openClinicDatabase(tmp.dbPath(), demo);
    CHECK(clinic::PatientService(*db).count(clinic::ActingUser::builtInLocal(*db)) == first);
}

TEST_CASE("The patient's consent to reminders is kept with its day, and needs a way to reach them",
          "[clinic][patients]")
{
    test::TempDir tmp;
    auto db = clinic::openClinicDatabase(tmp.dbPath());
    clinic::PatientService service(*db);
    const auto user = clinic::ActingUser::builtInLocal(*db);
    const QDate today = QDate::currentDate();

    auto p = valid();
    p.reminderConsentOn = today.addDays(-3);
    const qint64 id = service.create(user, p);
    auto stored = service.find(user, id);
    REQUIRE(stored);
    CHECK(stored->reminderConsentOn == today.addDays(-3));
    // Withdrawn: no date any more.
    stored->reminderConsentOn = QDate();
    service.update(user, *stored);
    stored = service.find(user, id);
    REQUIRE(stored);
    CHECK_FALSE(stored->reminderConsentOn.isValid());

    auto future = valid();
    future.reminderConsentOn = today.addDays(1);
    CHECK_THROWS_WITH(service.create(user, future),
                      Catch::StartsWith("patient.reminder_consent: expected a date up to today"));
    auto unreachable = valid();
    unreachable.phone.clear();
    unreachable.email.clear();
    unreachable.reminderConsentOn = today;
    CHECK_THROWS_WITH(service.create(user, unreachable),
                      Catch::StartsWith("patient.reminder_consent: expected a phone number"));
    CHECK(service.count(user) == 1);
}

TEST_CASE("The patient's language is kept, and only a language MesoPlan writes is accepted",
          "[clinic][patients]")
{
    test::TempDir tmp;
    auto db = clinic::openClinicDatabase(tmp.dbPath());
    clinic::PatientService service(*db);
    const auto user = clinic::ActingUser::builtInLocal(*db);

    auto p = valid();
    p.language = QStringLiteral("fr");
    const qint64 id = service.create(user, p);
    auto stored = service.find(user, id);
    REQUIRE(stored);
    CHECK(stored->language == QLatin1String("fr"));
    stored->language.clear();
    service.update(user, *stored);
    CHECK(service.find(user, id)->language.isEmpty());

    auto klingon = valid();
    klingon.language = QStringLiteral("tlh");
    CHECK_THROWS_WITH(service.create(user, klingon),
                      Catch::StartsWith("patient.language: expected one of en, fr"));
    CHECK(service.count(user) == 1);
}
