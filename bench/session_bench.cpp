// The treatment session record at a clinic's scale (issue 15): a SQLite file with 100,000
// completed sessions of 20,000 patients over four years and their 500,000 product lines from 200
// lots, then
// - a recall's lot trace through the real service (`StockService::trace`: the query, one audit
//   row per patient found, the commit), the repository's query alone, and the same query in the
//   sqlite3 shell on the same file (`.timer on`), on the same random lots;
// - recording a session through the real service (`SessionService::record`: the checks, the
//   record and its lines, the lots' volumes, the audit row, the appointment completed, the
//   commit) on checked-in appointments prepared beforehand.
// Prints the markdown section of docs/performance.md (bench/run.sh).
// usage: mesoplan-session-bench [--sessions N] [--rounds N] [--lines-per-lot N] [--db FILE]

#include "clinic/clinicdatabase.h"
#include "clinic/services.h"
#include "records/consultationrecord.h"
#include "records/patientrecord.h"
#include "records/planrecord.h"
#include "records/serveraddress.h"
#include "store/bookingrepository.h"
#include "store/database.h"
#include "store/patientrepository.h"
#include "store/sessionrepository.h"
#include "store/statement.h"
#include "store/stockrepository.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <iostream>
#include <map>
#include <random>
#include <set>

using namespace meso;

namespace {

constexpr int kLinesPerSession = 5;   // one line per product of the cocktail
constexpr int kSessionsPerSeries = 5; // each patient's series
int kLinesPerLot = 2500;              // a lot lasts the clinic this many lines (--lines-per-lot)
constexpr int kWarmUp = 3;            // untimed traces before each timed series

const char *const kFamily[] = {"Martin",  "Bernard", "Dubois",   "Thomas", "Robert",  "Richard",
                               "Petit",   "Durand",  "Leroy",    "Moreau", "Simon",   "Laurent",
                               "Lefèvre", "Michel",  "García",   "Müller", "Rossi",   "Nguyen",
                               "O'Brien", "Benali",  "Kowalski", "Girard", "Fontaine"};
const char *const kGiven[] = {"Hélène", "Léa",  "Camille", "Chloé",  "Inès",   "Manon",
                              "Emma",   "Zoé",  "Noël",    "Jürgen", "Chiara", "Yasmine",
                              "Lucas",  "Hugo", "Théo",    "Anaïs",  "Élodie", "Céline"};

// The five products of the mesolift cocktail (skin rejuvenation of the face), so that a recorded
// session has no deviation from its plan.
struct ProductSpec
{
    const char *name, *prefix;
    double unitMl;
    std::vector<const char *> ingredients;
    int minUl, maxUl; // a line's volume
};
const ProductSpec kProducts[kLinesPerSession] = {
    {"HA booster", "HAB", 2.0, {"hyaluronic_acid"}, 300, 600},
    {"Vitamin complex", "VIT", 5.0, {"vitamin_c", "vitamin_a", "vitamin_e"}, 200, 500},
    {"Dexpanthenol 5%", "DXP", 2.0, {"dexpanthenol"}, 100, 200},
    {"Amino acid complex", "AMI", 5.0, {"amino_acids"}, 200, 500},
    {"Glutathione 600", "GLU", 5.0, {"glutathione"}, 200, 500},
};

// The query SessionRepository::trace runs, as its source writes it (kCurrent spliced in).
const QString kTraceSql =
    QStringLiteral("SELECT l.id, l.product_id, l.lot_number, p.name, s.patient_id, "
                   "pt.family_name, pt.given_names, pt.birth_date, s.id, s.performed_on, "
                   "sp.area_id, sp.volume_ul FROM lots l "
                   "JOIN products p ON p.id = l.product_id "
                   "JOIN session_products sp ON sp.lot_id = l.id "
                   "JOIN treatment_sessions s ON s.id = sp.session_id "
                   "JOIN patients pt ON pt.id = s.patient_id "
                   "WHERE l.lot_number = %1 AND (%2 = 0 OR l.product_id = %2) AND "
                   "NOT EXISTS (SELECT 1 FROM treatment_sessions a WHERE a.amends_id = s.id) "
                   "ORDER BY s.performed_on, s.patient_id, s.id, sp.line_no");

struct Stats
{
    double min = 0, median = 0, p95 = 0, max = 0;
};

Stats statsOf(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms.front(), ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back()};
}

double elapsedMs(const std::function<void()> &call)
{
    QElapsedTimer t;
    t.start();
    call();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

std::string fmt(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals).toStdString();
}

std::string thousands(qint64 v)
{
    QString s = QString::number(v);
    for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3)
        s.insert(i, QLatin1Char(','));
    return s.toStdString();
}

std::string row(const std::string &what, const Stats &s, const std::string &requirement)
{
    return "| " + what + " | " + fmt(s.min) + " | " + fmt(s.median) + " | " + fmt(s.p95) + " | " +
           fmt(s.max) + " | " + requirement + " |\n";
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

void exec(QSqlQuery &q)
{
    if (!q.exec())
        throw std::runtime_error(q.lastError().text().toStdString() + " in " +
                                 q.lastQuery().toStdString());
}

// The columns of a table but its id, for INSERT ... SELECT copies.
QStringList columnsOf(const store::Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        throw std::runtime_error(q.lastError().text().toStdString());
    QStringList out;
    while (q.next()) {
        if (q.value(1).toString() != QLatin1String("id"))
            out << q.value(1).toString();
    }
    return out;
}

// INSERT INTO table (columns) SELECT columns FROM table WHERE id = ?, `replaced` bound first.
QString copySql(const QStringList &columns, const QString &table, const QString &replaced)
{
    QStringList select = columns;
    select.replace(select.indexOf(replaced), QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %1 WHERE id = ?")
        .arg(table, columns.join(QStringLiteral(", ")), select.join(QStringLiteral(", ")));
}

qint64 minuteOf(const QDate &day, int minuteOfDay)
{
    return QDate(1970, 1, 1).daysTo(day) * 1440 + minuteOfDay;
}

struct Session
{
    int patient = 0; // index
    int index = 0;   // in the series
    QDate day;
    int minuteOfDay = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int sessionCount = 100000, rounds = 200;
    QString path;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--sessions"))
            sessionCount = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--rounds"))
            rounds = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--db"))
            path = args[i + 1];
        else if (args[i] == QLatin1String("--lines-per-lot"))
            kLinesPerLot = std::max(1, args[i + 1].toInt());
    }
    QTemporaryDir tmp;
    if (path.isEmpty())
        path = tmp.filePath(QStringLiteral("sessions.sqlite"));
    if (sessionCount < 1 || rounds < 1 || records::isServerAddress(path)) {
        std::cerr << "usage: mesoplan-session-bench [--sessions N] [--rounds N] [--lines-per-lot "
                     "N] [--db FILE]\n";
        return 2;
    }
    try {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        auto db = clinic::openClinicDatabase(path);
        const auto user = clinic::ActingUser::builtInLocal(*db); // a practitioner
        const auto admin = clinic::ActingUser::system(*db);
        clinic::Services s(*db);
        std::mt19937 rng(15);

        // The clinic: three practitioners, two rooms, the five products.
        std::vector<qint64> practitioners, rooms;
        for (int i = 1; i <= 3; ++i)
            practitioners.push_back(s.clinicSetup.addPractitioner(
                admin, QStringLiteral("p%1").arg(i), QStringLiteral("Dr P%1").arg(i)));
        s.clinicSetup.saveRoom(admin, {0, QStringLiteral("Room 2"), {QStringLiteral("syringe")}});
        for (const auto &r : s.clinicSetup.setup(user).rooms)
            rooms.push_back(r.id);
        std::vector<records::ProductRecord> products;
        for (const ProductSpec &spec : kProducts) {
            records::ProductRecord p;
            p.name = QString::fromUtf8(spec.name);
            p.manufacturer = QStringLiteral("Laboratoire Bench");
            p.unitMl = spec.unitMl;
            p.lowStockUnits = 2;
            for (const char *ingredient : spec.ingredients)
                p.components.push_back({QString::fromLatin1(ingredient), QString()});
            products.push_back(s.stock.addProduct(user, p));
        }

        // A patient's approved plan (skin rejuvenation of the face, the mesolift protocol), made
        // through the services as a practitioner would.
        const QDate today = QDate::currentDate();
        auto approvedPlan = [&](const QString &family, const QString &given, const QDate &birth) {
            records::PatientRecord p;
            p.familyName = family;
            p.givenNames = given;
            p.birthDate = birth;
            records::ConsultationRecord c;
            c.patientId = s.patients.create(user, p);
            c.date = today;
            c.intake = QStringLiteral(R"({"patient": {"birth_date": "%1"}, "date": "%2",
                "requests": [{"indication": "skin_rejuvenation", "area": "face"}]})")
                           .arg(birth.toString(Qt::ISODate), today.toString(Qt::ISODate));
            const qint64 consultation = s.consultations.sign(user, c).id;
            const qint64 plan =
                s.plans.saveDraft(user, s.plans.current(user, consultation, 0).record);
            s.plans.approve(user, plan, s.plans.view(user, plan).record.rowVersion);
            return std::pair{consultation, plan};
        };
        const auto [templateConsultation, templatePlan] =
            approvedPlan(QStringLiteral("Template"), QStringLiteral("Bench"), QDate(1980, 1, 1));

        // The sessions, in memory first: each patient's series of five, 14 days apart, starting
        // over the last four years; ordered by date as the clinic recorded them.
        const int patientCount = (sessionCount + kSessionsPerSeries - 1) / kSessionsPerSeries;
        std::vector<Session> sessions;
        sessions.reserve(static_cast<size_t>(sessionCount));
        std::uniform_int_distribution<int> seriesStart(100 + 14 * kSessionsPerSeries, 1520),
            slot(0, 31);
        for (int p = 0; p < patientCount; ++p) {
            const QDate start = today.addDays(-seriesStart(rng));
            for (int k = 0;
                 k < kSessionsPerSeries && static_cast<int>(sessions.size()) < sessionCount; ++k) {
                QDate day = start.addDays(14 * k);
                if (day.dayOfWeek() == 7)
                    day = day.addDays(1);
                sessions.push_back({p, k, day, 9 * 60 + 15 * slot(rng)});
            }
        }
        std::stable_sort(sessions.begin(), sessions.end(), [](const Session &a, const Session &b) {
            return std::pair(a.day, a.minuteOfDay) < std::pair(b.day, b.minuteOfDay);
        });
        // Each product's lots follow one another: lot w of a product serves the w-th stretch of
        // sessions, so that a lot has about kLinesPerLot lines.
        const int lotsPerProduct = std::max(1, sessionCount / kLinesPerLot);
        const int lotCount = lotsPerProduct * kLinesPerSession;
        auto lotIndex = [&](size_t rank, int product) {
            return product * lotsPerProduct +
                   static_cast<int>(rank * static_cast<size_t>(lotsPerProduct) /
                                    static_cast<size_t>(sessionCount));
        };
        std::vector<std::array<int, kLinesPerSession>> volumes(sessions.size());
        std::vector<qint64> usedUl(static_cast<size_t>(lotCount), 0);
        std::vector<int> linesOfLot(static_cast<size_t>(lotCount), 0);
        std::vector<QDate> firstDayOfLot(static_cast<size_t>(lotCount));
        for (size_t r = 0; r < sessions.size(); ++r) {
            for (int k = 0; k < kLinesPerSession; ++k) {
                const auto &spec = kProducts[k];
                const int ul =
                    std::uniform_int_distribution<int>(spec.minUl / 10, spec.maxUl / 10)(rng) * 10;
                volumes[r][static_cast<size_t>(k)] = ul;
                const auto lot = static_cast<size_t>(lotIndex(r, k));
                usedUl[lot] += ul;
                ++linesOfLot[lot];
                if (!firstDayOfLot[lot].isValid())
                    firstDayOfLot[lot] = sessions[r].day;
            }
        }

        QElapsedTimer fillTimer;
        fillTimer.start();
        std::vector<qint64> lotIds(static_cast<size_t>(lotCount));
        std::vector<QString> lotNumbers(static_cast<size_t>(lotCount));
        {
            store::WriteTransaction tx(*db);
            const QSqlDatabase c = db->store().connection();

            // Patients (with their search terms, as the app adds them), each with a signed
            // consultation and an approved plan copied from the template's.
            store::PatientRepository patientRepo(*db);
            QSqlQuery copyConsultation(c), copyPlan(c);
            copyConsultation.prepare(copySql(columnsOf(*db, QStringLiteral("consultations")),
                                             QStringLiteral("consultations"),
                                             QStringLiteral("patient_id")));
            copyPlan.prepare(copySql(columnsOf(*db, QStringLiteral("plans")),
                                     QStringLiteral("plans"), QStringLiteral("consultation_id")));
            std::vector<qint64> patientIds, planIds;
            for (int i = 0; i < patientCount; ++i) {
                records::PatientRecord p;
                p.familyName = QString::fromUtf8(kFamily[rng() % std::size(kFamily)]);
                p.givenNames = QString::fromUtf8(kGiven[rng() % std::size(kGiven)]);
                p.birthDate = QDate(1950, 1, 1).addDays(static_cast<qint64>(rng() % 20000));
                p.phone = QStringLiteral("+33 6 %1").arg(10000000 + i);
                patientIds.push_back(
                    patientRepo.insert(p, user.id, QDateTime::currentDateTimeUtc()));
                copyConsultation.addBindValue(patientIds.back());
                copyConsultation.addBindValue(templateConsultation);
                exec(copyConsultation);
                copyPlan.addBindValue(copyConsultation.lastInsertId());
                copyPlan.addBindValue(templatePlan);
                exec(copyPlan);
                planIds.push_back(copyPlan.lastInsertId().toLongLong());
            }

            // Lots, received before their stretch began, with what the lines below took.
            store::StockRepository stock(*db);
            QSqlQuery setUsed(c);
            setUsed.prepare(QStringLiteral("UPDATE lots SET used_ul = ? WHERE id = ?"));
            for (int k = 0; k < kLinesPerSession; ++k) {
                for (int w = 0; w < lotsPerProduct; ++w) {
                    const auto i = static_cast<size_t>(k * lotsPerProduct + w);
                    records::LotRecord lot;
                    lot.productId = products[static_cast<size_t>(k)].id;
                    lot.receivedOn = firstDayOfLot[i].isValid() ? firstDayOfLot[i].addDays(-10)
                                                                : today.addDays(-10);
                    lot.expiry = lot.receivedOn.addDays(730);
                    lot.lotNumber = QStringLiteral("%1-%2-%3")
                                        .arg(QLatin1String(kProducts[k].prefix))
                                        .arg(lot.receivedOn.toString(QStringLiteral("yyMM")))
                                        .arg(w, 3, 10, QLatin1Char('0'));
                    const qint64 unitUl = store::microlitres(kProducts[k].unitMl);
                    lot.unitsReceived = static_cast<int>((usedUl[i] + unitUl - 1) / unitUl) + 4;
                    lot.supplier = QStringLiteral("Grossiste");
                    lotIds[i] = stock.insertLot(lot, user.id, QDateTime::currentDateTimeUtc());
                    lotNumbers[i] = lot.lotNumber;
                    setUsed.addBindValue(usedUl[i]);
                    setUsed.addBindValue(lotIds[i]);
                    exec(setUsed);
                }
            }

            // The completed appointments, their records and their lines, by date.
            QSqlQuery appointment(c), session(c), line(c);
            appointment.prepare(QStringLiteral(
                "INSERT INTO appointments (plan_id, session_index, patient_id, practitioner_id, "
                "room_id, starts_at, ends_at, status, created_by, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'completed', ?, ?, ?)"));
            session.prepare(QStringLiteral(
                "INSERT INTO treatment_sessions (appointment_id, patient_id, plan_id, performed, "
                "performed_on, technique, depth_min_mm, depth_max_mm, needle, pain, "
                "gais_patient, gais_practitioner, notes, signed_by, signed_at) VALUES (?, ?, ?, "
                "1, ?, 'papular', 1, 2, '32G 4 mm', ?, ?, ?, '', ?, ?)"));
            line.prepare(QStringLiteral(
                "INSERT INTO session_products (session_id, line_no, area_id, lot_id, volume_ul, "
                "points) VALUES (?, ?, 'face', ?, ?, ?)"));
            for (size_t r = 0; r < sessions.size(); ++r) {
                const Session &x = sessions[r];
                const auto p = static_cast<size_t>(x.patient);
                const qint64 practitioner = practitioners[rng() % practitioners.size()];
                const qint64 start = minuteOf(x.day, x.minuteOfDay);
                const QString at =
                    store::timestamp(QDateTime(x.day, QTime(0, 0), Qt::UTC)
                                         .addSecs(static_cast<qint64>(x.minuteOfDay + 40) * 60));
                appointment.addBindValue(planIds[p]);
                appointment.addBindValue(x.index);
                appointment.addBindValue(patientIds[p]);
                appointment.addBindValue(practitioner);
                appointment.addBindValue(rooms[rng() % rooms.size()]);
                appointment.addBindValue(start);
                appointment.addBindValue(start + 30);
                appointment.addBindValue(user.id);
                appointment.addBindValue(at);
                appointment.addBindValue(at);
                exec(appointment);
                session.addBindValue(appointment.lastInsertId());
                session.addBindValue(patientIds[p]);
                session.addBindValue(planIds[p]);
                session.addBindValue(x.day.toString(Qt::ISODate));
                session.addBindValue(static_cast<int>(rng() % 8));
                session.addBindValue(static_cast<int>(1 + rng() % 3));
                session.addBindValue(static_cast<int>(1 + rng() % 3));
                session.addBindValue(practitioner);
                session.addBindValue(at);
                exec(session);
                const QVariant sessionId = session.lastInsertId();
                for (int k = 0; k < kLinesPerSession; ++k) {
                    line.addBindValue(sessionId);
                    line.addBindValue(k);
                    line.addBindValue(lotIds[static_cast<size_t>(lotIndex(r, k))]);
                    line.addBindValue(volumes[r][static_cast<size_t>(k)]);
                    line.addBindValue(static_cast<int>(40 + rng() % 80));
                    exec(line);
                }
            }
            tx.commit();
        }
        db->store().checkpoint(); // the write-ahead log into the file, as after a quiet night
        const double fillSeconds = static_cast<double>(fillTimer.elapsed()) / 1000;
        const double megabytes = static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0);

        // The lots traced: the same random ones for each way of running the query.
        std::vector<size_t> traced;
        for (int i = 0; i < kWarmUp + rounds; ++i)
            traced.push_back(rng() % static_cast<size_t>(lotCount));

        // The repository's query alone, in a read transaction, no audit.
        std::vector<double> repositoryMs;
        for (size_t i = 0; i < traced.size(); ++i) {
            const double ms = elapsedMs([&] {
                store::ReadTransaction tx(*db);
                store::SessionRepository(*db).trace(lotNumbers[traced[i]], 0);
            });
            if (static_cast<int>(i) >= kWarmUp)
                repositoryMs.push_back(ms);
        }

        // The service: the query, one lot.trace audit row per patient, the commit.
        std::vector<double> serviceMs;
        qint64 tracedLines = 0, tracedPatients = 0;
        for (size_t i = 0; i < traced.size(); ++i) {
            std::vector<records::LotTraceRow> rows;
            const double ms = elapsedMs([&] { rows = s.stock.trace(user, lotNumbers[traced[i]]); });
            if (static_cast<int>(rows.size()) != linesOfLot[traced[i]]) {
                std::cerr << "lot " << lotNumbers[traced[i]].toStdString() << ": " << rows.size()
                          << " lines traced, " << linesOfLot[traced[i]] << " recorded\n";
                return 1;
            }
            if (static_cast<int>(i) < kWarmUp)
                continue;
            serviceMs.push_back(ms);
            std::set<qint64> patients;
            for (const auto &r : rows)
                patients.insert(r.patientId);
            tracedLines += static_cast<qint64>(rows.size());
            tracedPatients += static_cast<qint64>(patients.size());
        }

        // The same query in the sqlite3 shell on the same file: one script, one process.
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        std::vector<double> shellMs;
        QString shellVersion, queryPlan;
        if (!shell.isEmpty()) {
            auto literal = [](const QString &text) {
                return QLatin1Char('\'') +
                       QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
                       QLatin1Char('\'');
            };
            auto run = [&](const QStringList &arguments, const QByteArray &input) {
                QProcess p;
                p.start(shell, arguments);
                p.write(input);
                p.closeWriteChannel();
                if (!p.waitForFinished(600000) || p.exitCode() != 0)
                    throw std::runtime_error("sqlite3: " + p.readAllStandardError().toStdString());
                return QString::fromUtf8(p.readAllStandardOutput());
            };
            shellVersion = run({QStringLiteral("-version")}, {}).section(QLatin1Char(' '), 0, 0);
            queryPlan =
                run({path},
                    "EXPLAIN QUERY PLAN " +
                        kTraceSql.arg(literal(lotNumbers[traced.front()]), QStringLiteral("0"))
                            .toUtf8() +
                        ";\n")
                    .trimmed();
            QByteArray script = ".output /dev/null\n.timer on\n";
            for (const size_t lot : traced)
                script +=
                    kTraceSql.arg(literal(lotNumbers[lot]), QStringLiteral("0")).toUtf8() + ";\n";
            const QString out = run({path}, script);
            static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
            auto it = timer.globalMatch(out);
            for (int i = 0; it.hasNext(); ++i) {
                const double ms = it.next().captured(1).toDouble() * 1000;
                if (i >= kWarmUp)
                    shellMs.push_back(ms);
            }
            if (static_cast<int>(shellMs.size()) != rounds)
                throw std::runtime_error("sqlite3 printed " + std::to_string(shellMs.size()) +
                                         " timings, expected " + std::to_string(rounds));
        }

        // Recording: checked-in appointments of patients with an approved plan, and lots in
        // stock, prepared first (not timed).
        std::vector<records::LotRecord> current;
        for (int k = 0; k < kLinesPerSession; ++k) {
            records::LotRecord lot;
            lot.productId = products[static_cast<size_t>(k)].id;
            lot.lotNumber = QStringLiteral("%1-NOW").arg(QLatin1String(kProducts[k].prefix));
            lot.expiry = today.addYears(2);
            lot.unitsReceived = 1000;
            lot.supplier = QStringLiteral("Grossiste");
            current.push_back(s.stock.receiveLot(user, lot));
        }
        std::vector<qint64> appointments;
        for (int i = 0; i < rounds; ++i) {
            const qint64 plan = approvedPlan(QStringLiteral("Today%1").arg(i),
                                             QStringLiteral("Recorded"), QDate(1975, 3, 1))
                                    .second;
            records::AppointmentRecord a;
            a.planId = plan;
            a.patientId = s.plans.summary(user, plan).patientId;
            a.practitionerId = practitioners[static_cast<size_t>(i) % practitioners.size()];
            a.roomId = rooms.front();
            a.start = minuteOf(today, i % 1400); // earlier today, whatever the time now
            a.end = a.start + 1;
            {
                store::WriteTransaction tx(*db);
                a.id = store::BookingRepository(*db).insert(a, user.id,
                                                            QDateTime::currentDateTimeUtc());
                tx.commit();
            }
            s.booking.checkIn(user, a.id, s.booking.find(user, a.id)->rowVersion);
            appointments.push_back(a.id);
        }
        std::vector<double> recordMs;
        for (const qint64 appointment : appointments) {
            records::SessionRecord r;
            r.appointmentId = appointment;
            r.technique = QStringLiteral("papular");
            r.depthMinMm = 1;
            r.depthMaxMm = 2;
            r.needle = QStringLiteral("32G 4 mm");
            r.pain = 3;
            r.gaisPatient = 2;
            r.gaisPractitioner = 2;
            r.notes = QStringLiteral("Well tolerated");
            for (int k = 0; k < kLinesPerSession; ++k) {
                records::SessionProductLine l;
                l.area = QStringLiteral("face");
                l.lotId = current[static_cast<size_t>(k)].id;
                l.volumeMl = kProducts[k].maxUl / 1000.0;
                l.points = 60;
                r.lines.push_back(l);
            }
            records::SessionRecord stored;
            recordMs.push_back(elapsedMs([&] { stored = s.sessions.record(user, r); }));
            if (stored.lines.size() != kLinesPerSession || !stored.deviations.empty()) {
                std::cerr << "the recorded session is not the one given\n";
                return 1;
            }
        }

        const Stats service = statsOf(serviceMs), repository = statsOf(repositoryMs),
                    record = statsOf(recordMs);
        const double meanLines = static_cast<double>(tracedLines) / rounds;
        const double meanPatients = static_cast<double>(tracedPatients) / rounds;
        QString kernel = QSysInfo::kernelType(); // "linux": as bench/report.js writes it
        if (!kernel.isEmpty())
            kernel[0] = kernel[0].toUpper();
        QSqlQuery version(db->store().connection());
        version.exec(QStringLiteral("SELECT sqlite_version()"));
        version.next();
        std::cout
            << "## The treatment session record: lot trace and recording (issue 15)\n\n"
            << "`mesoplan-session-bench`, measured " << today.toString(Qt::ISODate).toStdString()
            << " on " << cpuModel().toStdString() << " (" << QThread::idealThreadCount()
            << " cores, " << kernel.toStdString() << ' ' << QSysInfo::kernelVersion().toStdString()
            << "), `dev` preset (GCC, RelWithDebInfo: -O2), SQLite "
            << version.value(0).toString().toStdString()
            << " through Qt SQL, one file as the app opens it (WAL, `synchronous=FULL`). The "
               "clinic: "
            << thousands(static_cast<qint64>(sessions.size())) << " completed sessions of "
            << thousands(patientCount) << " patients (a series of " << kSessionsPerSeries
            << ", 14 days apart, started over the last four years), "
            << thousands(static_cast<qint64>(sessions.size()) * kLinesPerSession)
            << " product lines (" << kLinesPerSession << " per session, one per product) from "
            << lotCount << " lots of " << kLinesPerSession
            << " products, each product's lots used one after another, so a lot holds about "
            << thousands(kLinesPerLot) << " lines. Filled with prepared statements in one "
            << "transaction in " << fmt(fillSeconds) << " s; the file is " << fmt(megabytes, 0)
            << " MB. No `ANALYZE` was run (the app runs none).\n\n"
            << "**Lot trace.** " << rounds << " traces of random lots (the same ones each way), "
            << "after " << kWarmUp << " untimed ones; a trace found on average "
            << thousands(std::llround(meanLines)) << " lines of "
            << thousands(std::llround(meanPatients))
            << " patients. `StockService::trace` is what `mesoplan-cli lot "
               "trace` and the Stock page call: the write transaction (`BEGIN IMMEDIATE`), the "
               "lot looked up, `SessionRepository::trace`'s one query, one `lot.trace` audit row "
               "per patient found (hash-chained), the commit. The same query, with the lot number "
               "as a literal, ran in the sqlite3 shell ";
        if (shell.isEmpty()) {
            std::cout << "(not measured: no `sqlite3` on this machine).\n\n";
        } else {
            std::cout << shellVersion.toStdString()
                      << " on the same file, all rounds in one script (`.timer on`, results to "
                         "`/dev/null`; the shell prints wall time to the millisecond).\n\n";
        }
        std::cout << "| Lot trace, ms | Fastest | Median | 95th percentile | Slowest | "
                     "Requirement |\n|---|---:|---:|---:|---:|---|\n"
                  << row("`StockService::trace` (query, audit rows, commit)", service,
                         std::string("50 ms: ") + (service.p95 < 50 ? "met" : "**not met**") +
                             " (95th percentile)")
                  << row("`SessionRepository::trace` alone (read transaction)", repository, "");
        if (!shell.isEmpty()) {
            const Stats shellStats = statsOf(shellMs);
            std::cout << row("the same query in the sqlite3 shell", shellStats, "") << '\n'
                      << "Ratio at the 95th percentile: the service takes "
                      << fmt(service.p95 / std::max(shellStats.p95, 0.001))
                      << "× the shell's time, the repository's query alone "
                      << fmt(repository.p95 / std::max(shellStats.p95, 0.001))
                      << "×. The difference between the service and the repository is the "
                         "audit: "
                      << thousands(std::llround(meanPatients))
                      << " rows per trace, each chained to the previous one, in the commit.\n\n"
                      << "The query plan (sqlite3 `EXPLAIN QUERY PLAN`):\n\n```\n"
                      << queryPlan.toStdString() << "\n```\n\n";
        } else {
            std::cout << '\n';
        }
        std::cout << "**Recording a session.** `SessionService::record` on " << rounds
                  << " appointments checked in beforehand (each a patient with a signed "
                     "consultation and an approved mesolift plan; not timed), with "
                  << kLinesPerSession
                  << " lines from lots in stock and no deviation: the write transaction, the "
                     "appointment and its plan, the record's checks (lots, expiry, what is "
                     "left, the products' ingredients screened against the consultation, "
                     "deviations), the record and its lines, the lots' volumes, the "
                     "`session.record` audit row, the appointment completed, the commit; in the "
                     "clinic above.\n\n"
                  << "| Record a session, ms | Fastest | Median | 95th percentile | Slowest | "
                     "Requirement |\n|---|---:|---:|---:|---:|---|\n"
                  << row("`SessionService::record`", record,
                         std::string("20 ms: ") + (record.p95 < 20 ? "met" : "**not met**") +
                             " (95th percentile)");
    } catch (const std::exception &e) {
        std::cerr << "mesoplan-session-bench: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
