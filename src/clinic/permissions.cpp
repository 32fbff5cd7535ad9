#include "permissions.h"

#include "actinguser.h"
#include "validationerror.h"

#include <algorithm>

namespace meso::clinic {

const std::vector<Permission> &Permissions::all()
{
    // clang-format off
    static const std::vector<Permission> matrix = {
        //                                                                                                      prac.  desk   admin
        {Action::PatientRead,       "patient.read",       QT_TR_NOOP("See patients' identity and contact details"),      true,  true,  true},
        {Action::PatientWrite,      "patient.write",      QT_TR_NOOP("Register, edit and archive patients"),             true,  true,  false},
        {Action::ConsultationRead,  "consultation.read",  QT_TR_NOOP("Read consultations (medical history, findings)"), true,  false, false},
        {Action::ConsultationWrite, "consultation.write", QT_TR_NOOP("Record, sign and amend consultations"),            true,  false, false},
        {Action::Assess,            "assess",             QT_TR_NOOP("Screen and plan an intake that is not stored"),    true,  false, true},
        {Action::PlanRead,          "plan.read",          QT_TR_NOOP("Read plans (cocktails, findings, overrides)"),     true,  false, false},
        {Action::PlanSummary,       "plan.summary",       QT_TR_NOOP("See a plan's bookable summary"),                   true,  true,  false},
        {Action::PlanWrite,         "plan.write",         QT_TR_NOOP("Edit plans and make new versions"),                true,  false, false},
        {Action::PlanOverride,      "plan.override",      QT_TR_NOOP("Override a relative finding"),                     true,  false, false},
        {Action::PlanApprove,       "plan.approve",       QT_TR_NOOP("Approve a plan"),                                  true,  false, false},
        {Action::PlanConsent,       "plan.consent",       QT_TR_NOOP("Record a patient's consent"),                      true,  false, false},
        {Action::SessionRead,       "session.read",       QT_TR_NOOP("Read treatment session records"),                  true,  false, false},
        {Action::SessionWrite,      "session.write",      QT_TR_NOOP("Record sessions, adverse events and photos"),      true,  false, false},
        {Action::StockRead,         "stock.read",         QT_TR_NOOP("See products and lots in stock"),                  true,  true,  true},
        {Action::StockWrite,        "stock.write",        QT_TR_NOOP("Add products and receive lots"),                   true,  true,  true},
        {Action::LotTrace,          "lot.trace",          QT_TR_NOOP("Trace a lot to the patients who received it"),     true,  false, true},
        {Action::BookingRead,       "booking.read",       QT_TR_NOOP("See the calendar and appointments"),               true,  true,  false},
        {Action::BookingWrite,      "booking.write",      QT_TR_NOOP("Book, move, cancel, check in, mark no-shows"),     true,  true,  false},
        {Action::ClinicRead,        "clinic.read",        QT_TR_NOOP("See the clinic's profile, setup and policies"),    true,  true,  true},
        {Action::ClinicWrite,       "clinic.write",       QT_TR_NOOP("Change the clinic's profile, setup and policies"), false, false, true},
        {Action::CatalogRead,       "catalog.read",       QT_TR_NOOP("See and export the catalog"),                      true,  true,  true},
        {Action::CatalogImport,     "catalog.import",     QT_TR_NOOP("Import a catalog"),                                false, false, true},
        {Action::UserManage,        "user.manage",        QT_TR_NOOP("Manage user accounts"),                            false, false, true},
        {Action::AuditRead,         "audit.read",         QT_TR_NOOP("Read, export and verify the audit trail"),         false, false, true},
        {Action::PatientExport,     "patient.export",     QT_TR_NOOP("Export everything held about a patient"),          false, false, true},
        {Action::PatientAnonymise,  "patient.anonymise",  QT_TR_NOOP("Anonymise a patient"),                             false, false, true},
        {Action::PatientImport,     "patient.import",     QT_TR_NOOP("Import patients from another program's file"),     false, false, true},
        {Action::Backup,            "backup",             QT_TR_NOOP("Back up and restore the database"),                false, false, true},
        {Action::ReportActivity,    "report.activity",    QT_TR_NOOP("See the clinic's activity: appointments, cancellations, no-shows"), true, true, true},
        {Action::RecallRead,        "recall.read",        QT_TR_NOOP("See the courses due for maintenance or abandoned"), true, true, true},
        {Action::RecallWrite,       "recall.write",       QT_TR_NOOP("Mark a recall contacted, booked or declined"), true, true, false},
        {Action::ReminderSend,      "reminder.send",      QT_TR_NOOP("Prepare and send appointment reminders"), true, true, false},
        {Action::BillingRead,       "billing.read",       QT_TR_NOOP("See invoices, payments, balances, a day's takings and prices"), true, true, true},
        {Action::InvoiceIssue,      "invoice.issue",      QT_TR_NOOP("Issue invoices of sessions or of a course's package"), false, true, true},
        {Action::PaymentTake,       "payment.take",       QT_TR_NOOP("Record payments, deposits and refunds"), false, true, true},
        {Action::CreditNote,        "invoice.credit",     QT_TR_NOOP("Issue a credit note cancelling an invoice"), false, false, true},
        {Action::BillingSetup,      "billing.setup",      QT_TR_NOOP("Set prices, the VAT rate and the clinic's legal identifiers"), false, false, true},
        {Action::ReportClinic,      "report.clinic",      QT_TR_NOOP("See courses, adverse events and quotes by protocol and month"), true, false, true},
    };
    // clang-format on
    return matrix;
}

const Permission &Permissions::of(Action action)
{
    const auto &matrix = all();
    return *std::find_if(matrix.begin(), matrix.end(),
                         [&](const Permission &p) { return p.action == action; });
}

bool Permissions::allows(const QString &role, Action action)
{
    const Permission &p = of(action);
    if (role == QLatin1String("practitioner"))
        return p.practitioner;
    if (role == QLatin1String("front_desk"))
        return p.frontDesk;
    if (role == QLatin1String("admin"))
        return p.admin;
    return false; // an unknown role may do nothing
}

void Permissions::require(const ActingUser &user, Action action)
{
    if (!allows(user.role, action))
        throw PermissionError(
            tr("%1 (%2) may not: %3.")
                .arg(user.username, roleName(user.role), tr(of(action).description)));
}

QStringList Permissions::roles()
{
    return {QStringLiteral("practitioner"), QStringLiteral("front_desk"), QStringLiteral("admin")};
}

QString Permissions::roleName(const QString &role)
{
    if (role == QLatin1String("practitioner"))
        return tr("practitioner");
    if (role == QLatin1String("front_desk"))
        return tr("front desk");
    if (role == QLatin1String("admin"))
        return tr("administrator");
    return role;
}

} // namespace meso::clinic
