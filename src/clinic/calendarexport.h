#pragma once

#include "actinguser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

#include <string>

namespace meso::clinic {

struct Services;

// Appointments as iCalendar files (RFC 5545): a patient's series to take home, a practitioner's
// calendar for their own calendar application. Cancelled appointments are included as
// cancelled events, so a client that imported them earlier removes them.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::CalendarExport)
public:
    static QByteArray forPatient(Services &services, const ActingUser &user, qint64 patientId,
                                 const std::string &lang = "en");
    static QByteArray forPractitioner(Services &services, const ActingUser &user,
                                      qint64 practitionerId, const QDate &from, const QDate &to,
                                      const std::string &lang = "en");
};

} // namespace meso::clinic
