#pragma once

#include "actinguser.h"
#include "csvwriter.h"
#include "smtpclient.h"

#include "records/reportrecords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <vector>

namespace meso::store {
class Database;
}

namespace meso::clinic {

class AssessmentService;
class BookingService;
class ClinicProfileService;

// One appointment's reminder, written in the patient's language.
struct Reminder
{
    records::ReminderRow row;
    QString language;         // the patient's, else the workstation's interface language
    QString protocolName;     // the catalog's name in that language (its id when unknown)
    QString message;          // the text to send, the instructions included
    QStringList instructions; // the protocol's preparation items (catalog `preparation`)
};

// A day's reminders, and how many appointments were left out for want of consent.
struct DayReminders
{
    QDate day;
    std::vector<Reminder> reminders;
    int withoutConsent = 0;
};

// A day's reminder e-mails, ready to send: each with the appointment as an .ics attachment.
struct MailBatch
{
    QDate day;
    MailSettings settings;
    std::vector<std::pair<Reminder, MailMessage>> mails;
    int withoutEmail = 0;   // consenting patients without an e-mail address (the SMS export's)
    int alreadySent = 0;    // reminders e-mailed before for the same appointment and start
    int withoutConsent = 0; // appointments of patients who did not agree to reminders
};

// Appointment reminders (issue 19): for a day's appointments still to come (booked or checked
// in), the text to send each patient who agreed to reminders, in their language, with the
// pre-session instructions of the protocol from the catalog; as a CSV file for the clinic's SMS
// or e-mail service. No reminder without the patient's consent: those appointments are only
// counted. Front desk and practitioners; each patient's reminder is an audit row.
class ReminderService
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::ReminderService)
public:
    ReminderService(const store::Database &db, AssessmentService &assessments,
                    ClinicProfileService &profile, BookingService &booking)
        : m_db(db), m_assessments(assessments), m_profile(profile), m_booking(booking)
    {
    }

    // The reminders of `day` (a ValidationError naming reminder.date when it is not a date),
    // audited as reminder.list, one row per patient shown.
    DayReminders forDay(const ActingUser &user, const QDate &day) const;
    // The same as CSV (RFC 4180, UTF-8, formula guard): a header line, then one line per
    // reminder with csvColumns(). Audited as reminder.export, one row per patient.
    QByteArray exportCsv(const ActingUser &user, const QDate &day,
                         const CsvFormat &format = {}) const;
    // date, time, name, phone, email, language, practitioner, protocol, message.
    static QStringList csvColumns();

    // E-mails through the clinic's mail server, in three steps so that the sending (slow, on the
    // network) runs off the GUI thread and without the database: prepare the day's e-mails
    // (ValidationError naming mail.host when no server is set; those sent before for the same
    // appointment and start left out), send each with an SmtpSession, and record each one the
    // server accepted as soon as it did (a reminder.email audit row with its patient, and the
    // mark that keeps it from going twice).
    MailBatch prepareEmails(const ActingUser &user, const QDate &day) const;
    void recordEmailed(const ActingUser &user, const MailBatch &batch,
                       const std::vector<size_t> &sent) const;

private:
    // The day's reminders; audited as `action` unless it is empty.
    DayReminders read(const ActingUser &user, const QDate &day, const QString &action) const;

    const store::Database &m_db;
    AssessmentService &m_assessments;
    ClinicProfileService &m_profile;
    BookingService &m_booking;
};

} // namespace meso::clinic
