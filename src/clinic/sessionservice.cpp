#include "sessionservice.h"

#include "assessmentservice.h"
#include "audit.h"
#include "clinictime.h"
#include "permissions.h"
#include "validationerror.h"

#include "core/intake.h"
#include "records/strings.h"
#include "store/bookingrepository.h"
#include "store/changefeed.h"
#include "store/consultationrepository.h"
#include "store/database.h"
#include "store/planrepository.h"
#include "store/sessionrepository.h"
#include "store/stockrepository.h"
#include "store/transaction.h"

#include <QLocale>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace meso::clinic {

using records::qs;
using records::ss;

namespace {

QString sessionEntity(qint64 id)
{
    return QStringLiteral("session:%1").arg(id);
}

QString lineField(size_t i, const char *key)
{
    return QStringLiteral("session.lines[%1].%2").arg(i).arg(QLatin1String(key));
}

// The session the approved plan describes (its snapshot: the contract's plan JSON).
struct PlanSession
{
    core::PlannedSession planned;
    SessionStart start;
};

PlanSession planSession(const records::PlanRecord &plan)
{
    PlanSession out;
    const auto j = nlohmann::json::parse(plan.snapshot.toStdString(), nullptr, false);
    out.planned.area = plan.area.toStdString();
    out.start.plan = plan;
    out.start.area = plan.area;
    out.start.protocol = plan.protocol;
    if (!j.is_object())
        return out;
    out.planned.technique = j.value("technique", "");
    out.start.technique = qs(out.planned.technique);
    out.start.needle = qs(j.value("needle", ""));
    if (const auto d = j.find("depth_mm"); d != j.end() && d->is_array() && d->size() == 2 &&
                                           (*d)[0].is_number() && (*d)[1].is_number()) {
        out.start.depthMinMm = (*d)[0].get<double>();
        out.start.depthMaxMm = (*d)[1].get<double>();
    }
    if (const auto c = j.find("cocktail"); c != j.end() && c->is_array()) {
        for (const auto &line : *c) {
            const std::string ingredient = line.value("ingredient", "");
            out.planned.cocktail.push_back(ingredient);
            out.start.cocktail.push_back({qs(ingredient), line.value("volume_ml", 0.0)});
        }
    }
    return out;
}

} // namespace

struct SessionService::Checked
{
    records::SessionRecord record;
    std::vector<core::Deviation> deviations;
};

SessionService::SessionService(const store::Database &db, AssessmentService &assessments)
    : m_db(db), m_assessments(assessments)
{
}

namespace {

// A draft's lines as the core sees them: each with its lot's product's ingredients. Throws
// ValidationError naming the line when its area or lot is unknown or its volume unusable.
struct ReadLines
{
    std::vector<core::SessionLine> lines;
    std::vector<records::LotRecord> lots;
    std::vector<records::ProductRecord> products;
};

ReadLines readLines(const store::Database &db, const core::Catalog &catalog,
                    const records::SessionRecord &draft)
{
    ReadLines out;
    const store::StockRepository stock(db);
    for (size_t i = 0; i < draft.lines.size(); ++i) {
        const records::SessionProductLine &l = draft.lines[i];
        if (!core::Catalog::findIn(catalog.areas, ss(l.area)))
            throw ValidationError(
                lineField(i, "area"),
                SessionService::tr("\"%1\" is not an area of the catalog").arg(l.area));
        if (!(l.volumeMl >= 0.001 && l.volumeMl <= 1000))
            throw ValidationError(lineField(i, "volume_ml"),
                                  SessionService::tr("expected the volume injected in mL, above "
                                                     "0 and at most 1000"));
        if ((l.points && (*l.points < 1 || *l.points > 10000)) ||
            (l.passes && (*l.passes < 1 || *l.passes > 100)))
            throw ValidationError(lineField(i, l.points && (*l.points < 1 || *l.points > 10000)
                                                   ? "points"
                                                   : "passes"),
                                  SessionService::tr("expected a whole number: 1 to 10000 points, "
                                                     "1 to 100 passes"));
        const auto lot = stock.lot(l.lotId);
        if (!lot)
            throw ValidationError(
                lineField(i, "lot"),
                SessionService::tr("no lot with id %1 was received").arg(l.lotId));
        const auto product = stock.product(lot->productId);
        core::SessionLine line{ss(l.area), l.volumeMl, {}};
        for (const records::ProductComponent &c : product->components)
            line.ingredients.push_back(ss(c.ingredient));
        out.lines.push_back(std::move(line));
        out.lots.push_back(*lot);
        out.products.push_back(*product);
    }
    return out;
}

// The checked-in appointment a new record is for, and its approved plan.
std::pair<records::AppointmentRecord, records::PlanRecord> checkedIn(const store::Database &db,
                                                                     qint64 appointmentId)
{
    const auto appointment = store::BookingRepository(db).find(appointmentId);
    if (!appointment)
        throw ValidationError(QStringLiteral("session.appointment"),
                              SessionService::tr("no appointment with id %1").arg(appointmentId));
    if (store::SessionRepository(db).currentForAppointment(appointmentId))
        throw ConflictError(QStringLiteral("session.appointment"),
                            SessionService::tr("this session is already recorded: amend the "
                                               "record to correct it"));
    if (appointment->status != QLatin1String("checked_in"))
        throw ConflictError(QStringLiteral("session.appointment"),
                            SessionService::tr("a session is recorded once the patient is "
                                               "checked in (the appointment is %1)")
                                .arg(appointment->status));
    const auto plan = store::PlanRepository(db).find(appointment->planId);
    if (!plan || plan->snapshot.isEmpty())
        throw ConflictError(QStringLiteral("session.appointment"),
                            SessionService::tr("its plan was never approved"));
    return {*appointment, *plan};
}

} // namespace

SessionStart SessionService::start(const ActingUser &user, qint64 appointmentId)
{
    Permissions::require(user, Action::SessionWrite);
    store::WriteTransaction tx(m_db); // for the audit row
    const auto [appointment, plan] = checkedIn(m_db, appointmentId);
    SessionStart start = planSession(plan).start;
    start.appointment = appointment;
    start.sessionNumber = appointment.sessionIndex + 1;
    // Suggested lines: for each planned ingredient with a volume, a product holding it and
    // nothing outside the approved cocktail, from its usable lot that expires first (first
    // expired, first out). A product that would bring other ingredients is never suggested: the
    // practitioner may still choose it, as a deviation with its reason.
    const store::StockRepository stock(m_db);
    const auto products = stock.products();
    const QDate day = toDateTime(appointment.start).date();
    std::set<QString> planned;
    for (const SessionStart::Planned &p : start.cocktail)
        planned.insert(p.ingredient);
    std::set<qint64> suggestedLots;
    const auto lots = stock.lots(); // soonest expiry first
    for (const SessionStart::Planned &p : start.cocktail) {
        if (p.volumeMl <= 0)
            continue;
        const records::LotRecord *best = nullptr;
        for (const records::LotRecord &lot : lots) {
            const auto product = std::find_if(products.begin(), products.end(),
                                              [&](const auto &x) { return x.id == lot.productId; });
            const auto &components = product->components;
            const bool holds = std::any_of(
                components.begin(), components.end(),
                [&](const records::ProductComponent &c) { return c.ingredient == p.ingredient; });
            const bool onlyPlanned = std::all_of(
                components.begin(), components.end(),
                [&](const records::ProductComponent &c) { return planned.contains(c.ingredient); });
            if (holds && onlyPlanned && !lot.expiredOn(day) && lot.remainingMl() >= p.volumeMl) {
                best = &lot;
                break;
            }
        }
        if (!best || !suggestedLots.insert(best->id).second)
            continue; // none in stock, or a product already suggested for another ingredient
        records::SessionProductLine line;
        line.area = start.area;
        line.lotId = best->id;
        line.volumeMl = p.volumeMl;
        line.productId = best->productId;
        line.lotNumber = best->lotNumber;
        start.suggested.push_back(line);
    }
    for (records::AdverseEventRecord &e :
         store::SessionRepository(m_db).eventsOfPatient(appointment.patientId)) {
        if (e.open())
            start.openEvents.push_back(std::move(e));
    }
    audit(m_db, user, QStringLiteral("plan.read"), appointment.patientId,
          QStringLiteral("plan:%1").arg(plan.id),
          QStringLiteral("session of appointment %1").arg(appointmentId));
    tx.commit();
    return start;
}

std::vector<core::Deviation> SessionService::deviations(const ActingUser &user,
                                                        const records::SessionRecord &draft)
{
    Permissions::require(user, Action::SessionWrite);
    const auto catalog = m_assessments.catalog(user);
    store::ReadTransaction tx(m_db);
    const auto appointment = store::BookingRepository(m_db).find(draft.appointmentId);
    if (!appointment)
        throw ValidationError(QStringLiteral("session.appointment"),
                              tr("no appointment with id %1").arg(draft.appointmentId));
    const auto plan = store::PlanRepository(m_db).find(appointment->planId);
    const ReadLines read = readLines(m_db, *catalog, draft);
    return core::sessionDeviations(*catalog, planSession(*plan).planned, ss(draft.technique),
                                   read.lines);
}

QString SessionService::describe(const ActingUser &user, const core::Deviation &d,
                                 const std::string &lang)
{
    const auto catalog = m_assessments.catalog(user);
    auto nameOf = [&](const auto &list) {
        const auto *e = core::Catalog::findIn(list, d.subject);
        return e ? qs(e->name.in(lang)) : qs(d.subject);
    };
    switch (d.kind) {
    case core::Deviation::Kind::AreaNotPlanned:
        return tr("%1 is not the plan's area").arg(nameOf(catalog->areas));
    case core::Deviation::Kind::IngredientNotPlanned:
        return tr("%1 is not in the approved cocktail").arg(nameOf(catalog->ingredients));
    case core::Deviation::Kind::AboveMaximum:
        return tr("%1: %L2 mL in this session, above the maximum of %L3 mL (%4)")
            .arg(nameOf(catalog->ingredients))
            .arg(d.volumeMl, 0, 'g', 4)
            .arg(d.maximumMl, 0, 'g', 4)
            .arg(qs(d.source));
    case core::Deviation::Kind::OtherTechnique:
        return tr("technique %1 instead of the plan's").arg(nameOf(catalog->techniques));
    }
    return qs(d.key());
}

SessionService::Checked
SessionService::check(const ActingUser &user, const records::SessionRecord &draft,
                      const records::PlanRecord &plan,
                      const std::vector<records::SessionProductLine> &givenBack)
{
    const auto catalog = m_assessments.catalog(user);
    Checked out;
    out.record = draft;
    records::SessionRecord &r = out.record;
    r.notes = r.notes.trimmed();
    r.technique = r.technique.trimmed();
    r.needle = r.needle.trimmed();
    if (r.lines.empty())
        throw ValidationError(QStringLiteral("session.lines"),
                              tr("expected at least one product line: what was injected, from "
                                 "which lot, where (or record the session as not performed)"));
    if (!r.technique.isEmpty() && !core::Catalog::findIn(catalog->techniques, ss(r.technique)))
        throw ValidationError(QStringLiteral("session.technique"),
                              tr("\"%1\" is not a technique of the catalog").arg(r.technique));
    for (const auto *depth : {&r.depthMinMm, &r.depthMaxMm}) {
        if (*depth && !(**depth >= 0 && **depth <= 20))
            throw ValidationError(QStringLiteral("session.depth_mm"),
                                  tr("expected a depth from 0 to 20 mm"));
    }
    if (r.depthMinMm && r.depthMaxMm && *r.depthMinMm > *r.depthMaxMm)
        throw ValidationError(QStringLiteral("session.depth_mm"),
                              tr("the shallowest depth is greater than the deepest"));
    if (r.pain && (*r.pain < 0 || *r.pain > 10))
        throw ValidationError(QStringLiteral("session.pain"), tr("expected 0 to 10"));
    for (const auto &[gais, field] :
         {std::pair{&r.gaisPatient, "session.gais_patient"},
          std::pair{&r.gaisPractitioner, "session.gais_practitioner"}}) {
        if (*gais && (**gais < 1 || **gais > 5))
            throw ValidationError(QLatin1String(field),
                                  tr("expected a GAIS score from 1 (very much improved) to 5 "
                                     "(worse)"));
    }

    const ReadLines read = readLines(m_db, *catalog, r);
    // Each lot: not expired on the day, enough left (with what an amended record gives back).
    std::map<qint64, double> needed;
    for (size_t i = 0; i < r.lines.size(); ++i) {
        const records::LotRecord &lot = read.lots[i];
        const records::ProductRecord &product = read.products[i];
        if (lot.expiredOn(r.performedOn))
            throw ValidationError(
                lineField(i, "lot"),
                tr("lot %1 of %2 expired on %3: it cannot be injected")
                    .arg(lot.lotNumber, product.name, lot.expiry.toString(Qt::ISODate)));
        needed[lot.id] += r.lines[i].volumeMl;
        double available = lot.remainingMl();
        for (const auto &back : givenBack) {
            if (back.lotId == lot.id)
                available += back.volumeMl;
        }
        if (needed[lot.id] > available + 0.0005)
            throw ValidationError(lineField(i, "lot"),
                                  tr("lot %1 of %2 has only %3 mL left")
                                      .arg(lot.lotNumber, product.name)
                                      .arg(QLocale().toString(std::max(available, 0.0), 'f', 2)));
    }

    // The products' ingredients, screened for this patient as a cocktail would be.
    const auto consultation = store::ConsultationRepository(m_db).find(plan.consultationId);
    core::Intake intake;
    try {
        intake =
            core::parseIntake(nlohmann::json::parse(consultation->intake.toStdString()), *catalog);
    } catch (const std::exception &) {
        throw ConflictError(QStringLiteral("session"),
                            tr("the plan's consultation cannot be read: it cannot be screened"));
    }
    std::vector<std::string> ingredients;
    for (const core::SessionLine &l : read.lines)
        ingredients.insert(ingredients.end(), l.ingredients.begin(), l.ingredients.end());
    const core::RulesEngine &engine = m_assessments.engine(user);
    for (const core::Finding &f :
         engine.screenIngredients(intake, ingredients, m_assessments.options("en"))) {
        if (f.rule->severity == core::Severity::Caution)
            continue;
        const bool overridden = std::any_of(
            plan.overrides.begin(), plan.overrides.end(), [&](const records::PlanOverride &o) {
                return o.ruleId == qs(f.rule->id) && o.subject == qs(f.ingredient);
            });
        if (f.rule->severity == core::Severity::Relative && overridden)
            continue;
        size_t line = 0;
        while (line < read.lines.size() &&
               std::find(read.lines[line].ingredients.begin(), read.lines[line].ingredients.end(),
                         f.ingredient) == read.lines[line].ingredients.end())
            ++line;
        const auto *ingredient = core::Catalog::findIn(catalog->ingredients, f.ingredient);
        const QString what =
            tr("%1 holds %2").arg(read.products[line].name, qs(ingredient->name.in("en")));
        throw ValidationError(
            lineField(line, "lot"),
            f.rule->severity == core::Severity::Absolute
                ? tr("%1, which this patient's screening excludes: %2").arg(what, qs(f.message))
                : tr("%1: %2 The plan has no override for it: revise the plan first.")
                      .arg(what, qs(f.message)));
    }

    // Every deviation from the plan, with its reason.
    out.deviations =
        core::sessionDeviations(*catalog, planSession(plan).planned, ss(r.technique), read.lines);
    std::vector<records::SessionDeviation> reasons;
    for (const core::Deviation &d : out.deviations) {
        const auto given = std::find_if(r.deviations.begin(), r.deviations.end(),
                                        [&](const auto &x) { return x.key == qs(d.key()); });
        if (given == r.deviations.end() || given->reason.trimmed().isEmpty())
            throw ValidationError(QStringLiteral("session.deviations"),
                                  tr("give the reason for this deviation from the plan (%1): %2")
                                      .arg(qs(d.key()), describe(user, d)));
        reasons.push_back({qs(d.key()), given->reason.trimmed()});
    }
    r.deviations = std::move(reasons);
    for (size_t i = 0; i < r.lines.size(); ++i) {
        r.lines[i].productId = read.products[i].id;
        r.lines[i].productName = read.products[i].name;
        r.lines[i].lotNumber = read.lots[i].lotNumber;
    }
    return out;
}

records::SessionRecord SessionService::save(const ActingUser &user, records::SessionRecord r,
                                            const QString &action, const QString &summary)
{
    r.signedBy = user.id;
    r.signedAt = QDateTime::currentDateTimeUtc();
    store::SessionRepository sessions(m_db);
    r.id = sessions.insert(r);
    store::StockRepository stock(m_db);
    for (const records::SessionProductLine &l : r.lines)
        stock.use(l.lotId, l.volumeMl);
    audit(m_db, user, action, r.patientId, sessionEntity(r.id), summary);
    return *sessions.find(r.id);
}

namespace {

void complete(const store::Database &db, const records::AppointmentRecord &a)
{
    store::BookingRepository(db).setStatus(a.id, a.rowVersion, a.status,
                                           QStringLiteral("completed"), {},
                                           QDateTime::currentDateTimeUtc());
    store::announceChange(db, store::topic::calendar);
}

} // namespace

records::SessionRecord SessionService::record(const ActingUser &user,
                                              const records::SessionRecord &draft)
{
    Permissions::require(user, Action::SessionWrite);
    store::WriteTransaction tx(m_db);
    const auto [appointment, plan] = checkedIn(m_db, draft.appointmentId);
    records::SessionRecord r = draft;
    r.patientId = appointment.patientId;
    r.planId = plan.id;
    r.performed = true;
    r.notPerformedReason.clear();
    r.performedOn = toDateTime(appointment.start).date();
    r.amendsId = 0;
    r.amendmentReason.clear();
    Checked checked = check(user, r, plan, {});
    const records::SessionRecord stored =
        save(user, checked.record, QStringLiteral("session.record"),
             QStringLiteral("appointment %1, %2 line(s), %3 deviation(s)")
                 .arg(appointment.id)
                 .arg(checked.record.lines.size())
                 .arg(checked.record.deviations.size()));
    complete(m_db, appointment);
    tx.commit();
    return stored;
}

records::SessionRecord SessionService::notPerformed(const ActingUser &user, qint64 appointmentId,
                                                    const QString &reason)
{
    Permissions::require(user, Action::SessionWrite);
    if (reason.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("session.reason"),
                              tr("expected why the session was not performed"));
    store::WriteTransaction tx(m_db);
    const auto [appointment, plan] = checkedIn(m_db, appointmentId);
    records::SessionRecord r;
    r.appointmentId = appointment.id;
    r.patientId = appointment.patientId;
    r.planId = plan.id;
    r.performed = false;
    r.notPerformedReason = reason.trimmed();
    r.performedOn = toDateTime(appointment.start).date();
    const records::SessionRecord stored =
        save(user, r, QStringLiteral("session.not_performed"),
             QStringLiteral("appointment %1").arg(appointment.id));
    complete(m_db, appointment);
    tx.commit();
    return stored;
}

records::SessionRecord SessionService::amend(const ActingUser &user, qint64 originalId,
                                             const records::SessionRecord &corrected,
                                             const QString &reason)
{
    Permissions::require(user, Action::SessionWrite);
    if (reason.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("session.amendment_reason"),
                              tr("expected why the record is corrected"));
    store::WriteTransaction tx(m_db);
    store::SessionRepository sessions(m_db);
    const auto original = sessions.find(originalId);
    if (!original)
        throw ValidationError(QStringLiteral("session"),
                              tr("no session record with id %1").arg(originalId));
    if (sessions.isAmended(originalId))
        throw ConflictError(QStringLiteral("session"),
                            tr("this record was already amended: amend its latest version"));
    records::SessionRecord r = corrected;
    r.appointmentId = original->appointmentId;
    r.patientId = original->patientId;
    r.planId = original->planId;
    r.performedOn = original->performedOn;
    r.amendsId = originalId;
    r.amendmentReason = reason.trimmed();
    if (!r.performed) {
        if (r.notPerformedReason.trimmed().isEmpty())
            throw ValidationError(QStringLiteral("session.reason"),
                                  tr("expected why the session was not performed"));
        r.notPerformedReason = r.notPerformedReason.trimmed();
        r.lines.clear();
        r.deviations.clear();
    } else {
        r.notPerformedReason.clear();
        r = check(user, r, *store::PlanRepository(m_db).find(original->planId), original->lines)
                .record;
    }
    // What the original took from its lots goes back before the correction takes its own.
    store::StockRepository stock(m_db);
    for (const records::SessionProductLine &l : original->lines)
        stock.use(l.lotId, -l.volumeMl);
    const records::SessionRecord stored = save(user, r, QStringLiteral("session.amend"),
                                               QStringLiteral("amends session %1").arg(originalId));
    tx.commit();
    return stored;
}

std::optional<records::SessionRecord> SessionService::find(const ActingUser &user, qint64 id) const
{
    Permissions::require(user, Action::SessionRead);
    store::WriteTransaction tx(m_db); // for the audit row
    auto r = store::SessionRepository(m_db).find(id);
    if (r) {
        audit(m_db, user, QStringLiteral("session.read"), r->patientId, sessionEntity(id));
        tx.commit();
    }
    return r;
}

std::vector<records::SessionRecord> SessionService::versions(const ActingUser &user,
                                                             qint64 id) const
{
    Permissions::require(user, Action::SessionRead);
    store::WriteTransaction tx(m_db);
    const store::SessionRepository sessions(m_db);
    std::vector<records::SessionRecord> out;
    auto r = sessions.find(id);
    if (!r)
        return out;
    const qint64 patient = r->patientId;
    out = sessions.forAppointment(r->appointmentId); // the original first

    audit(m_db, user, QStringLiteral("session.read"), patient, sessionEntity(id),
          QStringLiteral("versions: %1").arg(out.size()));
    tx.commit();
    return out;
}

std::vector<records::SessionRecord> SessionService::forPatient(const ActingUser &user,
                                                               qint64 patientId) const
{
    Permissions::require(user, Action::SessionRead);
    store::WriteTransaction tx(m_db);
    auto all = store::SessionRepository(m_db).currentForPatient(patientId);
    audit(m_db, user, QStringLiteral("session.read"), patientId,
          QStringLiteral("patient:%1").arg(patientId),
          QStringLiteral("sessions: %1").arg(all.size()));
    tx.commit();
    return all;
}

std::optional<records::SessionRecord> SessionService::forAppointment(const ActingUser &user,
                                                                     qint64 appointmentId) const
{
    Permissions::require(user, Action::SessionRead);
    store::WriteTransaction tx(m_db);
    auto r = store::SessionRepository(m_db).currentForAppointment(appointmentId);
    if (r) {
        audit(m_db, user, QStringLiteral("session.read"), r->patientId, sessionEntity(r->id));
        tx.commit();
    }
    return r;
}

std::vector<qint64> SessionService::recorded(const ActingUser &user,
                                             const std::vector<qint64> &appointments) const
{
    Permissions::require(user, Action::BookingRead);
    return store::SessionRepository(m_db).recordedAppointments(appointments);
}

SeriesProgress SessionService::progress(const ActingUser &user, qint64 planId) const
{
    Permissions::require(user, Action::SessionRead);
    store::WriteTransaction tx(m_db);
    SeriesProgress out;
    out.planId = planId;
    const auto plan = store::PlanRepository(m_db).find(planId);
    if (!plan)
        throw ValidationError(QStringLiteral("plan"), tr("no plan with id %1").arg(planId));
    out.planned = plan->sessions;
    const store::StockRepository stock(m_db);
    std::map<qint64, records::ProductRecord> products;
    for (records::ProductRecord &p : stock.products())
        products.emplace(p.id, std::move(p));
    qint64 patient = 0;
    for (const records::SessionRecord &r : store::SessionRepository(m_db).currentForPlan(planId)) {
        patient = r.patientId;
        if (!r.performed) {
            ++out.notPerformed;
            continue;
        }
        ++out.done;
        SeriesProgress::Session s{r.id,   r.performedOn, 0,
                                  r.pain, r.gaisPatient, r.gaisPractitioner};
        for (const records::SessionProductLine &l : r.lines) {
            s.volumeMl += l.volumeMl;
            for (const records::ProductComponent &c : products.at(l.productId).components)
                out.cumulativeMlByIngredient[c.ingredient] += l.volumeMl;
        }
        out.sessions.push_back(s);
    }
    if (patient == 0)
        patient = store::ConsultationRepository(m_db).find(plan->consultationId)->patientId;
    audit(m_db, user, QStringLiteral("session.read"), patient,
          QStringLiteral("plan:%1").arg(planId),
          QStringLiteral("progress: %1 of %2").arg(out.done).arg(out.planned));
    tx.commit();
    return out;
}

} // namespace meso::clinic
