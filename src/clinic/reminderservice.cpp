#include "reminderservice.h"

#include "assessmentservice.h"
#include "audit.h"
#include "bookingservice.h"
#include "clinicprofile.h"
#include "csvwriter.h"
#include "icalendar.h"
#include "language.h"
#include "permissions.h"
#include "phonenumbers.h"
#include "privacyservice.h"
#include "validationerror.h"

#include "store/reminderrepository.h"
#include "store/statement.h"
#include "store/transaction.h"

#include "clinictime.h"

namespace meso::clinic {

namespace {

constexpr const char *kContext = "meso::clinic::ReminderService";

// The reminder's text in `language`: the appointment, who to call to change it, then how to
// prepare for it.
QString message(const Reminder &r, const ClinicProfile &clinic)
{
    const QString &lang = r.language;
    const QLocale locale = localeOf(lang);
    const QDateTime start = toDateTime(r.row.start);
    const QString session =
        translateIn(lang, kContext,
                    QT_TRANSLATE_NOOP("meso::clinic::ReminderService", "%1, session %2 of %3"))
            .arg(r.protocolName)
            .arg(r.row.sessionIndex + 1)
            .arg(r.row.sessions);
    const QString day = locale.toString(start.date(), QLocale::LongFormat);
    const QString time = locale.toString(start.time(), QLocale::ShortFormat);
    QString text =
        clinic.name.isEmpty()
            ? translateIn(lang, kContext,
                          QT_TRANSLATE_NOOP("meso::clinic::ReminderService",
                                            "Hello %1, a reminder of your appointment "
                                            "on %2 at %3 with %4: %5."))
                  .arg(r.row.givenNames, day, time, r.row.practitioner, session)
            : translateIn(lang, kContext,
                          QT_TRANSLATE_NOOP("meso::clinic::ReminderService",
                                            "Hello %1, a reminder of your appointment "
                                            "at %2 on %3 at %4 with %5: %6."))
                  .arg(r.row.givenNames, clinic.name, day, time, r.row.practitioner, session);
    if (!clinic.phone.isEmpty())
        text += QLatin1Char(' ') + translateIn(lang, kContext,
                                               QT_TRANSLATE_NOOP("meso::clinic::ReminderService",
                                                                 "To change or cancel, call %1."))
                                       .arg(clinic.phone);
    if (!r.instructions.isEmpty()) {
        text += QLatin1Char('\n') + translateIn(lang, kContext,
                                                QT_TRANSLATE_NOOP("meso::clinic::ReminderService",
                                                                  "Before your session:"));
        for (const QString &item : r.instructions)
            text += QStringLiteral("\n- ") + item;
    }
    return text;
}

// The reminder as an e-mail in the patient's language: the message, and the appointment as an
// iCalendar event with the uid the calendar files give it (a client that imported the series
// updates the same event).
MailMessage mailOf(const Reminder &r, const ClinicProfile &clinic, const QString &calendar)
{
    const QString &lang = r.language;
    const QLocale locale = localeOf(lang);
    const QDateTime start = toDateTime(r.row.start);
    MailMessage m;
    m.fromName = clinic.name;
    m.to = r.row.email;
    m.subject = translateIn(lang, "meso::clinic::ReminderService",
                            QT_TRANSLATE_NOOP("meso::clinic::ReminderService",
                                              "Reminder: your appointment on %1 at %2"))
                    .arg(locale.toString(start.date(), QLocale::LongFormat),
                         locale.toString(start.time(), QLocale::ShortFormat));
    m.body = r.message;
    CalendarEvent e;
    e.uid = QStringLiteral("appointment-%1@%2.mesoplan").arg(r.row.appointmentId).arg(calendar);
    e.start = start;
    e.end = toDateTime(r.row.end);
    e.stamp = r.row.updatedAt;
    e.sequence = r.row.rowVersion - 1;
    e.summary = translateIn(lang, "meso::clinic::ReminderService",
                            QT_TRANSLATE_NOOP("meso::clinic::ReminderService", "Mesotherapy: %1"))
                    .arg(r.protocolName);
    e.location = clinic.address.isEmpty()
                     ? clinic.name
                     : clinic.name + QStringLiteral(", ") + clinic.address.simplified();
    if (!clinic.phone.isEmpty())
        e.description =
            translateIn(lang, "meso::clinic::ReminderService", "To change or cancel, call %1.")
                .arg(clinic.phone);
    m.attachment = iCalendar(e.summary, {e});
    m.attachmentName = QStringLiteral("appointment.ics");
    m.attachmentType = QStringLiteral("text/calendar; charset=UTF-8; method=PUBLISH");
    return m;
}

} // namespace

MailBatch ReminderService::prepareEmails(const ActingUser &user, const QDate &day) const
{
    Permissions::require(user, Action::ReminderSend);
    MailBatch batch;
    batch.day = day;
    batch.settings = m_profile.mailSettings(user);
    if (!batch.settings.configured())
        throw ValidationError(QStringLiteral("mail.host"),
                              tr("no mail server is set (Settings, Mail server)"));
    const ClinicProfile clinic = m_profile.profile(user);
    const QString calendar = m_booking.calendarId(user);
    DayReminders reminders = read(user, day, {});
    batch.withoutConsent = reminders.withoutConsent;
    for (Reminder &r : reminders.reminders) {
        if (r.row.email.isEmpty()) {
            ++batch.withoutEmail;
            continue;
        }
        if (r.row.emailed) {
            ++batch.alreadySent;
            continue;
        }
        MailMessage m = mailOf(r, clinic, calendar);
        batch.mails.emplace_back(std::move(r), std::move(m));
    }
    return batch;
}

void ReminderService::recordEmailed(const ActingUser &user, const MailBatch &batch,
                                    const std::vector<size_t> &sent) const
{
    Permissions::require(user, Action::ReminderSend);
    std::vector<std::pair<qint64, QString>> rows;
    for (const size_t i : sent) {
        const records::ReminderRow &row = batch.mails.at(i).first.row;
        rows.emplace_back(row.patientId, QStringLiteral("appointment %1 on %2")
                                             .arg(row.appointmentId)
                                             .arg(batch.day.toString(Qt::ISODate)));
    }
    if (rows.empty())
        return;
    store::WriteTransaction tx(m_db);
    store::ReminderRepository reminders(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const size_t i : sent) {
        const records::ReminderRow &row = batch.mails.at(i).first.row;
        reminders.markSent(row.appointmentId, row.start, user.id, now);
    }
    auditEach(m_db, user, QStringLiteral("reminder.email"), QStringLiteral("reminders"), rows);
    tx.commit();
}

QStringList ReminderService::csvColumns()
{
    return {QStringLiteral("date"),         QStringLiteral("time"),     QStringLiteral("name"),
            QStringLiteral("phone"),        QStringLiteral("email"),    QStringLiteral("language"),
            QStringLiteral("practitioner"), QStringLiteral("protocol"), QStringLiteral("message")};
}

DayReminders ReminderService::read(const ActingUser &user, const QDate &day,
                                   const QString &action) const
{
    Permissions::require(user, Action::ReminderSend);
    if (!day.isValid())
        throw ValidationError(QStringLiteral("reminder.date"), tr("expected a date"));
    const std::shared_ptr<const core::Catalog> catalog = m_assessments.catalog(user);
    const ClinicProfile clinic = m_profile.profile(user);
    DayReminders out;
    out.day = day;
    store::WriteTransaction tx(m_db); // the audit rows
    std::vector<std::pair<qint64, QString>> audited;
    // Today, only what is still to come.
    const qint64 from = day == QDate::currentDate() ? toMinute(QDateTime::currentDateTime())
                                                    : store::dayNumber(day) * 1440;
    for (records::ReminderRow &row : store::ReminderRepository(m_db).on(day, from)) {
        if (!row.consented) {
            ++out.withoutConsent;
            continue;
        }
        Reminder r;
        r.language =
            availableLanguages().contains(row.language) ? row.language : installedLanguage();
        const std::string lang = r.language.toStdString();
        r.protocolName = row.protocol;
        if (const core::Protocol *p =
                core::Catalog::findIn(catalog->protocols, row.protocol.toStdString())) {
            r.protocolName = QString::fromStdString(p->name.in(lang));
            for (const std::string &id : p->preparation) {
                const core::AftercareSet *set = core::Catalog::findIn(catalog->aftercare, id);
                for (const core::AftercareItem &item : set ? set->items : decltype(set->items){})
                    r.instructions << QString::fromStdString(item.text.in(lang));
            }
        }
        r.row = std::move(row);
        r.message = message(r, clinic);
        audited.emplace_back(r.row.patientId, QStringLiteral("appointment %1 on %2")
                                                  .arg(r.row.appointmentId)
                                                  .arg(day.toString(Qt::ISODate)));
        out.reminders.push_back(std::move(r));
    }
    if (action.isEmpty())
        return out;      // nothing has left the database yet; rolled back, nothing was written
    if (audited.empty()) // the day was looked at all the same
        audited.emplace_back(0, QStringLiteral("none on %1").arg(day.toString(Qt::ISODate)));
    auditEach(m_db, user, action, QStringLiteral("reminders"), audited);
    tx.commit();
    return out;
}

DayReminders ReminderService::forDay(const ActingUser &user, const QDate &day) const
{
    return read(user, day, QStringLiteral("reminder.list"));
}

QByteArray ReminderService::exportCsv(const ActingUser &user, const QDate &day,
                                      const CsvFormat &format) const
{
    const DayReminders reminders = read(user, day, QStringLiteral("reminder.export"));
    QByteArray csv = format.start() + csvLine(csvColumns(), format);
    // SMS services take E.164: a number stored before numbers were, written so when it reads
    // as one.
    const PhoneNumbers phones = clinicPhoneNumbers(m_db);
    for (const Reminder &r : reminders.reminders) {
        const QDateTime start = toDateTime(r.row.start);
        csv += csvLine({start.date().toString(Qt::ISODate),
                        start.time().toString(QStringLiteral("HH:mm")),
                        r.row.givenNames + QLatin1Char(' ') + r.row.familyName,
                        phones.e164(r.row.phone).value_or(r.row.phone), r.row.email, r.language,
                        r.row.practitioner, r.protocolName, r.message},
                       format, csvColumns().indexOf(QStringLiteral("phone")));
    }
    return csv;
}

} // namespace meso::clinic
