#pragma once

#include "actinguser.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdint>
#include <functional>

namespace meso::clinic {

struct Services;

// What `mesoplan-cli demo generate` asks for: a clinic of `patients` patients with `years` years of
// history up to `until`, the same for the same seed (and the same `until`).
struct GenerateOptions
{
    int patients = 1000;
    int years = 1;
    std::uint32_t seed = 1;
    QDate until = QDate::currentDate();
};

struct GeneratedClinic
{
    qint64 practitioners = 0, rooms = 0, patients = 0, consultations = 0, plans = 0,
           approvedPlans = 0, appointments = 0, cancelled = 0, noShows = 0, auditRows = 0;
};

// Builds a realistic clinic for benchmarks and trials (docs/performance.md): practitioners and
// their rooms, patients with accented and hyphenated names, signed consultations, the rules'
// plans (approved, or waiting for an override when the screening asks for one), their session
// series in the calendar (the past ones checked in, cancelled or missed, the later ones booked),
// with the audit rows the services write. Everything goes through the services except the
// appointments, which are placed directly: the calendar books only from today on, and the history
// lies in the past. Administrators only, on a clinic with no patient yet (generated patients are
// never mixed with real ones). One transaction per 500 patients; `progress` is told how many
// patients are done.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::DemoGenerator)
public:
    explicit DemoGenerator(Services &services);

    GeneratedClinic generate(const ActingUser &admin, const GenerateOptions &options,
                             const std::function<void(int done, int total)> &progress = {});

private:
    Services &m_services;
};

} // namespace meso::clinic
