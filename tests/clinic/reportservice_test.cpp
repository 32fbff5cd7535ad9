// The clinic's reports (issue 19): counted by the database, on both engines, the same as counting
// the rows one by one; weeks start on Monday; every role may read the activity, practitioners and
// administrators the courses, adverse events and quotes.

#include "clinic/demogenerator.h"
#include "clinic/reportservice.h"
#include "clinic/validationerror.h"
#include "clinicfixture.h"
#include "store/bookingrepository.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <map>
#include <tuple>

using namespace meso;

TEST_CASE("The activity report counts each week's appointments per practitioner and room",
          "[clinic][report]")
{
    test::ClinicFixture f;
    clinic::GenerateOptions o;
    o.patients = 200;
    o.years = 1;
    o.seed = 3;
    o.until = QDate(2026, 12, 1);
    clinic::DemoGenerator(f.services).generate(f.admin, o);
    const QDate from(2026, 3, 1), to(2026, 8, 31);

    // The same counts, one appointment at a time, from the rows themselves.
    std::map<std::tuple<QDate, qint64, qint64>, std::array<int, 4>> expected;
    {
        store::Statement s(f.db->store().connection(),
                           QStringLiteral("SELECT starts_at, practitioner_id, room_id, status "
                                          "FROM appointments"));
        s.exec();
        while (s.next()) {
            const QDate day = QDate(1970, 1, 1).addDays(s.integer(0) / 1440);
            if (day < from || day > to)
                continue;
            auto &c = expected[{day.addDays(1 - day.dayOfWeek()), s.integer(1), s.integer(2)}];
            const QString status = s.text(3);
            ++c[0];
            c[1] += status == QLatin1String("completed");
            c[2] += status == QLatin1String("cancelled");
            c[3] += status == QLatin1String("no_show");
        }
    }
    REQUIRE(expected.size() > 20);

    const clinic::ActivityReport report = f.services.reports.activity(f.user, from, to);
    REQUIRE(report.rows.size() == expected.size());
    int appointments = 0;
    for (const records::ActivityRow &r : report.rows) {
        INFO(r.week.toString(Qt::ISODate).toStdString() << " " << r.practitioner.toStdString());
        CHECK(r.week.dayOfWeek() == Qt::Monday);
        CHECK_FALSE(r.practitioner.isEmpty());
        CHECK_FALSE(r.room.isEmpty());
        const auto found = expected.find({r.week, r.practitionerId, r.roomId});
        REQUIRE(found != expected.end());
        CHECK(std::array{r.appointments, r.completed, r.cancelled, r.noShows} == found->second);
        appointments += r.appointments;
    }
    CHECK(report.total.appointments == appointments);
    CHECK(report.total.noShows > 0);
    CHECK(report.total.cancelled > 0);
    CHECK(report.cancellationRate() ==
          Approx(static_cast<double>(report.total.cancelled) / appointments));
    CHECK(report.noShowRate() == Approx(static_cast<double>(report.total.noShows) /
                                        (appointments - report.total.cancelled)));
    // Weeks in order.
    for (size_t i = 1; i < report.rows.size(); ++i)
        CHECK(report.rows[i - 1].week <= report.rows[i].week);

    // A day's period is that day's appointments only.
    const clinic::ActivityReport day = f.services.reports.activity(f.user, to, to);
    for (const records::ActivityRow &r : day.rows)
        CHECK(r.week == to.addDays(1 - to.dayOfWeek()));

    // Periods that are not ones are named.
    CHECK_THROWS_WITH(f.services.reports.activity(f.user, to, from), Catch::Contains("report.to"));
    CHECK_THROWS_WITH(f.services.reports.activity(f.user, QDate(), to),
                      Catch::Contains("report.from"));
    CHECK_THROWS_WITH(f.services.reports.activity(f.user, from, from.addYears(11)),
                      Catch::Contains("10 years"));
    // Nothing in an empty period.
    CHECK(f.services.reports.activity(f.user, QDate(2000, 1, 1), QDate(2000, 12, 31)).rows.empty());
}

namespace {

// A generated year: courses started, completed and abandoned, session records, adverse events.
void generate(test::ClinicFixture &f)
{
    clinic::GenerateOptions o;
    o.patients = 400;
    o.years = 1;
    o.seed = 5;
    o.until = QDate(2026, 12, 1);
    clinic::DemoGenerator(f.services).generate(f.admin, o);
}

QDate dayOf(qint64 minute)
{
    return QDate(1970, 1, 1).addDays(minute / 1440);
}

} // namespace

TEST_CASE("The courses report counts each protocol's courses as the appointments tell them",
          "[clinic][report]")
{
    test::ClinicFixture f;
    generate(f);
    const QDate from(2026, 4, 1), to(2026, 9, 30);
    const auto inPeriod = [&](const QDate &d) { return d.isValid() && d >= from && d <= to; };

    // The plans (each request's approved version), then every appointment, one by one.
    struct Plan
    {
        qint64 consultation = 0;
        int request = 0;
    };
    std::map<qint64, Plan> plans;
    std::map<std::pair<qint64, int>, std::pair<QString, int>> approved; // protocol, sessions
    {
        store::Statement s(f.db->store().connection(),
                           QStringLiteral("SELECT id, consultation_id, request_index, status, "
                                          "protocol_id, sessions FROM plans"));
        s.exec();
        while (s.next()) {
            plans[s.integer(0)] = {s.integer(1), static_cast<int>(s.integer(2))};
            if (s.text(3) == QLatin1String("approved"))
                approved[{s.integer(1), static_cast<int>(s.integer(2))}] = {
                    s.text(4), static_cast<int>(s.integer(5))};
        }
    }
    struct Course
    {
        QDate firstDone, lastDone, lastKept, firstAny, touched;
        int done = 0, ahead = 0;
        bool inPeriod = false;
    };
    std::map<std::pair<qint64, int>, Course> courses;
    {
        store::Statement s(
            f.db->store().connection(),
            QStringLiteral(
                "SELECT plan_id, starts_at, status FROM appointments ORDER BY starts_at"));
        s.exec();
        while (s.next()) {
            const Plan &p = plans.at(s.integer(0));
            Course &c = courses[{p.consultation, p.request}];
            const QDate day = dayOf(s.integer(1));
            const QString status = s.text(2);
            c.inPeriod = c.inPeriod || inPeriod(day);
            if (!c.firstAny.isValid())
                c.firstAny = day;
            if (status == QLatin1String("completed")) {
                ++c.done;
                if (!c.firstDone.isValid())
                    c.firstDone = day;
                c.lastDone = day;
            }
            if (status == QLatin1String("booked") || status == QLatin1String("checked_in"))
                ++c.ahead;
            if (status != QLatin1String("cancelled"))
                c.lastKept = day;
        }
    }
    std::map<QString, std::array<int, 3>> expected;
    for (const auto &[key, c] : courses) {
        const auto plan = approved.find(key);
        if (!c.inPeriod || plan == approved.end())
            continue;
        const auto &[protocol, sessions] = plan->second;
        std::array<int, 3> &e = expected[protocol];
        e[0] += inPeriod(c.firstDone);
        e[1] += c.done >= sessions && inPeriod(c.lastDone);
        e[2] += c.done < sessions && c.ahead == 0 &&
                inPeriod(c.lastKept.isValid() ? c.lastKept : c.firstAny);
    }
    std::erase_if(expected, [](const auto &e) { return e.second == std::array{0, 0, 0}; });
    REQUIRE(expected.size() >= 3);

    const clinic::CoursesReport report = f.services.reports.courses(f.user, from, to, "fr");
    std::array<int, 3> total{};
    int withCourses = 0;
    for (const clinic::CourseFigures &r : report.rows) {
        INFO(r.protocol.toStdString());
        CHECK(r.protocolName != r.protocol); // named by the catalog, in French
        const std::array counted{r.started, r.completed, r.abandoned};
        if (counted == std::array{0, 0, 0})
            continue; // sessions only: checked below
        ++withCourses;
        REQUIRE(expected.count(r.protocol) == 1);
        CHECK(counted == expected.at(r.protocol));
        for (size_t i = 0; i < 3; ++i)
            total[i] += counted[i];
    }
    CHECK(withCourses == static_cast<int>(expected.size()));
    CHECK(std::array{report.total.started, report.total.completed, report.total.abandoned} ==
          total);
    CHECK(report.total.started > 0);
    CHECK(report.total.completed > 0);
    CHECK(report.total.abandoned > 0);
    // By name, as the reader looks for them.
    for (size_t i = 1; i < report.rows.size(); ++i)
        CHECK(QString::localeAwareCompare(report.rows[i - 1].protocolName,
                                          report.rows[i].protocolName) <= 0);
}

TEST_CASE("The courses report gives each protocol's adverse events per 100 sessions",
          "[clinic][report]")
{
    test::ClinicFixture f;
    generate(f);
    const QDate from(2026, 1, 1), to(2026, 11, 30);

    std::map<qint64, QString> protocolOf; // plan id
    {
        store::Statement s(f.db->store().connection(),
                           QStringLiteral("SELECT id, protocol_id FROM plans"));
        s.exec();
        while (s.next())
            protocolOf[s.integer(0)] = s.text(1);
    }
    // Sessions: performed records no other record amends. Events: after a session of the period.
    std::map<qint64, std::pair<QString, QDate>> sessionOf;
    std::map<QString, std::pair<int, int>> expected;
    {
        store::Statement s(f.db->store().connection(),
                           QStringLiteral("SELECT t.id, t.plan_id, t.performed, t.performed_on, "
                                          "(SELECT count(*) FROM treatment_sessions n WHERE "
                                          "n.amends_id = t.id) FROM treatment_sessions t"));
        s.exec();
        while (s.next()) {
            const QDate day = QDate::fromString(s.text(3), Qt::ISODate);
            const QString protocol = protocolOf.at(s.integer(1));
            sessionOf[s.integer(0)] = {protocol, day};
            if (s.integer(2) == 1 && s.integer(4) == 0 && day >= from && day <= to)
                ++expected[protocol].first;
        }
    }
    {
        store::Statement s(f.db->store().connection(),
                           QStringLiteral("SELECT session_id FROM adverse_events"));
        s.exec();
        while (s.next()) {
            const auto &[protocol, day] = sessionOf.at(s.integer(0));
            if (day >= from && day <= to)
                ++expected[protocol].second;
        }
    }
    const clinic::CoursesReport report = f.services.reports.courses(f.user, from, to);
    int sessions = 0, events = 0;
    for (const clinic::CourseFigures &r : report.rows) {
        INFO(r.protocol.toStdString());
        CHECK(std::pair{r.sessions, r.adverseEvents} == expected[r.protocol]);
        if (r.sessions > 0)
            CHECK(r.adverseEventsPer100() == Approx(100.0 * r.adverseEvents / r.sessions));
        sessions += r.sessions;
        events += r.adverseEvents;
    }
    CHECK(report.total.sessions == sessions);
    CHECK(report.total.adverseEvents == events);
    CHECK(sessions > 100);
    CHECK(events > 0);
    CHECK(clinic::CourseFigures().adverseEventsPer100() == 0.0);
}

TEST_CASE("The quotes report sums each month's approved quotes in whole cents", "[clinic][report]")
{
    test::ClinicFixture f;
    generate(f);
    const QDate from(2026, 2, 10), to(2026, 10, 20);

    std::map<QDate, std::pair<int, qint64>> expected; // month: quotes, cents
    {
        store::Statement s(f.db->store().connection(),
                           QStringLiteral("SELECT approved_at, quote_cents, snapshot FROM plans "
                                          "WHERE status = 'approved'"));
        s.exec();
        while (s.next()) {
            // The quote is the snapshot's total, in cents.
            const double total = nlohmann::json::parse(s.text(2).toStdString())["price"]["total"];
            CHECK(s.integer(1) == std::llround(total * 100));
            const QDate day =
                QDateTime::fromString(s.text(0), Qt::ISODateWithMs).toLocalTime().date();
            if (day < from || day > to)
                continue;
            auto &m = expected[QDate(day.year(), day.month(), 1)];
            ++m.first;
            m.second += s.integer(1);
        }
    }
    REQUIRE(expected.size() >= 6);

    const clinic::QuotesReport report = f.services.reports.quotes(f.user, from, to);
    CHECK(report.currency == QLatin1String("EUR"));
    // Every month the period touches, February to October, empty ones included.
    REQUIRE(report.months.size() == 9);
    CHECK(report.months.front().month == QDate(2026, 2, 1));
    CHECK(report.months.back().month == QDate(2026, 10, 1));
    int quotes = 0;
    qint64 cents = 0;
    for (const clinic::QuoteMonth &m : report.months) {
        INFO(m.month.toString(Qt::ISODate).toStdString());
        CHECK(std::pair{m.quotes, m.cents} == expected[m.month]);
        quotes += m.quotes;
        cents += m.cents;
    }
    CHECK(report.total.quotes == quotes);
    CHECK(report.total.cents == cents);
    CHECK(cents > 0);
}

TEST_CASE("Courses and quotes are for practitioners and administrators", "[clinic][report]")
{
    test::ClinicFixture f;
    const clinic::ActingUser desk{f.user.id, QStringLiteral("desk"), QStringLiteral("front_desk"),
                                  QString()};
    const QDate from(2026, 1, 1), to(2026, 1, 31);
    CHECK_THROWS_AS(f.services.reports.courses(desk, from, to), clinic::PermissionError);
    CHECK_THROWS_AS(f.services.reports.quotes(desk, from, to), clinic::PermissionError);
    CHECK_NOTHROW(f.services.reports.activity(desk, from, to));
    CHECK_THROWS_WITH(f.services.reports.quotes(f.user, to, from), Catch::Contains("report.to"));
    CHECK_THROWS_WITH(f.services.reports.courses(f.user, to, from), Catch::Contains("report.to"));
}

TEST_CASE("The Reports page reads every report the role may see in one call", "[clinic][report]")
{
    test::ClinicFixture f;
    generate(f);
    const QDate from(2026, 6, 1), to(2026, 11, 30);
    const clinic::ClinicReports all = f.services.reports.page(f.user, from, to, "fr");
    REQUIRE(all.courses);
    REQUIRE(all.quotes);
    // The same figures as each report read alone.
    CHECK(all.activity.total.appointments ==
          f.services.reports.activity(f.user, from, to).total.appointments);
    const clinic::CoursesReport courses = f.services.reports.courses(f.user, from, to, "fr");
    REQUIRE(all.courses->rows.size() == courses.rows.size());
    for (size_t i = 0; i < courses.rows.size(); ++i) {
        CHECK(all.courses->rows[i].protocolName == courses.rows[i].protocolName);
        CHECK(all.courses->rows[i].started == courses.rows[i].started);
        CHECK(all.courses->rows[i].adverseEvents == courses.rows[i].adverseEvents);
    }
    CHECK(all.quotes->total.cents == f.services.reports.quotes(f.user, from, to).total.cents);
    CHECK(all.quotes->total.cents > 0);

    // The front desk: its own figures only, nothing refused.
    const clinic::ActingUser desk{f.user.id, QStringLiteral("desk"), QStringLiteral("front_desk"),
                                  QString()};
    const clinic::ClinicReports front = f.services.reports.page(desk, from, to);
    CHECK(front.activity.total.appointments == all.activity.total.appointments);
    CHECK_FALSE(front.courses);
    CHECK_FALSE(front.quotes);
    CHECK_THROWS_WITH(f.services.reports.page(f.user, to, from), Catch::Contains("report.to"));
}

TEST_CASE("Occupancy counts booked time against each practitioner's hours and each room's opening",
          "[clinic][report]")
{
    test::ClinicFixture f;
    // Open Monday to Friday 09:00-17:00; the practitioner works Monday 09:00-12:00 and Tuesday
    // 14:00-20:00 (14:00-17:00 within the opening hours); closed on Wednesday 4 March.
    core::WeekHours opening;
    for (size_t d = 0; d < 5; ++d)
        opening[d] = {{9 * 60, 17 * 60}};
    f.services.clinicSetup.setOpeningHours(f.admin, opening, 0);
    core::WeekHours hours;
    hours[0] = {{9 * 60, 12 * 60}};
    hours[1] = {{14 * 60, 20 * 60}};
    f.services.clinicSetup.saveProfile(f.admin, f.practitioner, hours, {});
    f.services.clinicSetup.setClosure(f.admin, QDate(2026, 3, 4), QStringLiteral("Inventaire"));
    const clinic::ClinicSetup setup = f.services.clinicSetup.setup(f.admin);
    REQUIRE(setup.rooms.size() == 1);
    const qint64 room = setup.rooms.front().id;

    // On Monday 2 March: 60 minutes kept, 45 missed (a no-show holds its slot), 30 cancelled.
    const qint64 patient = test::addPatient(f.services, f.user, QStringLiteral("Occupée"));
    const qint64 plan =
        test::approvedPlan(f.services, f.user,
                           test::signedConsultation(f.services, f.user, patient,
                                                    test::oneRequest("skin_rejuvenation", "face")));
    store::BookingRepository booking(f.db->store());
    const qint64 monday = QDate(1970, 1, 1).daysTo(QDate(2026, 3, 2)) * 1440;
    int index = 0;
    for (const auto &[start, minutes, status] :
         {std::tuple{9 * 60, 60, "completed"}, std::tuple{10 * 60, 45, "no_show"},
          std::tuple{11 * 60, 30, "cancelled"}}) {
        records::AppointmentRecord a;
        a.planId = plan;
        a.sessionIndex = index++;
        a.patientId = patient;
        a.practitionerId = f.practitioner;
        a.roomId = room;
        a.start = monday + start;
        a.end = a.start + minutes;
        store::WriteTransaction tx(f.db->store());
        const qint64 id = booking.insert(a, f.user.id, QDateTime::currentDateTimeUtc());
        REQUIRE(booking.setStatus(id, 1, QStringLiteral("booked"), QString::fromLatin1(status), {},
                                  QDateTime::currentDateTimeUtc()));
        tx.commit();
    }

    // Two weeks, and the period ending on Tuesday 10 March: the second week counts two days.
    const clinic::ActivityReport report =
        f.services.reports.activity(f.user, QDate(2026, 3, 2), QDate(2026, 3, 10));
    CHECK(report.total.bookedMinutes == 105);
    const auto find = [](const std::vector<clinic::Occupancy> &list, const QDate &week,
                         qint64 id) -> const clinic::Occupancy * {
        for (const clinic::Occupancy &o : list) {
            if (o.week == week && o.id == id)
                return &o;
        }
        return nullptr;
    };
    const clinic::Occupancy *first = find(report.practitioners, QDate(2026, 3, 2), f.practitioner);
    REQUIRE(first);
    CHECK(first->name == QStringLiteral("Dr Pia Morel"));
    CHECK(first->bookedMinutes == 105);
    CHECK(first->availableMinutes == 180 + 180);
    CHECK(first->rate() == Approx(105.0 / 360));
    const clinic::Occupancy *second = find(report.practitioners, QDate(2026, 3, 9), f.practitioner);
    REQUIRE(second);
    CHECK(second->bookedMinutes == 0);
    CHECK(second->availableMinutes == 360); // Monday and Tuesday are in the period
    // The room: open 8 hours a day, but not on the closed Wednesday; Monday and Tuesday only in
    // the second week.
    const clinic::Occupancy *roomFirst = find(report.rooms, QDate(2026, 3, 2), room);
    REQUIRE(roomFirst);
    CHECK(roomFirst->availableMinutes == 1920); // 4 days x 480 minutes
    CHECK(roomFirst->bookedMinutes == 105);
    const clinic::Occupancy *roomSecond = find(report.rooms, QDate(2026, 3, 9), room);
    REQUIRE(roomSecond);
    CHECK(roomSecond->availableMinutes == 960); // 2 days x 480 minutes
    // Nothing available: no rate, not a division by zero.
    CHECK(clinic::Occupancy{}.rate() == 0.0);
}
