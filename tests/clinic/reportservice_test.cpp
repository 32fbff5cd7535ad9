// The clinic's activity report (issue 19): counted by the database, on both engines, the same as
// counting the appointments one by one; weeks start on Monday; every role may read it.

#include "clinic/demogenerator.h"
#include "clinic/reportservice.h"
#include "clinic/validationerror.h"
#include "clinicfixture.h"
#include "store/statement.h"

#include <catch2/catch.hpp>

#include <array>
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
