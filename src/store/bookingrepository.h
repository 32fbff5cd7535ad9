#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "records/bookingrecords.h"

namespace meso::store {

using records::AppointmentRecord;
using records::PractitionerRecord;
using records::RoomRecord;

class Database;

// Rooms, practitioners' profiles, closures and appointments. Writers must run inside a
// WriteTransaction; every appointment change is guarded by the row version read.
class BookingRepository
{
public:
    explicit BookingRepository(const Database &db) : m_db(db) {}

    std::vector<RoomRecord> rooms() const;
    qint64 saveRoom(const RoomRecord &room); // insert when id is 0
    // People with the practitioner role, active (never the built-in accounts: nobody to book).
    std::vector<PractitionerRecord> practitioners() const;
    void saveProfile(qint64 userId, const QString &hours, const QStringList &protocols);
    std::vector<std::pair<QDate, QString>> closures() const;
    void setClosure(const QDate &date, const QString &reason); // an empty reason removes it
    // A user with the practitioner role, for demo data and setup (returns the id).

    qint64 insert(const AppointmentRecord &a, qint64 createdBy, const QDateTime &now);
    // A plan's sessions (distinct session indexes) in one statement: one round trip to a server.
    // Returns their ids in the order given.
    std::vector<qint64> insertSeries(const std::vector<AppointmentRecord> &series, qint64 createdBy,
                                     const QDateTime &now);
    std::optional<AppointmentRecord> find(qint64 id) const;
    // Who and what is busy when over [from, to): the calendar the scheduler reads (only the
    // columns it needs: thousands of rows are read for one booking).
    struct Busy
    {
        qint64 practitionerId, roomId, patientId, start, end;
    };
    std::vector<Busy> busyBetween(qint64 from, qint64 to, qint64 except = 0) const;
    // Every appointment starting in [from, to), any status, by start.
    std::vector<AppointmentRecord> startingBetween(qint64 from, qint64 to) const;
    std::vector<AppointmentRecord> forPlan(qint64 planId) const;
    // Whether a version of the plan's request (the same consultation and request) holds an
    // appointment that is not cancelled: plans.booked, which the database's triggers keep
    // (schema steps 8, 9 and 19), so also right inside the transaction that just changed it.
    bool requestBooked(qint64 planId) const;
    std::vector<AppointmentRecord> forPatient(qint64 patientId) const;
    // The appointments holding their slot that overlap [start, end) for this practitioner, room
    // or patient, other than `except`: what a booking would collide with.
    std::vector<AppointmentRecord> collisions(qint64 practitionerId, qint64 roomId,
                                              qint64 patientId, qint64 start, qint64 end,
                                              qint64 except = 0) const;
    bool setStatus(qint64 id, int rowVersion, const QString &from, const QString &to,
                   const QString &reason, const QDateTime &now);
    bool move(qint64 id, int rowVersion, qint64 start, qint64 end, qint64 practitionerId,
              qint64 roomId, const QDateTime &now);
    int noShows(qint64 patientId) const;
    // Approved plan versions with no appointment holding a slot: waiting to be booked.
    std::vector<qint64> plansWaiting() const;

private:
    const Database &m_db;
};

} // namespace meso::store
