#include "privacyservice.h"

#include "csvwriter.h"

#include "audit.h"
#include "clinicprofile.h"
#include "clinictime.h"
#include "permissions.h"
#include "validationerror.h"

#include "records/auditrecords.h"
#include "store/auditrepository.h"
#include "store/billingrepository.h"
#include "store/bookingrepository.h"
#include "store/changefeed.h"
#include "store/consultationrepository.h"
#include "store/database.h"
#include "store/patientrepository.h"
#include "store/planrepository.h"
#include "store/privacyrepository.h"
#include "store/sessionrepository.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QIODevice>
#include <QLocale>
#include <QRegularExpression>

namespace meso::clinic {

namespace {

using Json = nlohmann::ordered_json;

std::string s(const QString &text)
{
    return text.toStdString();
}

std::string day(const QDate &d)
{
    return d.isValid() ? s(d.toString(Qt::ISODate)) : std::string();
}

std::string instant(const QDateTime &t)
{
    return t.isValid() ? s(store::timestamp(t)) : std::string();
}

// A stored JSON document as JSON (null when empty, the text itself if it is not JSON).
Json document(const QString &text)
{
    if (text.isEmpty())
        return nullptr;
    Json j = Json::parse(text.toStdString(), nullptr, false);
    return j.is_discarded() ? Json(s(text)) : j;
}

// Keeps only the year of every birth date and empties every comment, at any depth.
void scrubJson(Json &j)
{
    if (j.is_object()) {
        for (auto &[key, value] : j.items()) {
            if (key == "birth_date" && value.is_string() && value.get<std::string>().size() >= 4)
                value = value.get<std::string>().substr(0, 4) + "-01-01";
            else if (key == "comment" && value.is_string())
                value = "";
            else
                scrubJson(value);
        }
    } else if (j.is_array()) {
        for (auto &value : j)
            scrubJson(value);
    }
}

records::PatientRecord patientOrThrow(const store::Database &db, qint64 id)
{
    const auto p = store::PatientRepository(db).find(id);
    if (!p)
        throw ValidationError(QStringLiteral("patient"),
                              PrivacyService::tr("no patient with id %1").arg(id));
    return *p;
}

} // namespace

nlohmann::ordered_json PrivacyService::exportPatient(const ActingUser &admin, qint64 patientId)
{
    Permissions::require(admin, Action::PatientExport);
    store::WriteTransaction tx(m_db);
    const records::PatientRecord p = patientOrThrow(m_db, patientId);
    audit(m_db, admin, QStringLiteral("patient.export"), patientId,
          QStringLiteral("patient:%1").arg(patientId));

    Json out;
    out["format"] = kExportFormat;
    out["exported_at"] = instant(QDateTime::currentDateTimeUtc());
    out["exported_by"] = s(admin.username);
    out["patient"] = {{"id", p.id},
                      {"family_name", s(p.familyName)},
                      {"given_names", s(p.givenNames)},
                      {"birth_date", day(p.birthDate)},
                      {"sex", s(p.sex)},
                      {"phone", s(p.phone)},
                      {"email", s(p.email)},
                      {"address", s(p.address)},
                      {"reminder_consent_on", p.reminderConsentOn.isValid()
                                                  ? nlohmann::ordered_json(day(p.reminderConsentOn))
                                                  : nlohmann::ordered_json()},
                      {"language", s(p.language)},
                      {"notes", s(p.notes)},
                      {"archived", p.archived},
                      {"anonymised", store::PatientRepository(m_db).isAnonymised(patientId)}};
    Json consultations = Json::array(), plans = Json::array();
    const store::PlanRepository planRepo(m_db);
    for (const records::ConsultationRecord &c :
         store::ConsultationRepository(m_db).forPatient(patientId)) {
        consultations.push_back({{"id", c.id},
                                 {"date", day(c.date)},
                                 {"status", s(c.status)},
                                 {"amends", c.amendsId == 0 ? Json() : Json(c.amendsId)},
                                 {"created_at", instant(c.createdAt)},
                                 {"signed_at", instant(c.signedAt)},
                                 {"intake", document(c.intake)}});
        for (const records::PlanRecord &plan : planRepo.forConsultation(c.id)) {
            Json overrides = Json::array();
            for (const records::PlanOverride &o : plan.overrides)
                overrides.push_back({{"rule", s(o.ruleId)},
                                     {"subject", s(o.subject)},
                                     {"reason", s(o.reason)},
                                     {"comment", s(o.comment)},
                                     {"by", o.by},
                                     {"at", instant(o.at)}});
            plans.push_back({{"id", plan.id},
                             {"consultation", plan.consultationId},
                             {"request", plan.requestIndex},
                             {"version", plan.version},
                             {"status", s(plan.status)},
                             {"protocol", s(plan.protocol)},
                             {"sessions", plan.sessions},
                             {"interval_days", plan.intervalDays},
                             {"deviation_reason", s(plan.deviationReason)},
                             {"consent_date", day(plan.consentDate)},
                             {"consent_method", s(plan.consentMethod)},
                             {"approved_at", instant(plan.approvedAt)},
                             {"overrides", overrides},
                             {"snapshot", document(plan.snapshot)}});
        }
    }
    out["consultations"] = consultations;
    out["plans"] = plans;
    Json appointments = Json::array();
    for (const records::AppointmentRecord &a :
         store::BookingRepository(m_db).forPatient(patientId)) {
        const auto at = [](qint64 minute) {
            return s(toDateTime(minute).toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
        };
        appointments.push_back({{"id", a.id},
                                {"plan", a.planId},
                                {"session", a.sessionIndex + 1},
                                {"start", at(a.start)},
                                {"end", at(a.end)},
                                {"status", s(a.status)},
                                {"practitioner", a.practitionerId},
                                {"room", a.roomId},
                                {"cancel_reason", s(a.cancelReason)}});
    }
    out["appointments"] = appointments;
    const store::SessionRepository sessionRepo(m_db);
    Json sessions = Json::array();
    for (const records::AppointmentRecord &a :
         store::BookingRepository(m_db).forPatient(patientId)) {
        for (const records::SessionRecord &r : sessionRepo.forAppointment(a.id)) {
            Json lines = Json::array();
            for (const records::SessionProductLine &l : r.lines)
                lines.push_back({{"area", s(l.area)},
                                 {"product", s(l.productName)},
                                 {"lot", s(l.lotNumber)},
                                 {"volume_ml", l.volumeMl},
                                 {"points", l.points ? Json(*l.points) : Json()},
                                 {"passes", l.passes ? Json(*l.passes) : Json()}});
            Json deviations = Json::array();
            for (const records::SessionDeviation &d : r.deviations)
                deviations.push_back({{"key", s(d.key)}, {"reason", s(d.reason)}});
            sessions.push_back(
                {{"id", r.id},
                 {"appointment", r.appointmentId},
                 {"plan", r.planId},
                 {"date", day(r.performedOn)},
                 {"performed", r.performed},
                 {"not_performed_reason", s(r.notPerformedReason)},
                 {"technique", s(r.technique)},
                 {"needle", s(r.needle)},
                 {"pain", r.pain ? Json(*r.pain) : Json()},
                 {"gais_patient", r.gaisPatient ? Json(*r.gaisPatient) : Json()},
                 {"gais_practitioner", r.gaisPractitioner ? Json(*r.gaisPractitioner) : Json()},
                 {"notes", s(r.notes)},
                 {"lines", lines},
                 {"deviations", deviations},
                 {"amends", r.amendsId == 0 ? Json() : Json(r.amendsId)},
                 {"amendment_reason", s(r.amendmentReason)},
                 {"signed_at", instant(r.signedAt)}});
        }
    }
    out["sessions"] = sessions;
    Json events = Json::array();
    for (const records::AdverseEventRecord &e : sessionRepo.eventsOfPatient(patientId))
        events.push_back({{"id", e.id},
                          {"session", e.sessionId},
                          {"type", s(e.risk)},
                          {"onset", day(e.onset)},
                          {"severity", s(e.severity)},
                          {"serious", e.serious},
                          {"description", s(e.description)},
                          {"action", s(e.actionTaken)},
                          {"outcome", s(e.outcome)},
                          {"resolved_on", day(e.resolvedOn)},
                          {"notified_on", day(e.notifiedOn)},
                          {"notification_ref", s(e.notificationRef)}});
    out["adverse_events"] = events;
    const auto consent = sessionRepo.photoConsent(patientId);
    out["photo_consent"] =
        consent ? Json{{"scope", s(consent->scope)}, {"given_on", day(consent->givenOn)}} : Json();
    Json photos = Json::array();
    for (const records::PhotoRecord &meta : sessionRepo.photosOfPatient(patientId)) {
        const records::PhotoRecord p = *sessionRepo.photo(meta.id);
        photos.push_back({{"id", p.id},
                          {"session", p.sessionId},
                          {"area", s(p.area)},
                          {"when", s(p.taken)},
                          {"media_type", s(p.mediaType)},
                          {"sha256", s(p.sha256)},
                          {"content_base64", p.content.toBase64().toStdString()}});
    }
    out["photos"] = photos;
    // Invoices, credit notes and payments (issue 22), as issued; amounts in cents.
    const store::BillingRepository billing(m_db);
    Json invoices = Json::array();
    for (const records::InvoiceRecord &i : billing.invoicesOf(patientId)) {
        Json lines = Json::array();
        for (const records::InvoiceLine &l : i.lines)
            lines.push_back({{"line", l.lineNo},
                             {"label", s(l.label)},
                             {"quantity", l.quantity},
                             {"vat_rate_bp", l.vatRate},
                             {"incl_cents", l.inclCents}});
        invoices.push_back({{"number", s(i.number)},
                            {"kind", s(i.kind)},
                            {"credits", s(i.creditsNumber)},
                            {"issued_on", s(i.issuedOn.toString(Qt::ISODate))},
                            {"currency", s(i.currency)},
                            {"excl_cents", i.exclCents},
                            {"vat_cents", i.vatCents},
                            {"incl_cents", i.inclCents},
                            {"lines", lines}});
    }
    out["invoices"] = invoices;
    Json payments = Json::array();
    for (const records::PaymentRecord &pay : billing.paymentsOf(patientId))
        payments.push_back({{"paid_on", s(pay.paidOn.toString(Qt::ISODate))},
                            {"method", s(pay.method)},
                            {"amount_cents", pay.amountCents},
                            {"note", s(pay.note)}});
    out["payments"] = payments;
    Json trail = Json::array();
    records::AuditFilter filter;
    filter.patientId = patientId;
    store::AuditRepository(m_db).forEach(filter, [&](const records::AuditEntry &e) {
        trail.push_back({{"seq", e.seq},
                         {"at", instant(e.at)},
                         {"user", s(e.username)},
                         {"action", s(e.action)},
                         {"entity", s(e.entity)},
                         {"summary", s(e.summary)}});
    });
    out["audit"] = trail;
    tx.commit();
    return out;
}

QDate PrivacyService::retentionEnds(const ActingUser &admin, qint64 patientId) const
{
    Permissions::require(admin, Action::PatientAnonymise);
    const QDate last = store::PrivacyRepository(m_db).lastActivity(patientId);
    if (!last.isValid())
        throw ValidationError(QStringLiteral("patient"),
                              tr("no patient with id %1").arg(patientId));
    return last.addYears(ClinicProfileService(m_db).policies(admin).retentionYears);
}

void PrivacyService::anonymise(const ActingUser &admin, qint64 patientId, const QString &reason)
{
    Permissions::require(admin, Action::PatientAnonymise);
    if (reason.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("anonymise.reason"),
                              tr("expected the reason (e.g. the patient's request)"));
    store::WriteTransaction tx(m_db);
    store::PatientRepository patients(m_db);
    records::PatientRecord p = patientOrThrow(m_db, patientId);
    if (patients.isAnonymised(patientId))
        throw ConflictError(QStringLiteral("patient"),
                            tr("patient %1 is already anonymised").arg(patientId));
    const QDate ends = retentionEnds(admin, patientId);
    if (QDate::currentDate() < ends)
        throw ConflictError(QStringLiteral("patient"),
                            tr("the clinic's retention period runs until %1; the record cannot be "
                               "anonymised before")
                                .arg(QLocale().toString(ends, QLocale::ShortFormat)));
    p.familyName = QStringLiteral("ANONYMISED");
    p.givenNames = QStringLiteral("#%1").arg(patientId);
    p.birthDate = QDate(p.birthDate.year(), 1, 1);
    p.phone.clear();
    p.email.clear();
    p.address.clear();
    p.reminderConsentOn = QDate();
    p.notes.clear();
    p.archived = true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!patients.update(p, now))
        throw ConflictError(QStringLiteral("patient"), tr("it was changed meanwhile; try again"));
    store::PrivacyRepository(m_db).scrub(patientId, [](const QString &text) {
        Json j = Json::parse(text.toStdString(), nullptr, false);
        if (j.is_discarded())
            return QString();
        scrubJson(j);
        return QString::fromStdString(j.dump());
    });
    patients.markAnonymised(patientId, admin.id, reason.trimmed(), now);
    audit(m_db, admin, QStringLiteral("patient.anonymise"), patientId,
          QStringLiteral("patient:%1").arg(patientId));
    store::announceChange(m_db, store::topic::patients);
    tx.commit();
    // The old identity leaves the write-ahead log too (secure_delete), or a server's old row
    // versions are reclaimed; inside a caller's transaction, that caller's commit comes first.
    if (!m_db.inWriteTransaction())
        m_db.checkpoint();
}

std::vector<records::AuditEntry> AuditService::list(const ActingUser &admin,
                                                    const records::AuditFilter &filter) const
{
    Permissions::require(admin, Action::AuditRead);
    return store::AuditRepository(m_db).list(filter);
}

void AuditService::exportCsv(const ActingUser &admin, const records::AuditFilter &filter,
                             QIODevice &out, const CsvFormat &format)
{
    Permissions::require(admin, Action::AuditRead);
    store::WriteTransaction tx(m_db);
    audit(m_db, admin, QStringLiteral("audit.export"), filter.patientId, QStringLiteral("audit"),
          QStringLiteral("user %1, from %2, to %3")
              .arg(filter.userId)
              .arg(filter.from.isValid() ? store::timestamp(filter.from) : QStringLiteral("start"),
                   filter.to.isValid() ? store::timestamp(filter.to) : QStringLiteral("now")));
    out.write(format.start());
    const auto line = [&](const QStringList &fields) { out.write(csvLine(fields, format)); };
    line({QStringLiteral("seq"), QStringLiteral("at"), QStringLiteral("user_id"),
          QStringLiteral("username"), QStringLiteral("action"), QStringLiteral("patient_id"),
          QStringLiteral("entity"), QStringLiteral("summary"), QStringLiteral("hash")});
    store::AuditRepository(m_db).forEach(filter, [&](const records::AuditEntry &e) {
        line({QString::number(e.seq), store::timestamp(e.at),
              e.userId ? QString::number(e.userId) : QString(), e.username, e.action,
              e.patientId ? QString::number(e.patientId) : QString(), e.entity, e.summary, e.hash});
    });
    tx.commit();
}

records::AuditVerification AuditService::verify(const ActingUser &admin) const
{
    Permissions::require(admin, Action::AuditRead);
    return store::AuditRepository(m_db).verify();
}

} // namespace meso::clinic
