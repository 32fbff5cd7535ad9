#pragma once

#include "core/scheduler.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace meso::clinic {

// The clinic's calendar time: wall-clock minutes in the clinic's one time zone (core::Minute),
// and working hours as the settings and the CLI write them, {"1": [["09:00", "18:00"]], ...}.

core::Minute toMinute(const QDateTime &local);
QDateTime toDateTime(core::Minute minute);
core::Date toDate(const QDate &date);

QString hoursJson(const core::WeekHours &hours);
// Throws ValidationError naming `field` when the text is not valid working hours.
core::WeekHours parseHours(const QString &json, const QString &field);

} // namespace meso::clinic
