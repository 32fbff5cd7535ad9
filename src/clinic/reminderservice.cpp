#include "reminderservice.h"

#include "assessmentservice.h"
#include "audit.h"
#include "clinicprofile.h"
#include "language.h"
#include "permissions.h"
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

} // namespace

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
    for (records::ReminderRow &row : store::ReminderRepository(m_db).on(day)) {
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

QByteArray ReminderService::exportCsv(const ActingUser &user, const QDate &day) const
{
    const DayReminders reminders = read(user, day, QStringLiteral("reminder.export"));
    QByteArray csv = AuditService::csvLine(csvColumns());
    for (const Reminder &r : reminders.reminders) {
        const QDateTime start = toDateTime(r.row.start);
        csv += AuditService::csvLine(
            {start.date().toString(Qt::ISODate), start.time().toString(QStringLiteral("HH:mm")),
             r.row.givenNames + QLatin1Char(' ') + r.row.familyName, r.row.phone, r.row.email,
             r.language, r.row.practitioner, r.protocolName, r.message},
            csvColumns().indexOf(QStringLiteral("phone")));
    }
    return csv;
}

} // namespace meso::clinic
