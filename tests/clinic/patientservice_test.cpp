// Patient creation: validation names the field; valid patients are stored and found.

#include "clinic/actinguser.h"
#include "clinic/clinicdatabase.h"
#include "clinic/patientservice.h"
#include "clinic/permissions.h"
#include "clinic/services.h"
#include "clinic/validationerror.h"
#include "records/patientrecord.h"
#include "store/database.h"
#include "store/patientrepository.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"
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
        clinic::PatientService::validated(p, QDate(2026, 11, 22),
                                          clinic::PhoneNumbers(QStringLiteral("FR")));
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
    CHECK(service.find(user, id)->phone == QStringLiteral("+33611223344")); // E.164
    first.phone = QStringLiteral("+33 7 00 00 00 01");
    service.update(user, first);
    first.phone = QStringLiteral("+33700000001");
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

TEST_CASE("Phone numbers are stored in E.164, shown in the clinic's national format and found as "
          "typed",
          "[clinic][patients]")
{
    test::TempDir tmp;
    auto db = clinic::openClinicDatabase(tmp.dbPath());
    clinic::Services services(*db);
    const auto admin = services.users.createFirstAdmin(QStringLiteral("ada"), QStringLiteral("Ada"),
                                                       QStringLiteral("admin-secret-1"));
    services.profile.setCountry(admin, QStringLiteral("FR"));
    const auto user = clinic::ActingUser::builtInLocal(*db);
    clinic::PatientService &service = services.patients;

    auto french = valid();
    french.phone = QStringLiteral("06 12 34 56 78");
    const qint64 id = service.create(user, french);
    CHECK(service.find(user, id)->phone == QStringLiteral("+33612345678"));
    auto english = valid();
    english.familyName = QStringLiteral("Smith");
    english.phone = QStringLiteral("+44 20 7946 0958");
    const qint64 other = service.create(user, english);
    CHECK(service.find(user, other)->phone == QStringLiteral("+442079460958"));

    const clinic::PhoneNumbers phones = service.phoneNumbers();
    CHECK(phones.region() == QStringLiteral("FR"));
    CHECK(phones.display(QStringLiteral("+33612345678")) == QStringLiteral("06 12 34 56 78"));
    CHECK(phones.display(QStringLiteral("+442079460958")) == QStringLiteral("+44 20 7946 0958"));
    CHECK(phones.display(QStringLiteral("ask the front desk")) ==
          QStringLiteral("ask the front desk"));

    // Any form a person types finds the number, whole or begun, and only that patient.
    for (const char *typed :
         {"0612345678", "06 12 34 56 78", "+33 6 12 34 56 78", "+33612345678", "0033 6 12 34 56 78",
          "06 12", "0612", "06.12.34", "12 34 56 78", "lefevre 0612", "lefevre 06 12 34",
          "noel 06.12.34.56.78", "1985 lefevre 06 12"}) {
        INFO(typed);
        const auto found = service.search(user, QString::fromLatin1(typed), 10);
        REQUIRE(found.size() == 1);
        CHECK(found.front().id == id);
        CHECK(service.countMatching(user, QString::fromLatin1(typed), false, 100) == 1);
    }
    for (const char *typed : {"020 7946 0958", "+44 20 79", "7946 0958"}) {
        INFO(typed);
        const auto found = service.search(user, QString::fromLatin1(typed), 10);
        REQUIRE(found.size() == 1);
        CHECK(found.front().id == other);
    }
    // A birth date is still a birth date.
    CHECK(service.search(user, QStringLiteral("1985-10"), 10).size() == 2);

    // Invalid numbers: refused, naming the field, with an example of the clinic's country.
    for (const char *typed : {"0612", "06 12 34 56 7", "+33 6 12", "call me", "+999 1234 5678",
                              "06 12 34 56 78 ext. 12", "0612345678 x12"}) {
        INFO(typed);
        auto bad = valid();
        bad.phone = QString::fromLatin1(typed);
        CHECK_THROWS_WITH(service.create(user, bad),
                          Catch::StartsWith("patient.phone: expected a phone number of the "
                                            "clinic's country (FR), such as 06 12 34 56 78"));
    }
    // Without a country, a number needs its country code.
    CHECK(clinic::PhoneNumbers(QString()).checked(QStringLiteral("+33 6 12 34 56 78"),
                                                  QStringLiteral("patient.phone")) ==
          QStringLiteral("+33612345678"));
    CHECK_THROWS_WITH(clinic::PhoneNumbers(QString()).checked(QStringLiteral("06 12 34 56 78"),
                                                              QStringLiteral("patient.phone")),
                      Catch::StartsWith("patient.phone: expected a phone number with its "
                                        "country code"));
    CHECK(service.count(user) == 2);
}

TEST_CASE("Numbers stored as typed before are written in E.164 once, each change audited",
          "[clinic][patients]")
{
    test::TempDir tmp;
    auto db = clinic::openClinicDatabase(tmp.dbPath());
    clinic::Services services(*db);
    const auto admin = services.users.createFirstAdmin(QStringLiteral("ada"), QStringLiteral("Ada"),
                                                       QStringLiteral("admin-secret-1"));
    const auto system = clinic::ActingUser::system(*db);
    // As an earlier MesoPlan stored them: as typed, one not a number at all.
    store::PatientRepository repo(*db);
    std::vector<qint64> ids;
    {
        store::WriteTransaction tx(*db);
        for (const char *phone :
             {"06 12 34 56 78", "+44 20 7946 0958", "+33612345679", "ask at the desk"}) {
            auto p = valid();
            p.phone = QString::fromUtf8(phone);
            ids.push_back(repo.insert(p, admin.id, QDateTime::currentDateTimeUtc()));
        }
        tx.commit();
    }
    const auto phoneOf = [&](qint64 id) { return repo.find(id)->phone; };
    // Without the clinic's country, nothing is guessed (this computer's locale could be
    // another country's): nothing written yet.
    CHECK(services.patients.writeStoredPhonesInE164(system) == 0);
    CHECK(phoneOf(ids[0]) == QStringLiteral("06 12 34 56 78"));
    // Only MesoPlan itself runs it.
    CHECK_THROWS_AS(services.patients.writeStoredPhonesInE164(admin), clinic::PermissionError);

    services.profile.setCountry(admin, QStringLiteral("FR"));
    CHECK(services.patients.writeStoredPhonesInE164(system) == 2);
    CHECK(phoneOf(ids[0]) == QStringLiteral("+33612345678"));
    CHECK(phoneOf(ids[1]) == QStringLiteral("+442079460958"));
    CHECK(phoneOf(ids[2]) == QStringLiteral("+33612345679"));
    CHECK(phoneOf(ids[3]) == QStringLiteral("ask at the desk"));
    CHECK(repo.find(ids[0])->rowVersion == 2); // a change: an editor of the old version is told
    const auto trail = services.audit.list(admin, {});
    const auto changes = std::count_if(trail.begin(), trail.end(), [&](const auto &row) {
        return row.action == QStringLiteral("patient.update") && row.userId == system.id;
    });
    CHECK(changes == 2);
    // Done once for the country: a later start reads one setting.
    CHECK(services.patients.writeStoredPhonesInE164(system) == 0);
    // Opening the database runs it; a failure there never keeps the database from opening.
    {
        store::WriteTransaction tx(*db);
        auto p = valid();
        p.phone = QStringLiteral("07 51 23 45 67");
        ids.push_back(repo.insert(p, admin.id, QDateTime::currentDateTimeUtc()));
        tx.commit();
    }
    services.profile.setCountry(admin, QStringLiteral("BE")); // then back: read again
    services.profile.setCountry(admin, QStringLiteral("FR"));
    CHECK(services.patients.writeStoredPhonesInE164(system) == 0); // FR done already
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

TEST_CASE("The patient's address is kept as tidy lines, and a bad one names its field",
          "[clinic][patients]")
{
    test::TempDir tmp;
    auto db = clinic::openClinicDatabase(tmp.dbPath());
    clinic::PatientService service(*db);
    const auto user = clinic::ActingUser::builtInLocal(*db);

    auto p = valid();
    p.address = QStringLiteral("  14  rue des\tLilas \n\n 69003   Lyon\n");
    const qint64 id = service.create(user, p);
    auto stored = service.find(user, id);
    REQUIRE(stored);
    CHECK(stored->address == QStringLiteral("14 rue des Lilas\n69003 Lyon"));
    stored->address.clear();
    service.update(user, *stored);
    CHECK(service.find(user, id)->address.isEmpty());

    auto escaped = valid();
    escaped.address = QStringLiteral("14 rue des Lilas\x1b[2J");
    CHECK_THROWS_WITH(service.create(user, escaped),
                      Catch::StartsWith("patient.address: expected lines of text without control "
                                        "characters"));
    auto longer = valid();
    longer.address = QStringLiteral("a\nb\nc\nd\ne\nf\ng");
    CHECK_THROWS_WITH(service.create(user, longer),
                      Catch::StartsWith("patient.address: expected at most 6 lines"));
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
