#include "clinictime.h"

#include "validationerror.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QTime>

namespace meso::clinic {

namespace {

const QDate kEpoch(1970, 1, 1);

QString translated(const char *text)
{
    return QCoreApplication::translate("meso::clinic::ClinicTime", text);
}

QString hhmm(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

int parseHhmm(const std::string &text, bool &ok)
{
    const QTime t = QTime::fromString(QString::fromStdString(text), QStringLiteral("HH:mm"));
    ok = t.isValid() || text == "24:00";
    return text == "24:00" ? 1440 : t.hour() * 60 + t.minute();
}

} // namespace

QString hoursJson(const core::WeekHours &hours)
{
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    for (size_t d = 0; d < 7; ++d) {
        auto windows = nlohmann::ordered_json::array();
        for (const core::DayWindow &w : hours[d])
            windows.push_back({hhmm(w.start).toStdString(), hhmm(w.end).toStdString()});
        j[std::to_string(d + 1)] = windows;
    }
    return QString::fromStdString(j.dump());
}

core::WeekHours parseHours(const QString &json, const QString &field)
{
    const auto j = nlohmann::json::parse(json.toStdString(), nullptr, false);
    auto bad = [&field](const QString &what) { throw ValidationError(field, what); };
    if (!j.is_object())
        bad(translated(QT_TRANSLATE_NOOP(
            "meso::clinic::ClinicTime",
            "expected {\"1\": [[\"09:00\", \"18:00\"]], ...} with days 1 (Monday) to 7 (Sunday)")));
    core::WeekHours hours;
    for (const auto &[day, windows] : j.items()) {
        const int d = QString::fromStdString(day).toInt();
        if (d < 1 || d > 7 || !windows.is_array())
            bad(translated(QT_TRANSLATE_NOOP(
                "meso::clinic::ClinicTime",
                "expected days 1 (Monday) to 7 (Sunday), each a list of [\"HH:MM\", \"HH:MM\"]")));
        for (const auto &w : windows) {
            bool okStart = false, okEnd = false;
            if (!w.is_array() || w.size() != 2 || !w[0].is_string() || !w[1].is_string())
                bad(translated(
                        QT_TRANSLATE_NOOP("meso::clinic::ClinicTime",
                                          "expected [\"HH:MM\", \"HH:MM\"] windows on day %1"))
                        .arg(d));
            const int start = parseHhmm(w[0].get<std::string>(), okStart);
            const int end = parseHhmm(w[1].get<std::string>(), okEnd);
            if (!okStart || !okEnd || start >= end)
                bad(translated(
                        QT_TRANSLATE_NOOP("meso::clinic::ClinicTime",
                                          "expected a start before the end, as HH:MM, on day %1"))
                        .arg(d));
            hours[static_cast<size_t>(d - 1)].push_back({start, end});
        }
    }
    return hours;
}

core::Minute toMinute(const QDateTime &local)
{
    return static_cast<core::Minute>(kEpoch.daysTo(local.date())) * 1440 +
           core::Minute{local.time().hour()} * 60 + local.time().minute();
}

QDateTime toDateTime(core::Minute minute)
{
    const qint64 days = minute >= 0 ? minute / 1440 : -((-minute + 1439) / 1440);
    const int ofDay = static_cast<int>(minute - days * 1440);
    return QDateTime(kEpoch.addDays(days), QTime(ofDay / 60, ofDay % 60));
}

core::Date toDate(const QDate &date)
{
    return core::Date{date.year(), date.month(), date.day()};
}

} // namespace meso::clinic
