#pragma once

#include "actinguser.h"

#include "core/sessioncheck.h"
#include "records/bookingrecords.h"
#include "records/planrecord.h"
#include "records/sessionrecords.h"

#include <QCoreApplication>

#include <map>
#include <optional>
#include <vector>

namespace meso::store {
class Database;
}

namespace meso::clinic {

class AssessmentService;

// What the session form starts from: the appointment and its approved plan's session.
struct SessionStart
{
    records::AppointmentRecord appointment;
    records::PlanRecord plan;
    QString protocol, area, technique, needle;
    std::optional<double> depthMinMm, depthMaxMm;
    struct Planned
    {
        QString ingredient;
        double volumeMl = 0;
    };
    std::vector<Planned> cocktail;
    // One line per planned ingredient that a product in stock holds, from the usable lot that
    // expires first, at the planned volume: the practitioner corrects what was actually used.
    std::vector<records::SessionProductLine> suggested;
    int sessionNumber = 0; // 1-based, in the series
    // The patient's adverse events still ongoing: the form shows them before anything is
    // injected (the next consultation screens them as a finding; a series already approved
    // would otherwise go on without a word).
    std::vector<records::AdverseEventRecord> openEvents;
};

// A course's progress: sessions done out of planned, and each session's figures.
struct SeriesProgress
{
    qint64 planId = 0;
    int planned = 0, done = 0, notPerformed = 0;
    struct Session
    {
        qint64 sessionId = 0;
        QDate date;
        double volumeMl = 0;
        std::optional<int> pain, gaisPatient, gaisPractitioner;
    };
    std::vector<Session> sessions;                      // performed ones, by date
    std::map<QString, double> cumulativeMlByIngredient; // every performed session together
};

// Treatment session records: what was injected, from which lot, where; deviations from the plan
// with their reasons; sessions not performed; amendments. Recording a session takes what it used
// from the lots and completes the appointment, in one transaction with one audit row.
class SessionService
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::SessionService)
public:
    SessionService(const store::Database &db, AssessmentService &assessments);

    // The pre-filled session of a checked-in appointment, without a record yet (ConflictError
    // otherwise). Nothing written but its audit row (plan.read): it reads the plan the
    // practitioner approved, the patient's open adverse events, and stock.
    SessionStart start(const ActingUser &user, qint64 appointmentId);

    // The deviations `draft` has from its plan (the form asks a reason for each as they appear).
    // Nothing written. Throws ValidationError for lines it cannot read (unknown lot, area).
    std::vector<core::Deviation> deviations(const ActingUser &user,
                                            const records::SessionRecord &draft);
    // For people, in the catalog's language `lang`: "Deoxycholic acid: 10.2 mL in this session,
    // above the maximum of 10 mL (R18)".
    QString describe(const ActingUser &user, const core::Deviation &d,
                     const std::string &lang = "en");

    // Records and signs the session of a checked-in appointment and completes it. The lines
    // must hold: a known area; a lot received, not expired on the day, with enough left; a
    // product none of whose ingredients the patient's screening excludes (an absolute finding,
    // or a relative one the plan did not override). Every deviation needs its reason
    // (draft.deviations, by Deviation::key()). ValidationError naming the field
    // ("session.lines[1].lot"), ConflictError when the appointment is not checked in or already
    // has a record. Returns the record as stored.
    records::SessionRecord record(const ActingUser &user, const records::SessionRecord &draft);
    // Closes a checked-in appointment without treatment: a record with the reason, nothing used.
    records::SessionRecord notPerformed(const ActingUser &user, qint64 appointmentId,
                                        const QString &reason);
    // Corrects a signed record: a new record amending it, checked as `record` checks, with what
    // the original used given back to its lots first. Both are kept; the original must not have
    // been amended already. ValidationError when no reason is given.
    records::SessionRecord amend(const ActingUser &user, qint64 originalId,
                                 const records::SessionRecord &corrected, const QString &reason);

    std::optional<records::SessionRecord> find(const ActingUser &user, qint64 id) const;
    // Every version of a session, the original first.
    std::vector<records::SessionRecord> versions(const ActingUser &user, qint64 id) const;
    // A patient's current records (amended versions left out), by date. One audited read.
    std::vector<records::SessionRecord> forPatient(const ActingUser &user, qint64 patientId) const;
    // The current record of an appointment, if any.
    std::optional<records::SessionRecord> forAppointment(const ActingUser &user,
                                                         qint64 appointmentId) const;
    // Which of these appointments have a record: for the calendar (no clinical data: the
    // front desk sees that a session was recorded, never what).
    std::vector<qint64> recorded(const ActingUser &user,
                                 const std::vector<qint64> &appointments) const;

    SeriesProgress progress(const ActingUser &user, qint64 planId) const;

private:
    struct Checked;
    Checked check(const ActingUser &user, const records::SessionRecord &draft,
                  const records::PlanRecord &plan,
                  const std::vector<records::SessionProductLine> &givenBack);
    // Inserts the checked record, takes its volumes from the lots and writes the audit row.
    records::SessionRecord save(const ActingUser &user, records::SessionRecord r,
                                const QString &action, const QString &summary);

    const store::Database &m_db;
    AssessmentService &m_assessments;
};

} // namespace meso::clinic
