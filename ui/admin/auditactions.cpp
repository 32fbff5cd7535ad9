#include "auditactions.h"

#include <QCoreApplication>

#include <array>

namespace meso::ui {

namespace {

struct ActionLabel
{
    const char *code;
    const char *label;
};

// One line per code written by a service (docs/security.md, "Audit trail").
constexpr std::array kLabels{
    ActionLabel{"adverse_event.add", QT_TRANSLATE_NOOP("AuditAction", "Adverse event recorded")},
    ActionLabel{"adverse_event.read", QT_TRANSLATE_NOOP("AuditAction", "Adverse events read")},
    ActionLabel{"adverse_event.update", QT_TRANSLATE_NOOP("AuditAction", "Adverse event updated")},
    ActionLabel{"appointment.cancelled", QT_TRANSLATE_NOOP("AuditAction", "Appointment cancelled")},
    ActionLabel{"appointment.checked_in", QT_TRANSLATE_NOOP("AuditAction", "Patient checked in")},
    ActionLabel{"appointment.move", QT_TRANSLATE_NOOP("AuditAction", "Appointment moved")},
    ActionLabel{"appointment.no_show", QT_TRANSLATE_NOOP("AuditAction", "Marked as no-show")},
    ActionLabel{"audit.export", QT_TRANSLATE_NOOP("AuditAction", "Audit trail exported")},
    ActionLabel{"backup.automatic", QT_TRANSLATE_NOOP("AuditAction", "Automatic backup")},
    ActionLabel{"backup.create", QT_TRANSLATE_NOOP("AuditAction", "Backup made")},
    ActionLabel{"backup.restore", QT_TRANSLATE_NOOP("AuditAction", "Backup restored")},
    ActionLabel{"booking.book", QT_TRANSLATE_NOOP("AuditAction", "Session series booked")},
    ActionLabel{"catalog.import", QT_TRANSLATE_NOOP("AuditAction", "Catalog imported")},
    ActionLabel{"catalog.upgrade", QT_TRANSLATE_NOOP("AuditAction", "Catalog upgraded")},
    ActionLabel{"clinic.calendar_id",
                QT_TRANSLATE_NOOP("AuditAction", "Calendar identifier created")},
    ActionLabel{"clinic.closure", QT_TRANSLATE_NOOP("AuditAction", "Closures changed")},
    ActionLabel{"clinic.hours", QT_TRANSLATE_NOOP("AuditAction", "Opening hours changed")},
    ActionLabel{"clinic.mail", QT_TRANSLATE_NOOP("AuditAction", "Mail server changed")},
    ActionLabel{"clinic.policies", QT_TRANSLATE_NOOP("AuditAction", "Clinic policies changed")},
    ActionLabel{"clinic.setup", QT_TRANSLATE_NOOP("AuditAction", "Setup step done")},
    ActionLabel{"clinic.practitioner",
                QT_TRANSLATE_NOOP("AuditAction", "Practitioner's hours changed")},
    ActionLabel{"clinic.profile", QT_TRANSLATE_NOOP("AuditAction", "Clinic details changed")},
    ActionLabel{"clinic.room", QT_TRANSLATE_NOOP("AuditAction", "Room changed")},
    ActionLabel{"consultation.amend", QT_TRANSLATE_NOOP("AuditAction", "Consultation amended")},
    ActionLabel{"consultation.read", QT_TRANSLATE_NOOP("AuditAction", "Consultation read")},
    ActionLabel{"consultation.save", QT_TRANSLATE_NOOP("AuditAction", "Consultation saved")},
    ActionLabel{"consultation.sign", QT_TRANSLATE_NOOP("AuditAction", "Consultation signed")},
    ActionLabel{"database.migrate", QT_TRANSLATE_NOOP("AuditAction", "Database moved")},
    ActionLabel{"demo.load", QT_TRANSLATE_NOOP("AuditAction", "Demonstration data loaded")},
    ActionLabel{"lot.receive", QT_TRANSLATE_NOOP("AuditAction", "Lot received")},
    ActionLabel{"lot.trace", QT_TRANSLATE_NOOP("AuditAction", "Lot traced")},
    ActionLabel{"patient.anonymise", QT_TRANSLATE_NOOP("AuditAction", "Patient anonymised")},
    ActionLabel{"patient.archive", QT_TRANSLATE_NOOP("AuditAction", "Patient archived")},
    ActionLabel{"patient.create", QT_TRANSLATE_NOOP("AuditAction", "Patient created")},
    ActionLabel{"patient.export", QT_TRANSLATE_NOOP("AuditAction", "Patient's data exported")},
    ActionLabel{"patient.import", QT_TRANSLATE_NOOP("AuditAction", "Patient imported")},
    ActionLabel{"billing.settings", QT_TRANSLATE_NOOP("AuditAction", "Legal details changed")},
    ActionLabel{"billing.takings", QT_TRANSLATE_NOOP("AuditAction", "Takings read")},
    ActionLabel{"invoice.issue", QT_TRANSLATE_NOOP("AuditAction", "Invoice issued")},
    ActionLabel{"invoice.credit", QT_TRANSLATE_NOOP("AuditAction", "Credit note issued")},
    ActionLabel{"invoice.read", QT_TRANSLATE_NOOP("AuditAction", "Invoices read")},
    ActionLabel{"payment.add", QT_TRANSLATE_NOOP("AuditAction", "Payment recorded")},
    ActionLabel{"price.set", QT_TRANSLATE_NOOP("AuditAction", "Price changed")},
    ActionLabel{"recall.list", QT_TRANSLATE_NOOP("AuditAction", "Recalls listed")},
    ActionLabel{"recall.mark", QT_TRANSLATE_NOOP("AuditAction", "Recall marked")},
    ActionLabel{"reminder.list", QT_TRANSLATE_NOOP("AuditAction", "Reminders listed")},
    ActionLabel{"reminder.export", QT_TRANSLATE_NOOP("AuditAction", "Reminders exported")},
    ActionLabel{"reminder.email", QT_TRANSLATE_NOOP("AuditAction", "Reminder e-mailed")},
    ActionLabel{"patient.restore", QT_TRANSLATE_NOOP("AuditAction", "Patient restored")},
    ActionLabel{"patient.update", QT_TRANSLATE_NOOP("AuditAction", "Patient changed")},
    ActionLabel{"photo.add", QT_TRANSLATE_NOOP("AuditAction", "Photo added")},
    ActionLabel{"photo.consent", QT_TRANSLATE_NOOP("AuditAction", "Photo consent recorded")},
    ActionLabel{"photo.read", QT_TRANSLATE_NOOP("AuditAction", "Photos viewed")},
    ActionLabel{"plan.approve", QT_TRANSLATE_NOOP("AuditAction", "Plan approved")},
    ActionLabel{"plan.consent", QT_TRANSLATE_NOOP("AuditAction", "Consent recorded")},
    ActionLabel{"plan.override", QT_TRANSLATE_NOOP("AuditAction", "Finding overridden")},
    ActionLabel{"plan.override_removed", QT_TRANSLATE_NOOP("AuditAction", "Override withdrawn")},
    ActionLabel{"plan.read", QT_TRANSLATE_NOOP("AuditAction", "Plan read")},
    ActionLabel{"plan.revise", QT_TRANSLATE_NOOP("AuditAction", "Plan revised")},
    ActionLabel{"plan.save", QT_TRANSLATE_NOOP("AuditAction", "Plan saved")},
    ActionLabel{"product.add", QT_TRANSLATE_NOOP("AuditAction", "Product added")},
    ActionLabel{"session.amend", QT_TRANSLATE_NOOP("AuditAction", "Session record amended")},
    ActionLabel{"session.not_performed", QT_TRANSLATE_NOOP("AuditAction", "Session not performed")},
    ActionLabel{"session.read", QT_TRANSLATE_NOOP("AuditAction", "Session records read")},
    ActionLabel{"session.record", QT_TRANSLATE_NOOP("AuditAction", "Session recorded")},
    ActionLabel{"user.add", QT_TRANSLATE_NOOP("AuditAction", "Account created")},
    ActionLabel{"user.password", QT_TRANSLATE_NOOP("AuditAction", "Password changed")},
    ActionLabel{"user.sign_in", QT_TRANSLATE_NOOP("AuditAction", "Signed in")},
    ActionLabel{"user.sign_in_failed", QT_TRANSLATE_NOOP("AuditAction", "Sign-in failed")},
    ActionLabel{"user.sign_in_refused",
                QT_TRANSLATE_NOOP("AuditAction", "Sign-in refused (waiting delay)")},
    ActionLabel{"user.update", QT_TRANSLATE_NOOP("AuditAction", "Account changed")},
};

} // namespace

QString auditActionLabel(const QString &code)
{
    for (const ActionLabel &a : kLabels)
        if (code == QLatin1String(a.code))
            return QCoreApplication::translate("AuditAction", a.label);
    return code;
}

QStringList auditActionCodes()
{
    QStringList codes;
    for (const ActionLabel &a : kLabels)
        codes << QString::fromLatin1(a.code);
    return codes;
}

} // namespace meso::ui
