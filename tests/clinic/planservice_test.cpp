// Plans: edited as drafts on a signed consultation, overrides of relative findings with a reason,
// approval that locks, new versions that keep the old, consent; practitioners only.

#include "clinic/validationerror.h"
#include "clinicfixture.h"
#include "records/consultationrecord.h"
#include "records/planrecord.h"

#include <catch2/catch.hpp>

using namespace meso;

namespace {

struct Clinic : test::ClinicFixture
{
    clinic::PlanService &plans = services.plans;
    clinic::ConsultationService &consultations = services.consultations;

    // A signed consultation with the given intake (%1: today, %2: the birth date); returns its id.
    qint64 signedConsultation(const QString &intake)
    {
        return test::signedConsultation(
            services, user, test::addPatient(services, user, QStringLiteral("Rossi")), intake);
    }
};

// Warfarin: a relative (patient) finding. Mesolift is proposed; skinbooster serves it too.
const QString kAnticoagulated = QStringLiteral(
    R"({"patient": {"birth_date": "%2"}, "date": "%1",
        "requests": [{"indication": "skin_rejuvenation", "area": "face"}], "medications": ["warfarin"]})");

} // namespace

TEST_CASE("A plan is proposed, overridden with a reason, approved, locked and versioned",
          "[clinic][plans]")
{
    Clinic clinic;
    const qint64 consultation = clinic.signedConsultation(kAnticoagulated);

    clinic::PlanView proposal = clinic.plans.current(clinic.user, consultation, 0);
    CHECK(proposal.record.id == 0);
    CHECK(proposal.record.protocol == QStringLiteral("mesolift"));
    CHECK(proposal.record.sessions ==
          proposal.result().sessions); // the course the plan rules chose
    REQUIRE(proposal.relativeFindings().size() == 1);
    const core::Finding &warfarin = *proposal.relativeFindings().front();
    CHECK(warfarin.rule->id == "anticoagulant");
    CHECK_FALSE(proposal.approvalProblems().isEmpty());

    const qint64 planId = clinic.plans.saveDraft(clinic.user, proposal.record);
    clinic::PlanView draft = clinic.plans.view(clinic.user, planId);
    CHECK(draft.record.isDraft());
    CHECK(draft.record.version == 1);

    // Approving with the relative finding open is refused and says why.
    try {
        clinic.plans.approve(clinic.user, planId, draft.record.rowVersion);
        FAIL("approved with an open relative finding");
    } catch (const clinic::ValidationError &e) {
        CHECK(e.field() == QStringLiteral("plan"));
        CHECK(e.message().contains(QStringLiteral("override")));
    }
    // An override needs a reason from the list, and "other" needs a comment.
    CHECK_THROWS_AS(clinic.plans.setOverride(clinic.user, planId, draft.record.rowVersion,
                                             QStringLiteral("anticoagulant"), QString(), QString(),
                                             QStringLiteral("fine")),
                    clinic::ValidationError);
    try {
        clinic.plans.setOverride(clinic.user, planId, draft.record.rowVersion,
                                 QStringLiteral("anticoagulant"), QString(),
                                 QStringLiteral("other"), QStringLiteral("  "));
        FAIL("override 'other' without comment accepted");
    } catch (const clinic::ValidationError &e) {
        CHECK(e.field() == QStringLiteral("override.comment"));
    }
    // Only a relative finding of this plan can be overridden.
    CHECK_THROWS_AS(clinic.plans.setOverride(clinic.user, planId, draft.record.rowVersion,
                                             QStringLiteral("pregnancy"), QString(),
                                             QStringLiteral("benefit_outweighs_risk"), QString()),
                    clinic::ValidationError);
    clinic.plans.setOverride(
        clinic.user, planId, draft.record.rowVersion, QStringLiteral("anticoagulant"), QString(),
        QStringLiteral("physician_clearance"), QStringLiteral("INR 2.1, letter of Dr Weber"));
    draft = clinic.plans.view(clinic.user, planId);
    REQUIRE(draft.record.overrides.size() == 1);
    CHECK(draft.record.overrides[0].by == clinic.user.id);
    CHECK(draft.record.overrides[0].at.isValid());
    CHECK(draft.overrideOf(*draft.relativeFindings().front()) != nullptr);

    // Sessions outside the protocol's bounds need a reason.
    records::PlanRecord edit = draft.record;
    edit.sessions = draft.result().protocol->sessionsMax + 2;
    clinic.plans.saveDraft(clinic.user, edit);
    draft = clinic.plans.view(clinic.user, planId);
    CHECK_FALSE(draft.sessionsWithinBounds());
    CHECK_THROWS_AS(clinic.plans.approve(clinic.user, planId, draft.record.rowVersion),
                    clinic::ValidationError);
    edit = draft.record;
    edit.deviationReason = QStringLiteral("Severe photo-ageing: two more sessions agreed");
    clinic.plans.saveDraft(clinic.user, edit);
    draft = clinic.plans.view(clinic.user, planId);
    CHECK(draft.approvalProblems().isEmpty());

    clinic.plans.approve(clinic.user, planId, draft.record.rowVersion);
    const clinic::PlanView approved = clinic.plans.view(clinic.user, planId);
    CHECK(approved.record.isApproved());
    CHECK(approved.record.approvedAt.isValid());
    const auto snapshot = nlohmann::json::parse(approved.record.snapshot.toStdString());
    CHECK(snapshot["sessions"] == edit.sessions);
    CHECK(snapshot["overrides"][0]["reason"] == "physician_clearance");
    CHECK(snapshot["protocol"] == "mesolift");

    // Locked: a draft edit of the approved version is refused; a change is a new version.
    edit = approved.record;
    edit.sessions = 3;
    CHECK_THROWS_AS(clinic.plans.saveDraft(clinic.user, edit), clinic::ConflictError);
    const qint64 v2 = clinic.plans.revise(clinic.user, planId);
    clinic::PlanView second = clinic.plans.view(clinic.user, v2);
    CHECK(second.record.version == 2);
    CHECK(second.record.overrides.size() == 1);
    CHECK_THROWS_AS(clinic.plans.revise(clinic.user, planId),
                    clinic::ConflictError); // one draft at a time
    edit = second.record;
    edit.protocol = QStringLiteral("skinbooster");
    edit.sessions = 3;
    edit.intervalDays = second.record.intervalDays;
    clinic.plans.saveDraft(clinic.user, edit);
    second = clinic.plans.view(clinic.user, v2);
    CHECK(second.result().protocol->id == "skinbooster");
    CHECK(std::find(second.result().alternatives.begin(), second.result().alternatives.end(),
                    "mesolift") != second.result().alternatives.end());
    edit = second.record;
    edit.intervalDays = second.result().protocol->interval.days;
    edit.deviationReason.clear();
    clinic.plans.saveDraft(clinic.user, edit);
    second = clinic.plans.view(clinic.user, v2);
    REQUIRE(second.approvalProblems().isEmpty());
    clinic.plans.approve(clinic.user, v2, second.record.rowVersion);

    const auto versions = clinic.plans.versions(clinic.user, consultation);
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].status == QStringLiteral("superseded"));
    CHECK(versions[0].protocol == QStringLiteral("mesolift"));
    CHECK(versions[1].status == QStringLiteral("approved"));
    CHECK(clinic.plans.current(clinic.user, consultation, 0).record.id == v2);

    // Consent on the approved version: a known method, a date not in the future.
    const int rv = clinic.plans.view(clinic.user, v2).record.rowVersion;
    CHECK_THROWS_AS(clinic.plans.recordConsent(clinic.user, v2, rv, QDate::currentDate().addDays(1),
                                               QStringLiteral("written")),
                    clinic::ValidationError);
    CHECK_THROWS_AS(clinic.plans.recordConsent(clinic.user, v2, rv, QDate::currentDate(),
                                               QStringLiteral("nodded")),
                    clinic::ValidationError);
    clinic.plans.recordConsent(clinic.user, v2, rv, QDate::currentDate(),
                               QStringLiteral("written"));
    const auto consented = clinic.plans.view(clinic.user, v2).record;
    CHECK(consented.consentMethod == QStringLiteral("written"));
    CHECK(consented.consentDate == QDate::currentDate());
    // Recorded once: a second record is refused and the first is kept.
    CHECK_THROWS_AS(clinic.plans.recordConsent(clinic.user, v2, consented.rowVersion,
                                               QDate::currentDate(), QStringLiteral("electronic")),
                    clinic::ConflictError);
    CHECK(clinic.plans.view(clinic.user, v2).record.consentMethod == QStringLiteral("written"));
}

TEST_CASE("Plans of a draft consultation or of a blocked request cannot be approved",
          "[clinic][plans]")
{
    Clinic clinic;
    const qint64 consultation = clinic.signedConsultation(QStringLiteral(
        R"({"patient": {"birth_date": "%2"}, "date": "%1",
            "requests": [{"indication": "skin_rejuvenation", "area": "face"}], "conditions": ["pregnancy"]})"));
    clinic::PlanView blocked = clinic.plans.current(clinic.user, consultation, 0);
    CHECK(blocked.result().verdict == "blocked");
    const qint64 planId = clinic.plans.saveDraft(clinic.user, blocked.record);
    const int rv = clinic.plans.view(clinic.user, planId).record.rowVersion;
    try {
        clinic.plans.approve(clinic.user, planId, rv);
        FAIL("a blocked plan was approved");
    } catch (const clinic::ValidationError &e) {
        CHECK(e.message().contains(QStringLiteral("absolute")));
    }
    CHECK(clinic.plans.view(clinic.user, planId).record.isDraft());

    // A draft consultation's plans are not stored.
    records::ConsultationRecord draft = *clinic.consultations.find(clinic.user, consultation);
    draft.id = 0;
    const qint64 draftId = clinic.consultations.saveDraft(clinic.user, draft).id;
    records::PlanRecord p = clinic.plans.current(clinic.user, draftId, 0).record;
    CHECK_THROWS_AS(clinic.plans.saveDraft(clinic.user, p), clinic::ConflictError);
    // A protocol that does not serve the request is refused, naming the field.
    p = clinic.plans.current(clinic.user, consultation, 0).record;
    p.protocol = QStringLiteral("hair_loss");
    try {
        clinic.plans.saveDraft(clinic.user, p);
        FAIL("a protocol not serving the request was saved");
    } catch (const clinic::ValidationError &e) {
        CHECK(e.field() == QStringLiteral("plan.protocol"));
    }
}

TEST_CASE("Only practitioners change plans, and only administrators the clinic profile, which "
          "refuses bad logos",
          "[clinic][plans]")
{
    Clinic clinic;
    const qint64 consultation = clinic.signedConsultation(kAnticoagulated);
    clinic::ActingUser desk{clinic.user.id, QStringLiteral("desk"), QStringLiteral("front_desk"),
                            QString()};
    const records::PlanRecord proposal = clinic.plans.current(clinic.user, consultation, 0).record;
    CHECK_THROWS_AS(clinic.plans.saveDraft(desk, proposal), clinic::PermissionError);
    const qint64 planId = clinic.plans.saveDraft(clinic.user, proposal);
    const int rv = clinic.plans.view(clinic.user, planId).record.rowVersion;
    CHECK_THROWS_AS(clinic.plans.setOverride(desk, planId, rv, QStringLiteral("anticoagulant"),
                                             QString(), QStringLiteral("benefit_outweighs_risk"),
                                             QString()),
                    clinic::PermissionError);
    CHECK_THROWS_AS(clinic.plans.approve(desk, planId, rv), clinic::PermissionError);
    CHECK(clinic.plans.view(clinic.user, planId).record.overrides.empty());

    clinic::ClinicProfileService profiles(*clinic.db);
    clinic::ClinicProfile profile{QStringLiteral("Clinique du Parc"),
                                  QStringLiteral("1 rue de la Paix, Lyon"),
                                  QString(),
                                  QString(),
                                  QByteArray("GIF89a"),
                                  QString()};
    CHECK_THROWS_AS(profiles.setProfile(clinic.admin, profile), clinic::ValidationError);
    // The country is an ISO code Qt knows, stored in capitals; a name is refused with the field.
    profile.logo.clear();
    for (const char *bad : {"France", "XX", "F"}) {
        profile.country = QString::fromLatin1(bad);
        try {
            profiles.setProfile(clinic.admin, profile);
            FAIL("accepted " << bad);
        } catch (const clinic::ValidationError &e) {
            CHECK(e.field() == QStringLiteral("clinic.country"));
        }
    }
    profile.country = QStringLiteral(" fr ");
    profiles.setProfile(clinic.admin, profile);
    CHECK(profiles.profile(clinic.admin).country == QStringLiteral("FR"));
    CHECK(clinic.services.assessments.options("en").country == "FR");
    CHECK_THROWS_AS(profiles.setCountry(desk, QStringLiteral("BE")), clinic::PermissionError);
    profiles.setCountry(clinic.admin, QString());
    CHECK(profiles.profile(clinic.admin).country.isEmpty());
    profile.logo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(16, 'x');
    CHECK_THROWS_AS(profiles.setProfile(desk, profile), clinic::PermissionError);
    CHECK_THROWS_AS(profiles.setProfile(clinic.user, profile),
                    clinic::PermissionError); // admins only
    profiles.setProfile(clinic.admin, profile);
    const clinic::ClinicProfile stored = profiles.profile(clinic.user);
    CHECK(stored.name == profile.name);
    CHECK(stored.address == profile.address);
    CHECK(stored.logo == profile.logo);
}

TEST_CASE("Approving is one action: the proposal, its overrides and the consent, all or nothing",
          "[clinic][plans]")
{
    Clinic clinic;
    const qint64 consultation = clinic.signedConsultation(kAnticoagulated);
    const clinic::PlanView proposal = clinic.plans.current(clinic.user, consultation, 0);
    const auto auditRows = [&] { return clinic.services.audit.list(clinic.admin, {}).size(); };

    // An override with a reason the list does not know: refused, and nothing was stored.
    clinic::PlanService::Approval approval{proposal.record, {}, {}, {}};
    approval.overrides.push_back(
        {QStringLiteral("anticoagulant"), QString(), QStringLiteral("because"), QString(), 0, {}});
    const size_t before = auditRows();
    CHECK_THROWS_AS(clinic.plans.approve(clinic.user, approval), clinic::ValidationError);
    CHECK(clinic.plans.versions(clinic.user, consultation).empty());
    CHECK(auditRows() == before + 0 + 1); // only the read of the versions just now

    // With a listed reason and the consent: approved, and the approved plan comes back.
    approval.overrides.front().reason = QStringLiteral("benefit_outweighs_risk");
    approval.consentDate = QDate::currentDate();
    approval.consentMethod = QStringLiteral("written");
    const clinic::PlanView approved = clinic.plans.approve(clinic.user, approval);
    CHECK(approved.record.isApproved());
    CHECK(approved.record.version == 1);
    CHECK(approved.record.consentMethod == QStringLiteral("written"));
    REQUIRE(approved.record.overrides.size() == 1);
    CHECK(approved.approvalProblems().isEmpty());
    CHECK(clinic.plans.versions(clinic.user, consultation).size() == 1);
    std::vector<QString> actions;
    for (const auto &e : clinic.services.audit.list(clinic.admin, {})) {
        if (e.entity == QStringLiteral("plan:%1").arg(approved.record.id))
            actions.push_back(e.action);
    }
    CHECK(actions == std::vector<QString>{QStringLiteral("plan.override"),
                                          QStringLiteral("plan.approve"),
                                          QStringLiteral("plan.consent")});
}
