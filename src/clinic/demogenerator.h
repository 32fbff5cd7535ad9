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
    // How long one lot of a product lasts the clinic: a new lot of each product is received
    // every `lotWeeks` weeks (the lot trace's size: many small lots or a few large ones).
    int lotWeeks = 4;
};

struct GeneratedClinic
{
    qint64 practitioners = 0, rooms = 0, patients = 0, consultations = 0, plans = 0,
           approvedPlans = 0, appointments = 0, cancelled = 0, noShows = 0, sessions = 0,
           notPerformed = 0, productLines = 0, products = 0, lots = 0, adverseEvents = 0,
           auditRows = 0;
};

// Builds a realistic clinic for benchmarks and trials (docs/performance.md): practitioners and
// their rooms, patients with accented and hyphenated names, signed consultations, the rules'
// plans (approved, or waiting for an override when the screening asks for one), their session
// series in the calendar (the past ones cancelled, missed or completed with their session record,
// the later ones booked), the products the cocktails use with a lot of each received every few
// weeks, what each session injected from which lot, a few adverse events, and the audit rows the
// services write. Everything goes through the services except the history (appointments, lots,
// session records and adverse events), which is written by the repositories as the services
// would have written it on the day: the services book and receive only from today on.
// Administrators only, on a clinic with no patient yet (generated patients are never mixed with
// real ones). One transaction for all of it (all or nothing); `progress` is told every 500
// patients how many are done.
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
