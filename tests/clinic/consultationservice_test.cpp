// Consultations: drafts change, a signed consultation never does (amendments are new rows), and
// signing checks the intake like the CLI does, naming the field.

#include "clinic/actinguser.h"
#include "clinic/assessmentservice.h"
#include "clinic/clinicdatabase.h"
#include "clinic/consultationservice.h"
#include "clinic/patientservice.h"
#include "clinic/validationerror.h"
#include "records/consultationrecord.h"
#include "records/patientrecord.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace meso;

namespace {

struct Clinic
{
    test::TempDir tmp;
    std::unique_ptr<clinic::ClinicDatabase> db = clinic::openClinicDatabase(tmp.dbPath());
    clinic::ActingUser user = clinic::ActingUser::builtInLocal(*db);
    clinic::AssessmentService assessments{*db};
    clinic::ConsultationService consultations{*db, assessments};
    qint64 patientId = 0;

    Clinic()
    {
        records::PatientRecord p;
        p.familyName = QStringLiteral("Rossi");
        p.givenNames = QStringLiteral("Chiara");
        p.birthDate = QDate(1990, 4, 17);
        patientId = clinic::PatientService(*db).create(user, p);
    }

    records::ConsultationRecord draft(const QString &intake) const
    {
        records::ConsultationRecord c;
        c.patientId = patientId;
        c.date = QDate(2026, 12, 1);
        c.intake = intake;
        return c;
    }
};

const QString kComplete = QStringLiteral(
    R"({"patient": {"birth_date": "1990-04-17"}, "date": "2026-12-01",
        "requests": [{"indication": "skin_rejuvenation", "area": "face"}], "conditions": ["pregnancy"]})");

} // namespace

TEST_CASE("A draft is saved incomplete and signed only when its intake is valid",
          "[clinic][consultations]")
{
    Clinic clinic;
    auto stored = clinic.consultations.saveDraft(
        clinic.user,
        clinic.draft(QStringLiteral(
            R"({"patient": {"birth_date": "1990-04-17"}, "date": "2026-12-01", "requests": []})")));
    const qint64 id = stored.id;
    CHECK(stored.status == QStringLiteral("draft"));
    try {
        clinic.consultations.sign(clinic.user, stored);
        FAIL("an intake without requests was signed");
    } catch (const clinic::ValidationError &e) {
        CHECK(e.field() == QStringLiteral("intake.requests"));
    }
    CHECK_FALSE(clinic.consultations.find(clinic.user, id)->signedOff());

    // Signing saves what the form holds and signs it: one action, one audit row.
    stored.intake = kComplete;
    const auto signedOne = clinic.consultations.sign(clinic.user, stored);
    CHECK(signedOne.id == id);
    CHECK(signedOne.intake == kComplete);
    CHECK(*clinic.consultations.find(clinic.user, id) == signedOne);
    CHECK(signedOne.signedOff());
    CHECK(signedOne.signedAt.isValid());

    // Signed: read-only. A correction is an amendment; both are kept.
    auto change = signedOne;
    change.intake = QStringLiteral(
        R"({"patient": {"birth_date": "1990-04-17"}, "date": "2026-12-01", "requests": []})");
    CHECK_THROWS_AS(clinic.consultations.saveDraft(clinic.user, change), clinic::ConflictError);
    CHECK(clinic.consultations.find(clinic.user, id)->intake == kComplete);
    const auto amended = clinic.consultations.amend(clinic.user, id);
    const qint64 amendment = amended.id;
    CHECK(amended.amendsId == id);
    CHECK_FALSE(amended.signedOff());
    CHECK(amended.intake == kComplete);
    CHECK_THROWS_AS(clinic.consultations.amend(clinic.user, amendment), clinic::ConflictError);
    CHECK(clinic.consultations.forPatient(clinic.user, clinic.patientId).size() == 2);
}

TEST_CASE("Two edits of the same draft: the second is refused, not silently lost",
          "[clinic][consultations]")
{
    Clinic clinic;
    auto first = clinic.consultations.saveDraft(clinic.user, clinic.draft(kComplete));
    const qint64 id = first.id;
    auto second = first;
    first.date = QDate(2026, 12, 2);
    clinic.consultations.saveDraft(clinic.user, first);
    second.date = QDate(2026, 12, 3);
    CHECK_THROWS_AS(clinic.consultations.saveDraft(clinic.user, second), clinic::ConflictError);
    CHECK(clinic.consultations.find(clinic.user, id)->date == QDate(2026, 12, 2));
    CHECK_THROWS_AS(clinic.consultations.sign(clinic.user, second), clinic::ConflictError);
    CHECK_FALSE(clinic.consultations.find(clinic.user, id)->signedOff());
}
