#pragma once

#include "actinguser.h"

#include "core/scheduler.h"
#include "records/bookingrecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace meso::store {
class Database;
}

namespace meso::clinic {

class AssessmentService;

// The clinic as booking sees it.
struct ClinicSetup
{
    core::WeekHours opening;
    int bufferMinutes = 0; // set-up time added to each session
    std::vector<std::pair<QDate, QString>> closures;
    std::vector<records::RoomRecord> rooms;
    std::vector<records::PractitionerRecord> practitioners;

    // Names for display; empty when the id is not (or no longer) in the setup.
    QString practitionerName(qint64 id) const;
    QString roomName(qint64 id) const;
};

// Something a room can be equipped with: the catalog's id, and its name in the interface's
// language.
struct EquipmentChoice
{
    QString id, name;
};

// Changes to several parts of the setup made together (the setup dialog's unsaved tabs, saved by
// the setup assistant's Next or on closing): each part present is saved.
struct ClinicSetupChanges
{
    struct Opening
    {
        core::WeekHours hours;
        int bufferMinutes = 0;
    };
    struct Closure
    {
        QDate date;
        QString reason;
    };
    struct Practitioner
    {
        qint64 id = 0;
        core::WeekHours hours;
        QStringList protocols;
    };
    std::optional<Opening> opening;
    std::optional<Closure> closure;
    std::optional<records::RoomRecord> room;
    std::optional<Practitioner> practitioner;
};

// Setting the clinic up for booking: opening hours and set-up time, rooms and their equipment,
// practitioners and what they perform, closures. Administrators change it; everyone reads it.
// Every change is announced to the other workstations.
class ClinicSetupService
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::ClinicSetupService)
public:
    ClinicSetupService(const store::Database &db, AssessmentService &assessments);

    ClinicSetup setup(const ActingUser &user) const;
    // The equipment the catalog's protocols need (what a room can be equipped with), by name.
    std::vector<EquipmentChoice> equipment(const ActingUser &user) const;
    void setOpeningHours(const ActingUser &user, const core::WeekHours &hours, int bufferMinutes);
    qint64 saveRoom(const ActingUser &user, const records::RoomRecord &room);
    void saveProfile(const ActingUser &user, qint64 practitionerId, const core::WeekHours &hours,
                     const QStringList &protocols);
    void setClosure(const ActingUser &user, const QDate &date, const QString &reason);
    // Every part of `changes` in one transaction: all saved, or (a part refused: its
    // ValidationError) none. Returns the room's id when it holds a room.
    qint64 saveChanges(const ActingUser &user, const ClinicSetupChanges &changes);
    // A new practitioner account without a password (an administrator sets one in Users before
    // they can sign in), with their working hours and protocols when given (else the clinic's
    // hours and every protocol), in one transaction; returns the id.
    qint64 addPractitioner(const ActingUser &user, const QString &username,
                           const QString &displayName,
                           const std::optional<core::WeekHours> &hours = std::nullopt,
                           const QStringList &protocols = {});

    // A new clinic starts with one room and one practitioner, seeded by the schema in English
    // ("Room 1", "Local practitioner"): named in the interface's language when the clinic is set
    // up (first administrator, demonstration clinic). Call inside the caller's write transaction,
    // as `user`; what was renamed already is left as it is.
    static void localiseSeededNames(const store::Database &db, const ActingUser &user);

private:
    friend class BookingService;
    friend class ReportService; // the hours that occupancy is counted against
    // The setup as stored, without a permission check (the booking service's own reads).
    static ClinicSetup read(const store::Database &db);

    const store::Database &m_db;
    AssessmentService &m_assessments;
};

} // namespace meso::clinic
