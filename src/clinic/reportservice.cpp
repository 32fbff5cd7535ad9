#include "reportservice.h"

#include "permissions.h"
#include "validationerror.h"

#include "store/reportrepository.h"
#include "store/transaction.h"

namespace meso::clinic {

double ActivityReport::cancellationRate() const
{
    return total.appointments == 0 ? 0.0
                                   : static_cast<double>(total.cancelled) / total.appointments;
}

double ActivityReport::noShowRate() const
{
    const int held = total.appointments - total.cancelled;
    return held == 0 ? 0.0 : static_cast<double>(total.noShows) / held;
}

ActivityReport ReportService::activity(const ActingUser &user, const QDate &from,
                                       const QDate &to) const
{
    Permissions::require(user, Action::ReportActivity);
    if (!from.isValid())
        throw ValidationError(QStringLiteral("report.from"), tr("expected a date"));
    if (!to.isValid() || to < from)
        throw ValidationError(QStringLiteral("report.to"),
                              tr("expected a date on or after %1").arg(from.toString(Qt::ISODate)));
    if (from.addYears(10) < to)
        throw ValidationError(QStringLiteral("report.to"),
                              tr("expected a period of at most 10 years"));
    ActivityReport report;
    report.from = from;
    report.to = to;
    {
        store::ReadTransaction tx(m_db);
        report.rows = store::ReportRepository(m_db).activity(from, to);
    }
    for (const records::ActivityRow &r : report.rows) {
        report.total.appointments += r.appointments;
        report.total.completed += r.completed;
        report.total.cancelled += r.cancelled;
        report.total.noShows += r.noShows;
    }
    return report;
}

} // namespace meso::clinic
