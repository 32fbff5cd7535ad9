#include "bookingrepository.h"

#include "database.h"
#include "statement.h"
#include "storeerror.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <charconv>
#include <map>
#include <utility>

namespace meso::store {

namespace {

const QString kColumns = QStringLiteral("id, plan_id, session_index, patient_id, practitioner_id, "
                                        "room_id, starts_at, ends_at, status, cancel_reason, "
                                        "row_version, updated_at");
const QString kActive = QStringLiteral("status <> 'cancelled'");

AppointmentRecord readAppointment(const Statement &s)
{
    AppointmentRecord a;
    a.id = s.integer(0);
    a.planId = s.integer(1);
    a.sessionIndex = static_cast<int>(s.integer(2));
    a.patientId = s.integer(3);
    a.practitionerId = s.integer(4);
    a.roomId = s.integer(5);
    a.start = s.integer(6);
    a.end = s.integer(7);
    a.status = s.text(8);
    a.cancelReason = s.text(9);
    a.rowVersion = static_cast<int>(s.integer(10));
    a.updatedAt = QDateTime::fromString(s.text(11), Qt::ISODateWithMs);
    return a;
}

std::vector<AppointmentRecord> readAll(Statement &s)
{
    std::vector<AppointmentRecord> out;
    while (s.next())
        out.push_back(readAppointment(s));
    return out;
}

QStringList stringList(const QString &json)
{
    QStringList out;
    for (const auto &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

} // namespace

std::vector<RoomRecord> BookingRepository::rooms() const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT id, name, equipment, active FROM rooms ORDER BY name, id"));
    s.exec();
    std::vector<RoomRecord> out;
    while (s.next())
        out.push_back({s.integer(0), s.text(1), stringList(s.text(2)), s.integer(3) != 0});
    return out;
}

qint64 BookingRepository::saveRoom(const RoomRecord &room)
{
    if (room.id == 0) {
        Statement s(
            m_db.connection(),
            QStringLiteral(
                "INSERT INTO rooms (name, equipment, active) VALUES (?, ?, ?) RETURNING id"));
        s.bind(room.name).bind(jsonList(room.equipment)).bind(room.active);
        return s.insert();
    }
    Statement s(
        m_db.connection(),
        QStringLiteral("UPDATE rooms SET name = ?, equipment = ?, active = ? WHERE id = ?"));
    s.bind(room.name).bind(jsonList(room.equipment)).bind(room.active).bind(room.id).exec();
    return room.id;
}

std::vector<PractitionerRecord> BookingRepository::practitioners() const
{
    Statement s(
        m_db.connection(),
        QStringLiteral("SELECT u.id, u.username, u.display_name, p.hours, p.protocols FROM users u "
                       "LEFT JOIN practitioner_profiles p ON p.user_id = u.id "
                       "WHERE u.role = 'practitioner' AND u.active = 1 AND u.built_in = 0 "
                       "ORDER BY u.display_name, u.id"));
    s.exec();
    std::vector<PractitionerRecord> out;
    while (s.next())
        out.push_back({s.integer(0), s.text(1), s.text(2), s.text(3), stringList(s.text(4))});
    return out;
}

void BookingRepository::saveProfile(qint64 userId, const QString &hours,
                                    const QStringList &protocols)
{
    Statement remove(m_db.connection(),
                     QStringLiteral("DELETE FROM practitioner_profiles WHERE user_id = ?"));
    remove.bind(userId).exec();
    Statement s(
        m_db.connection(),
        QStringLiteral(
            "INSERT INTO practitioner_profiles (user_id, hours, protocols) VALUES (?, ?, ?)"));
    s.bind(userId).bind(hours).bind(jsonList(protocols)).exec();
}

std::vector<std::pair<QDate, QString>> BookingRepository::closures() const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT closure_date, reason FROM closures ORDER BY closure_date"));
    s.exec();
    std::vector<std::pair<QDate, QString>> out;
    while (s.next())
        out.emplace_back(QDate::fromString(s.text(0), Qt::ISODate), s.text(1));
    return out;
}

void BookingRepository::setClosure(const QDate &date, const QString &reason)
{
    Statement remove(m_db.connection(),
                     QStringLiteral("DELETE FROM closures WHERE closure_date = ?"));
    remove.bind(date.toString(Qt::ISODate)).exec();
    if (reason.isEmpty())
        return;
    Statement s(m_db.connection(),
                QStringLiteral("INSERT INTO closures (closure_date, reason) VALUES (?, ?)"));
    s.bind(date.toString(Qt::ISODate)).bind(reason).exec();
}

qint64 BookingRepository::insert(const AppointmentRecord &a, qint64 createdBy, const QDateTime &now)
{
    Statement s(m_db.connection(),
                QStringLiteral("INSERT INTO appointments (plan_id, session_index, patient_id, "
                               "practitioner_id, room_id, "
                               "starts_at, ends_at, status, created_by, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, 'booked', ?, ?, ?) RETURNING id"));
    s.bind(a.planId).bind(a.sessionIndex).bind(a.patientId).bind(a.practitionerId).bind(a.roomId);
    s.bind(a.start).bind(a.end).bind(createdBy).bind(timestamp(now)).bind(timestamp(now));
    return s.insert();
}

std::vector<qint64> BookingRepository::insertSeries(const std::vector<AppointmentRecord> &series,
                                                    qint64 createdBy, const QDateTime &now)
{
    if (series.empty())
        return {};
    QStringList rows;
    for (size_t i = 0; i < series.size(); ++i)
        rows << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, 'booked', ?, ?, ?)");
    Statement s(m_db.connection(),
                QStringLiteral("INSERT INTO appointments (plan_id, session_index, patient_id, "
                               "practitioner_id, room_id, starts_at, ends_at, status, created_by, "
                               "created_at, updated_at) VALUES %1 RETURNING id, session_index")
                    .arg(rows.join(QStringLiteral(", "))));
    for (const AppointmentRecord &a : series) {
        s.bind(a.planId).bind(a.sessionIndex).bind(a.patientId).bind(a.practitionerId);
        s.bind(a.roomId).bind(a.start).bind(a.end).bind(createdBy).bind(timestamp(now));
        s.bind(timestamp(now));
    }
    s.exec();
    // RETURNING gives no order: the session index tells which row is which.
    std::map<qint64, qint64> idOfSession;
    while (s.next())
        idOfSession[s.integer(1)] = s.integer(0);
    std::vector<qint64> ids;
    for (const AppointmentRecord &a : series) {
        const auto found = idOfSession.find(a.sessionIndex);
        if (found == idOfSession.end())
            throw StoreError(
                QStringLiteral("internal: no id returned for session %1").arg(a.sessionIndex));
        ids.push_back(found->second);
    }
    return ids;
}

std::optional<AppointmentRecord> BookingRepository::find(qint64 id) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM appointments WHERE id = ?").arg(kColumns));
    s.bind(id).exec();
    if (!s.next())
        return std::nullopt;
    return readAppointment(s);
}

std::vector<BookingRepository::Busy> BookingRepository::busyBetween(qint64 from, qint64 to,
                                                                    qint64 except) const
{
    // A server sends the thousands of rows as one text of numbers: through Qt's driver each row
    // is a libpq result of its own and each value a QVariant, 2.1 ms on the client for the
    // booking benchmark's 1,690 rows against 1.1 ms as one text (docs/performance.md). SQLite
    // reads rows faster than group_concat joins them. The order does not matter: the scheduler
    // sorts each resource's spans.
    const bool asText = m_db.isServer();
    const QString columns =
        QStringLiteral("practitioner_id, room_id, patient_id, starts_at, ends_at");
    // Nothing lasts more than a day (a CHECK of the table): the start bounds the range scanned.
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM appointments WHERE starts_at < ? AND starts_at > ? "
                               "AND ends_at > ? AND id <> ? AND %2")
                    .arg(asText ? QStringLiteral("string_agg(concat_ws(' ', %1), ' ')").arg(columns)
                                : columns,
                         kActive));
    s.bind(to).bind(from - 1440).bind(from).bind(except).exec();
    std::vector<Busy> out;
    if (!asText) {
        while (s.next())
            out.push_back({s.integer(0), s.integer(1), s.integer(2), s.integer(3), s.integer(4)});
        return out;
    }
    if (!s.next() || s.value(0).isNull()) // no appointment in the window
        return out;
    const QByteArray text = s.text(0).toLatin1();
    const char *at = text.constBegin();
    const char *const end = text.constEnd();
    while (at < end) {
        qint64 v[5] = {};
        for (qint64 &value : v) {
            const auto [next, error] = std::from_chars(at, end, value);
            if (error != std::errc() || (next != end && *next != ' '))
                throw StoreError(
                    QStringLiteral("internal: unreadable calendar from the server near \"%1\"")
                        .arg(QLatin1String(at, std::min<qsizetype>(end - at, 40))));
            at = next == end ? end : next + 1;
        }
        out.push_back({v[0], v[1], v[2], v[3], v[4]});
    }
    return out;
}

std::vector<AppointmentRecord> BookingRepository::startingBetween(qint64 from, qint64 to) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT %1 FROM appointments WHERE starts_at >= "
                                                  "? AND starts_at < ? ORDER BY starts_at, id")
                                       .arg(kColumns));
    s.bind(from).bind(to).exec();
    return readAll(s);
}

std::vector<AppointmentRecord> BookingRepository::forPlan(qint64 planId) const
{
    Statement s(
        m_db.connection(),
        QStringLiteral(
            "SELECT %1 FROM appointments WHERE plan_id = ? ORDER BY session_index, starts_at, id")
            .arg(kColumns));
    s.bind(planId).exec();
    return readAll(s);
}

std::vector<AppointmentRecord> BookingRepository::forPatient(qint64 patientId) const
{
    Statement s(
        m_db.connection(),
        QStringLiteral("SELECT %1 FROM appointments WHERE patient_id = ? ORDER BY starts_at, id")
            .arg(kColumns));
    s.bind(patientId).exec();
    return readAll(s);
}

std::vector<AppointmentRecord> BookingRepository::collisions(qint64 practitionerId, qint64 roomId,
                                                             qint64 patientId, qint64 start,
                                                             qint64 end, qint64 except) const
{
    std::vector<AppointmentRecord> out;
    for (const auto &[column, who] :
         {std::pair{"practitioner_id", practitionerId}, std::pair{"room_id", roomId},
          std::pair{"patient_id", patientId}}) {
        Statement s(
            m_db.connection(),
            QStringLiteral(
                "SELECT %1 FROM appointments WHERE %2 = ? AND starts_at < ? AND starts_at > ? "
                "AND ends_at > ? AND id <> ? AND %3")
                .arg(kColumns, QLatin1String(column), kActive));
        s.bind(who).bind(end).bind(start - 1440).bind(start).bind(except).exec();
        for (auto &a : readAll(s)) {
            if (std::none_of(out.begin(), out.end(),
                             [&a](const AppointmentRecord &b) { return b.id == a.id; }))
                out.push_back(std::move(a));
        }
    }
    return out;
}

bool BookingRepository::setStatus(qint64 id, int rowVersion, const QString &from, const QString &to,
                                  const QString &reason, const QDateTime &now)
{
    Statement s(
        m_db.connection(),
        QStringLiteral(
            "UPDATE appointments SET status = ?, cancel_reason = ?, updated_at = ?, "
            "row_version = row_version + 1 WHERE id = ? AND row_version = ? AND status = ?"));
    s.bind(to).bind(reason).bind(timestamp(now)).bind(id).bind(rowVersion).bind(from).exec();
    return s.rowsAffected() == 1;
}

bool BookingRepository::move(qint64 id, int rowVersion, qint64 start, qint64 end,
                             qint64 practitionerId, qint64 roomId, const QDateTime &now)
{
    Statement s(
        m_db.connection(),
        QStringLiteral(
            "UPDATE appointments SET starts_at = ?, ends_at = ?, practitioner_id = ?, room_id = ?, "
            "updated_at = ?, row_version = row_version + 1 "
            "WHERE id = ? AND row_version = ? AND status = 'booked'"));
    s.bind(start)
        .bind(end)
        .bind(practitionerId)
        .bind(roomId)
        .bind(timestamp(now))
        .bind(id)
        .bind(rowVersion)
        .exec();
    return s.rowsAffected() == 1;
}

bool BookingRepository::requestBooked(qint64 planId) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT booked FROM plans WHERE id = ?"));
    s.bind(planId).exec();
    return s.next() && s.integer(0) != 0;
}

int BookingRepository::noShows(qint64 patientId) const
{
    Statement s(
        m_db.connection(),
        QStringLiteral(
            "SELECT COUNT(*) FROM appointments WHERE patient_id = ? AND status = 'no_show'"));
    s.bind(patientId).exec();
    return s.next() ? static_cast<int>(s.integer(0)) : 0;
}

std::vector<qint64> BookingRepository::plansWaiting() const
{
    // Not when any version of the same request holds appointments (plans.booked, kept by the
    // schema's triggers): a new version of a booked plan is not a second course to book.
    Statement s(m_db.connection(),
                QStringLiteral("SELECT id FROM plans WHERE status = 'approved' AND booked = 0 "
                               "ORDER BY approved_at, id"));
    s.exec();
    std::vector<qint64> out;
    while (s.next())
        out.push_back(s.integer(0));
    return out;
}

} // namespace meso::store
