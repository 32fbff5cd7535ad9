#include "demogenerator.h"

#include "audit.h"
#include "clinictime.h"
#include "permissions.h"
#include "services.h"
#include "validationerror.h"

#include "records/bookingrecords.h"
#include "records/consultationrecord.h"
#include "records/patientrecord.h"
#include "records/sessionrecords.h"
#include "store/bookingrepository.h"
#include "store/database.h"
#include "store/patientrepository.h"
#include "store/planrepository.h"
#include "store/sessionrepository.h"
#include "store/statement.h"
#include "store/stockrepository.h"
#include "store/transaction.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <utility>
#include <vector>

namespace meso::clinic {

namespace {

// Names as a French clinic meets them: accents, hyphens, apostrophes, a few from abroad.
const char *const kFamily[] = {
    "Martin",       "Bernard",    "Dubois",    "Thomas",   "Robert",   "Richard",  "Petit",
    "Durand",       "Leroy",      "Moreau",    "Simon",    "Laurent",  "Lefèvre",  "Michel",
    "García",       "Müller",     "Rossi",     "Nguyen",   "O'Brien",  "Kowalski", "Fournier",
    "Girard",       "Bonnet",     "Dupont",    "Lambert",  "Fontaine", "Rousseau", "Vincent",
    "Benali",       "Lemaître",   "Chevalier", "Gauthier", "Øster",    "Łukasik",  "Cœurdacier",
    "Lætitia-Roux", "Saint-Just", "Le Goff",   "Da Silva", "Hoàng"};
const char *const kGiven[] = {"Hélène",       "Léa",           "Camille",     "Chloé",   "Inès",
                              "Manon",        "Emma",          "Louise",      "Zoé",     "Noël",
                              "Jürgen",       "Siobhán",       "Anh",         "Chiara",  "Zofia",
                              "Yasmine",      "Lucas",         "Hugo",        "Théo",    "Jérôme",
                              "François",     "Anaïs",         "Maëlle",      "Élodie",  "Céline",
                              "Marie-Claire", "Jean-Baptiste", "Anne-Sophie", "Lætitia", "Björn"};
// Addresses as invoices print them: a street, then the postcode and the town.
const char *const kStreets[] = {"rue de la République",  "avenue Jean-Jaurès", "rue Victor-Hugo",
                                "boulevard Pasteur",     "place Bellecour",    "rue des Écoles",
                                "impasse des Lilas",     "chemin du Moulin",   "quai Saint-Vincent",
                                "allée des Châtaigniers"};
const char *const kTowns[] = {
    "69002 Lyon",         "69100 Villeurbanne", "69300 Caluire-et-Cuire",
    "69130 Écully",       "69500 Bron",         "38200 Vienne",
    "69007 Lyon",         "01700 Miribel",      "69400 Villefranche-sur-Saône",
    "42000 Saint-Étienne"};

// How the calendar's day runs for the generated history (the clinic's default hours).
constexpr int kDayStart = 9 * 60, kDayEnd = 18 * 60, kSaturdayEnd = 13 * 60;
constexpr int kPatientsPerProgress = 500;
constexpr double kUnitMl = 2; // every generated product comes in 2 mL vials

class Random
{
public:
    explicit Random(std::uint32_t seed) : m_engine(seed) {}
    // 0 .. n-1, the same on every platform (no std distribution, whose results vary).
    int below(int n) { return static_cast<int>(m_engine() % static_cast<std::uint32_t>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <size_t N> QString pick(const char *const (&list)[N])
    {
        return QString::fromUtf8(list[below(static_cast<int>(N))]);
    }

private:
    std::mt19937 m_engine;
};

// Places sessions without overlap: each practitioner works in a room of their own, and a day is
// filled slot after slot.
class Calendar
{
public:
    // The first free slot of `minutes` for `practitioner` on `day` or a later open day.
    qint64 place(qint64 practitioner, QDate day, int minutes)
    {
        for (;; day = day.addDays(1)) {
            if (day.dayOfWeek() == Qt::Sunday)
                continue;
            const int end = day.dayOfWeek() == Qt::Saturday ? kSaturdayEnd : kDayEnd;
            int &next = m_next[{practitioner, store::dayNumber(day)}];
            if (next == 0)
                next = kDayStart;
            if (next + minutes <= end) {
                const qint64 start = store::dayNumber(day) * 1440 + next;
                next += minutes;
                return start;
            }
        }
    }

private:
    std::map<std::pair<qint64, qint64>, int> m_next;
};

// The clinic's stock over the history: one product per ingredient the catalog's cocktails use
// (added through the stock service), and a new lot of each received at the start of every
// `lotWeeks`-week stretch in which a session uses it. A lot is received with what its sessions
// took and a few units to spare, which is known only at the end (`settle`).
class StockHistory
{
public:
    StockHistory(Services &services, const ActingUser &admin, const core::Catalog &catalog,
                 QDate first, int lotWeeks)
        : m_db(services.db()), m_admin(admin), m_first(first), m_lotDays(qint64{lotWeeks} * 7)
    {
        std::vector<std::string> ingredients;
        for (const core::Protocol &p : catalog.protocols)
            for (const core::CocktailLine &line : p.cocktail)
                if (std::find(ingredients.begin(), ingredients.end(), line.ingredient) ==
                    ingredients.end())
                    ingredients.push_back(line.ingredient);
        for (const std::string &id : ingredients) {
            const auto *ingredient = core::Catalog::findIn(catalog.ingredients, id);
            records::ProductRecord product;
            product.name = QString::fromStdString(ingredient ? ingredient->name.in("en") : id);
            product.manufacturer = QStringLiteral("Laboratoires Démo");
            product.unitMl = kUnitMl;
            product.components = {{QString::fromStdString(id), QString()}};
            const records::ProductRecord added = services.stock.addProduct(admin, product);
            m_products[id] = {added.id, QString::fromStdString(id).left(3).toUpper() +
                                            QStringLiteral("%1").arg(m_products.size() + 1, 2, 10,
                                                                     QLatin1Char('0'))};
        }
    }

    qint64 products() const { return static_cast<qint64>(m_products.size()); }
    qint64 lots() const { return static_cast<qint64>(m_usedMl.size()); }

    // The lot of `ingredient`'s product in use on `day`, received when its stretch began.
    qint64 lotFor(const std::string &ingredient, const QDate &day, const QDateTime &now)
    {
        const Product &product = m_products.at(ingredient);
        const qint64 stretch = m_first.daysTo(day) / m_lotDays;
        qint64 &lot = m_lots[{product.id, stretch}];
        if (lot == 0) {
            records::LotRecord r;
            r.productId = product.id;
            r.receivedOn = m_first.addDays(stretch * m_lotDays);
            r.expiry = r.receivedOn.addYears(2);
            r.lotNumber =
                product.prefix + QLatin1Char('-') + r.receivedOn.toString(QStringLiteral("yyMMdd"));
            r.unitsReceived = 1; // and what was used, in settle()
            r.supplier = QStringLiteral("Grossiste");
            lot = store::StockRepository(m_db).insertLot(r, m_admin.id, now);
            m_usedMl[lot] = 0;
        }
        return lot;
    }

    void use(qint64 lot, double ml) { m_usedMl[lot] += ml; }

    // Each lot received with what its sessions took and two units to spare, and taken from.
    void settle()
    {
        store::StockRepository stock(m_db);
        for (const auto &[lot, ml] : m_usedMl) {
            const int units = static_cast<int>(std::ceil(ml / kUnitMl - 1e-9)) + 2;
            stock.addUnits(lot, units - 1);
            stock.use(lot, ml);
            audit(
                m_db, m_admin, QStringLiteral("lot.receive"), 0, QStringLiteral("lot:%1").arg(lot),
                QStringLiteral("product %1, %2 unit(s)").arg(stock.lot(lot)->productId).arg(units));
        }
    }

private:
    struct Product
    {
        qint64 id = 0;
        QString prefix; // of its lot numbers: "HYA01-260105"
    };
    const store::Database &m_db;
    const ActingUser &m_admin;
    QDate m_first;
    qint64 m_lotDays;
    std::map<std::string, Product> m_products;
    std::map<std::pair<qint64, qint64>, qint64> m_lots; // (product, stretch) -> lot
    std::map<qint64, double> m_usedMl;                  // by lot, in the order received
};

} // namespace

DemoGenerator::DemoGenerator(Services &services) : m_services(services) {}

GeneratedClinic DemoGenerator::generate(const ActingUser &admin, const GenerateOptions &options,
                                        const std::function<void(int, int)> &progress)
{
    Permissions::require(admin, Action::ClinicWrite);
    Permissions::require(admin, Action::UserManage);
    if (options.patients < 1 || options.patients > 1000000)
        throw ValidationError(QStringLiteral("patients"),
                              tr("expected 1 to 1,000,000 patients, got %1").arg(options.patients));
    if (options.years < 1 || options.years > 20)
        throw ValidationError(QStringLiteral("years"),
                              tr("expected 1 to 20 years, got %1").arg(options.years));
    if (options.lotWeeks < 1 || options.lotWeeks > 52)
        throw ValidationError(QStringLiteral("lot_weeks"),
                              tr("expected 1 to 52 weeks, got %1").arg(options.lotWeeks));
    const store::Database &db = m_services.db();
    if (store::PatientRepository(db).count() > 0)
        throw ConflictError(QStringLiteral("patients"),
                            tr("the clinic already has patients: a clinic is generated only into "
                               "an empty database, never mixed with real records"));

    // One user action: all of the clinic or nothing of it.
    store::WriteTransaction all(db);
    Random random(options.seed);
    // Addresses from a stream of their own, so that the rest of a seed's clinic stays as it was.
    Random places(options.seed ^ 0x5eedu);
    GeneratedClinic made;
    const QDate first = options.until.addYears(-options.years);
    const auto catalog = m_services.plans.catalog(admin);

    // One practitioner per 2,000 patients (2 to 12), each with a room holding every piece of
    // equipment the catalog's protocols use.
    std::vector<ActingUser> practitioners;
    std::vector<qint64> rooms;
    {
        records::RoomRecord room;
        for (const EquipmentChoice &e : m_services.clinicSetup.equipment(admin))
            room.equipment << e.id;
        const int count = std::clamp(options.patients / 2000, 2, 12);
        const core::WeekHours hours = m_services.clinicSetup.setup(admin).opening;
        for (int i = 0; i < count; ++i) {
            const QString name =
                QStringLiteral("Dr %1 %2").arg(random.pick(kGiven), random.pick(kFamily));
            const QString username = QStringLiteral("practitioner%1").arg(i + 1);
            const qint64 id = m_services.clinicSetup.addPractitioner(admin, username, name, hours);
            practitioners.push_back({id, username, QStringLiteral("practitioner"), name});
            room.name = tr("Room %1").arg(i + 2);
            rooms.push_back(m_services.clinicSetup.saveRoom(admin, room));
        }
    }
    made.practitioners = static_cast<qint64>(practitioners.size());
    made.rooms = static_cast<qint64>(rooms.size());

    // What patients come for: every indication and area the catalog's protocols serve.
    std::vector<std::pair<std::string, std::string>> requests;
    for (const core::Protocol &p : catalog->protocols) {
        for (const std::string &indication : p.indications)
            for (const std::string &area : p.areas)
                requests.emplace_back(indication, area);
    }

    StockHistory stock(m_services, admin, *catalog, first, options.lotWeeks);
    made.products = stock.products();
    store::SessionRepository sessions(db);

    Calendar calendar;
    const int buffer = m_services.clinicSetup.setup(admin).bufferMinutes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store::BookingRepository booking(db);
    for (int done = 0; done < options.patients; ++done) {
        if (progress && done > 0 && done % kPatientsPerProgress == 0)
            progress(done, options.patients);
        const auto who = static_cast<size_t>(random.below(static_cast<int>(practitioners.size())));
        const ActingUser &practitioner = practitioners[who];
        const qint64 room = rooms[who];
        records::PatientRecord p;
        p.familyName = random.pick(kFamily);
        if (random.chance(8))
            p.familyName += QLatin1Char('-') + random.pick(kFamily);
        p.givenNames = random.pick(kGiven);
        p.birthDate = options.until.addYears(-18).addDays(-random.below(60 * 365));
        p.sex = random.chance(85)
                    ? QStringLiteral("female")
                    : (random.chance(95) ? QStringLiteral("male") : QStringLiteral("other"));
        // A French mobile number (06 00 to 06 29: all in use), in E.164 as the form stores it.
        p.phone = QStringLiteral("+336%1%2%3%4")
                      .arg(random.below(30), 2, 10, QLatin1Char('0'))
                      .arg(random.below(100), 2, 10, QLatin1Char('0'))
                      .arg(random.below(100), 2, 10, QLatin1Char('0'))
                      .arg(random.below(100), 2, 10, QLatin1Char('0'));
        if (random.chance(70))
            p.email = QStringLiteral("patient%1@example.org").arg(done + 1);
        // Most agree to reminders; a French clinic's patients mostly read French.
        if (random.chance(80))
            p.reminderConsentOn = std::min(options.until, QDate::currentDate());
        p.language = random.chance(85) ? QStringLiteral("fr") : QStringLiteral("en");
        if (places.chance(90)) {
            // One draw after the other (the arguments of a call are evaluated in any order).
            const int number = 1 + places.below(120);
            const QString street = places.pick(kStreets);
            const QString town = places.pick(kTowns);
            p.address = QStringLiteral("%1 %2\n%3").arg(number).arg(street, town);
        }
        const qint64 patientId = m_services.patients.create(practitioner, p);
        ++made.patients;

        // Two patients in five come for a consultation, somewhere in the history.
        if (!random.chance(40))
            continue;
        const auto &[indication, area] =
            requests[static_cast<size_t>(random.below(static_cast<int>(requests.size())))];
        records::ConsultationRecord c;
        c.patientId = patientId;
        c.date = first.addDays(random.below(static_cast<int>(first.daysTo(options.until)) + 1));
        nlohmann::json intake = {
            {"patient", {{"birth_date", p.birthDate.toString(Qt::ISODate).toStdString()}}},
            {"date", c.date.toString(Qt::ISODate).toStdString()},
            {"requests", {{{"indication", indication}, {"area", area}}}}};
        if (random.chance(10)) // an anticoagulant: the screening asks for a reason
            intake["medications"] = {"apixaban"};
        c.intake = QString::fromStdString(intake.dump());
        const qint64 consultationId = m_services.consultations.sign(practitioner, c).id;
        ++made.consultations;
        const PlanView proposal = m_services.plans.current(practitioner, consultationId, 0);
        if (proposal.record.protocol.isEmpty())
            continue; // nothing to propose: blocked, or no protocol in this country
        ++made.plans;
        records::PlanRecord plan;
        try {
            plan = m_services.plans.approve(practitioner, {proposal.record, {}, {}, {}}).record;
        } catch (const ValidationError &) {
            // A relative finding waits for the practitioner's reason: a plan in "waiting".
            m_services.plans.saveDraft(practitioner, proposal.record);
            continue;
        }
        ++made.approvedPlans;
        // Approved at the consultation, so that the quotes fall in the clinic's history.
        store::PlanRepository(db).setApprovedAt(
            plan.id, QDateTime(c.date, QTime(9, 0).addSecs(60 * (done % (9 * 60)))).toUTC());

        // The series, from a few days after the consultation; what lies in the past was
        // checked in, cancelled or missed.
        const int minutes = proposal.result().protocol->sessionMinutes + buffer;
        QDate day = c.date.addDays(3 + random.below(11));
        qint64 firstId = 0, lastId = 0;
        for (int s = 0; s < plan.sessions; ++s, day = day.addDays(plan.intervalDays)) {
            records::AppointmentRecord a;
            a.planId = plan.id;
            a.sessionIndex = s;
            a.patientId = patientId;
            a.practitionerId = practitioner.id;
            a.roomId = room;
            a.start = calendar.place(practitioner.id, day, minutes);
            a.end = a.start + minutes;
            const qint64 id = booking.insert(a, practitioner.id, now);
            firstId = firstId ? firstId : id;
            lastId = id;
            ++made.appointments;
            QString status;
            if (random.chance(7))
                status = QStringLiteral("cancelled");
            else if (a.start / 1440 < store::dayNumber(options.until))
                status =
                    random.chance(6) ? QStringLiteral("no_show") : QStringLiteral("checked_in");
            if (status.isEmpty())
                continue;
            booking.setStatus(id, 1, QStringLiteral("booked"), status,
                              status == QLatin1String("cancelled")
                                  ? tr("The patient asked to postpone")
                                  : QString(),
                              now);
            audit(db, practitioner, QStringLiteral("appointment.%1").arg(status), patientId,
                  QStringLiteral("appointment:%1").arg(id), QStringLiteral("was booked"));
            made.cancelled += status == QLatin1String("cancelled");
            made.noShows += status == QLatin1String("no_show");
            if (status != QLatin1String("checked_in"))
                continue;

            // The session's record, as SessionService::record writes it: the plan's cocktail
            // at its volumes from the lots in use that day (now and then a session not
            // performed), then the appointment completed.
            const core::RequestResult &planned = proposal.result();
            records::SessionRecord r;
            r.appointmentId = id;
            r.patientId = patientId;
            r.planId = plan.id;
            r.performedOn = toDateTime(a.start).date();
            r.signedBy = practitioner.id;
            r.signedAt = toDateTime(a.end).toUTC();
            r.performed = !random.chance(2);
            if (r.performed) {
                r.technique = QString::fromStdString(planned.technique);
                r.needle = QString::fromStdString(planned.protocol->needle);
                r.depthMinMm = planned.depthMin;
                r.depthMaxMm = planned.depthMax;
                r.pain = random.below(7);
                r.gaisPatient = 1 + random.below(3);
                r.gaisPractitioner = 1 + random.below(3);
                for (const core::CocktailLine *line : planned.cocktail) {
                    if (line->volumeMl <= 0)
                        continue;
                    records::SessionProductLine l;
                    l.area = plan.area;
                    l.lotId = stock.lotFor(line->ingredient, r.performedOn, now);
                    l.volumeMl = line->volumeMl;
                    stock.use(l.lotId, l.volumeMl);
                    r.lines.push_back(l);
                }
            } else {
                r.notPerformedReason = tr("The patient felt unwell on arrival");
            }
            const qint64 sessionId = sessions.insert(r);
            audit(db, practitioner,
                  r.performed ? QStringLiteral("session.record")
                              : QStringLiteral("session.not_performed"),
                  patientId, QStringLiteral("session:%1").arg(sessionId),
                  QStringLiteral("appointment %1, %2 line(s), 0 deviation(s)")
                      .arg(id)
                      .arg(r.lines.size()));
            booking.setStatus(id, 2, status, QStringLiteral("completed"), {}, now);
            ++made.sessions;
            made.notPerformed += !r.performed;
            made.productLines += static_cast<qint64>(r.lines.size());

            // One performed session in fifty is followed by a mild or moderate reaction among
            // the protocol's risks, resolved within two weeks unless it is recent.
            if (!r.performed || planned.protocol->risks.empty() || !random.chance(2))
                continue;
            const auto &risks = planned.protocol->risks;
            records::AdverseEventRecord e;
            e.patientId = patientId;
            e.sessionId = sessionId;
            e.risk = QString::fromStdString(
                risks[static_cast<size_t>(random.below(static_cast<int>(risks.size())))]);
            e.onset = r.performedOn.addDays(random.below(3));
            e.severity = random.chance(10) ? QStringLiteral("moderate") : QStringLiteral("mild");
            e.description = tr("Noticed by the patient after the session");
            e.actionTaken = tr("Advice given; seen again at the next session");
            if (e.onset.addDays(14) < options.until) {
                e.outcome = QStringLiteral("resolved");
                e.resolvedOn = e.onset.addDays(2 + random.below(12));
            }
            e.recordedBy = practitioner.id;
            const qint64 eventId = sessions.insertEvent(e, now);
            audit(db, practitioner, QStringLiteral("adverse_event.add"), patientId,
                  QStringLiteral("adverse_event:%1").arg(eventId),
                  QStringLiteral("session %1, %2, %3, %4")
                      .arg(sessionId)
                      .arg(e.risk, e.severity, e.outcome));
            ++made.adverseEvents;
        }
        audit(db, practitioner, QStringLiteral("booking.book"), patientId,
              QStringLiteral("plan:%1").arg(plan.id),
              QStringLiteral("sessions: %1, appointments %2 to %3")
                  .arg(plan.sessions)
                  .arg(firstId)
                  .arg(lastId));
    }
    stock.settle();
    made.lots = stock.lots();
    if (progress)
        progress(options.patients, options.patients);
    made.auditRows = m_services.audit.verify(admin).rows;
    all.commit();
    db.analyzeAfterLoad();
    return made;
}

} // namespace meso::clinic
