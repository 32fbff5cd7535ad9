#include "clinicsetupservice.h"

#include "assessmentservice.h"
#include "audit.h"
#include "clinictime.h"
#include "language.h"
#include "permissions.h"
#include "validationerror.h"

#include "records/userrecord.h"
#include "store/bookingrepository.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <QRegularExpression>

#include <algorithm>

namespace meso::clinic {

namespace {

const QString kOpeningHours = QStringLiteral("booking.opening_hours");
const QString kBuffer = QStringLiteral("booking.buffer_minutes");

void requireSetup(const ActingUser &user)
{
    Permissions::require(user, Action::ClinicWrite);
}

} // namespace

ClinicSetupService::ClinicSetupService(const store::Database &db, AssessmentService &assessments)
    : m_db(db), m_assessments(assessments)
{
}

QString ClinicSetup::practitionerName(qint64 id) const
{
    for (const auto &p : practitioners) {
        if (p.userId == id)
            return p.displayName;
    }
    return {};
}

QString ClinicSetup::roomName(qint64 id) const
{
    for (const auto &r : rooms) {
        if (r.id == id)
            return r.name;
    }
    return {};
}

ClinicSetup ClinicSetupService::setup(const ActingUser &user) const
{
    Permissions::require(user, Action::ClinicRead);
    return read(m_db);
}

ClinicSetup ClinicSetupService::read(const store::Database &db)
{
    const store::SettingsRepository settings(db);
    const store::BookingRepository repo(db);
    ClinicSetup s;
    const std::map<QString, QString> values = settings.values({kOpeningHours, kBuffer});
    const QString opening = values.contains(kOpeningHours) ? values.at(kOpeningHours) : QString();
    s.opening = parseHours(opening, kOpeningHours);
    s.bufferMinutes = values.contains(kBuffer) ? values.at(kBuffer).toInt() : 0;
    s.closures = repo.closures();
    s.rooms = repo.rooms();
    s.practitioners = repo.practitioners();
    // A practitioner whose hours were never set works the clinic's opening hours.
    for (records::PractitionerRecord &p : s.practitioners) {
        if (p.hours.trimmed().isEmpty())
            p.hours = opening;
    }
    return s;
}

void ClinicSetupService::localiseSeededNames(const store::Database &db, const ActingUser &user)
{
    const QString seededRoom = QStringLiteral("Room 1"); // migrations/004_booking.sql
    if (tr("Room 1") != seededRoom) {
        store::BookingRepository rooms(db);
        for (records::RoomRecord r : rooms.rooms()) {
            if (r.name != seededRoom)
                continue;
            r.name = tr("Room 1");
            rooms.saveRoom(r);
            audit(db, user, QStringLiteral("clinic.room"), 0, QStringLiteral("room:%1").arg(r.id),
                  QStringLiteral("named %1").arg(r.name));
        }
    }
    const QString seededPractitioner = QStringLiteral("Local practitioner"); // 001_initial.sql
    store::UserRepository users(db);
    if (auto local = users.findBuiltIn(QStringLiteral("local"));
        local && local->displayName == seededPractitioner &&
        tr("Local practitioner") != seededPractitioner) {
        local->displayName = tr("Local practitioner");
        users.renameBuiltIn(local->id, local->displayName);
        audit(db, user, QStringLiteral("user.update"), 0, QStringLiteral("user:%1").arg(local->id),
              QStringLiteral("named %1").arg(local->displayName));
    }
}

void ClinicSetupService::setOpeningHours(const ActingUser &user, const core::WeekHours &hours,
                                         int bufferMinutes)
{
    requireSetup(user);
    if (bufferMinutes < 0 || bufferMinutes > 120)
        throw ValidationError(kBuffer, tr("expected 0 to 120 minutes"));
    store::WriteTransaction tx(m_db);
    store::SettingsRepository settings(m_db);
    settings.setValue(kOpeningHours, hoursJson(hours));
    settings.setValue(kBuffer, QString::number(bufferMinutes));
    audit(m_db, user, QStringLiteral("clinic.hours"), 0, QStringLiteral("clinic"),
          QStringLiteral("set-up time %1 min").arg(bufferMinutes));
    store::announceChange(m_db, store::topic::calendar);
    tx.commit();
}

qint64 ClinicSetupService::saveRoom(const ActingUser &user, const records::RoomRecord &room)
{
    requireSetup(user);
    if (room.name.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("room.name"), tr("expected the room's name"));
    const std::vector<EquipmentChoice> known = equipment(user);
    for (const QString &e : room.equipment) {
        if (std::none_of(known.begin(), known.end(), [&](const auto &c) { return c.id == e; })) {
            QStringList ids;
            for (const EquipmentChoice &c : known)
                ids << c.id;
            throw ValidationError(
                QStringLiteral("room.equipment"),
                tr("expected equipment the catalog's protocols use (%1), got \"%2\"")
                    .arg(ids.join(QStringLiteral(", ")), e));
        }
    }
    store::WriteTransaction tx(m_db);
    records::RoomRecord r = room;
    r.name = r.name.trimmed();
    const qint64 id = store::BookingRepository(m_db).saveRoom(r);
    audit(m_db, user, QStringLiteral("clinic.room"), 0, QStringLiteral("room:%1").arg(id),
          r.active ? QStringLiteral("in use") : QStringLiteral("out of use"));
    store::announceChange(m_db, store::topic::calendar);
    tx.commit();
    return id;
}

void ClinicSetupService::saveProfile(const ActingUser &user, qint64 practitionerId,
                                     const core::WeekHours &hours, const QStringList &protocols)
{
    requireSetup(user);
    store::WriteTransaction tx(m_db);
    store::BookingRepository repo(m_db);
    const auto all = repo.practitioners();
    if (std::none_of(all.begin(), all.end(),
                     [&](const auto &p) { return p.userId == practitionerId; }))
        throw ValidationError(QStringLiteral("practitioner"),
                              tr("expected an active practitioner"));
    const auto catalog = m_assessments.catalog(user);
    for (const QString &id : protocols) {
        if (!core::Catalog::findIn(catalog->protocols, id.toStdString()))
            throw ValidationError(QStringLiteral("practitioner.protocols"),
                                  tr("no protocol \"%1\" in the catalog").arg(id));
    }
    repo.saveProfile(practitionerId, hoursJson(hours), protocols);
    audit(m_db, user, QStringLiteral("clinic.practitioner"), 0,
          QStringLiteral("user:%1").arg(practitionerId),
          QStringLiteral("protocols: %1").arg(protocols.size()));
    store::announceChange(m_db, store::topic::calendar);
    tx.commit();
}

qint64 ClinicSetupService::saveChanges(const ActingUser &user, const ClinicSetupChanges &changes)
{
    requireSetup(user);
    // Each part in its own nested transaction (a savepoint) within this one: a refusal of any
    // rolls all of them back.
    store::WriteTransaction tx(m_db);
    if (changes.opening)
        setOpeningHours(user, changes.opening->hours, changes.opening->bufferMinutes);
    if (changes.closure)
        setClosure(user, changes.closure->date, changes.closure->reason);
    qint64 room = 0;
    if (changes.room)
        room = saveRoom(user, *changes.room);
    if (changes.practitioner)
        saveProfile(user, changes.practitioner->id, changes.practitioner->hours,
                    changes.practitioner->protocols);
    tx.commit();
    return room;
}

void ClinicSetupService::setClosure(const ActingUser &user, const QDate &date,
                                    const QString &reason)
{
    requireSetup(user);
    if (!date.isValid())
        throw ValidationError(QStringLiteral("closure.date"), tr("expected a date"));
    store::WriteTransaction tx(m_db);
    store::BookingRepository(m_db).setClosure(date, reason.trimmed());
    audit(m_db, user, QStringLiteral("clinic.closure"), 0,
          QStringLiteral("closure:%1").arg(date.toString(Qt::ISODate)));
    store::announceChange(m_db, store::topic::calendar);
    tx.commit();
}

std::vector<EquipmentChoice> ClinicSetupService::equipment(const ActingUser &user) const
{
    Permissions::require(user, Action::ClinicRead);
    const auto catalog = m_assessments.catalog(user);
    const std::string lang = installedLanguage().toStdString();
    std::vector<EquipmentChoice> out;
    for (const core::Protocol &p : catalog->protocols) {
        for (const std::string &e : p.equipment) {
            const QString id = QString::fromStdString(e);
            if (std::none_of(out.begin(), out.end(), [&](const auto &c) { return c.id == id; }))
                out.push_back({id, QString::fromStdString(catalog->equipmentName(e, lang))});
        }
    }
    std::sort(out.begin(), out.end(), [](const EquipmentChoice &a, const EquipmentChoice &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

qint64 ClinicSetupService::addPractitioner(const ActingUser &user, const QString &username,
                                           const QString &displayName,
                                           const std::optional<core::WeekHours> &hours,
                                           const QStringList &protocols)
{
    requireSetup(user);
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9._-]{2,40}$"));
    if (!pattern.match(username).hasMatch())
        throw ValidationError(
            QStringLiteral("practitioner.username"),
            tr("expected 2 to 40 lower-case letters, digits, dots, hyphens or underscores"));
    if (displayName.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("practitioner.name"),
                              tr("expected the practitioner's name"));
    store::WriteTransaction tx(m_db);
    store::UserRepository repo(m_db);
    if (repo.usernameTaken(username))
        throw ValidationError(QStringLiteral("practitioner.username"),
                              tr("\"%1\" is already taken").arg(username));
    records::UserRecord u;
    u.username = username;
    u.displayName = displayName.trimmed();
    u.role = QStringLiteral("practitioner");
    const qint64 id = repo.insert(u, QDateTime::currentDateTimeUtc());
    audit(m_db, user, QStringLiteral("user.add"), 0, QStringLiteral("user:%1").arg(id),
          QStringLiteral("role practitioner, no password yet"));
    store::announceChange(m_db, store::topic::calendar);
    if (hours || !protocols.isEmpty()) // a savepoint of this transaction
        saveProfile(user, id, hours ? *hours : read(m_db).opening, protocols);
    tx.commit();
    return id;
}

} // namespace meso::clinic
