#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace meso::clinic {

struct ActingUser;

// Everything a user can do, as the services check it. The role x action matrix below is the
// only place that says who may do what; docs/security.md shows it and a test keeps the two equal.
enum class Action
{
    PatientRead,       // identity and contact: find, search, count
    PatientWrite,      // create, edit, archive
    ConsultationRead,  // medical history, medications, allergies, findings (audited)
    ConsultationWrite, // drafts, signing, amendments
    Assess,            // screen and plan an intake that is not stored
    PlanRead,          // plans with cocktails, findings and overrides (audited)
    PlanSummary,       // a plan's bookable summary: protocol, sessions, interval, duration
    PlanWrite,         // drafts, versions, sessions and interval
    PlanOverride,      // overriding a relative finding with a reason
    PlanApprove,
    PlanConsent,
    SessionRead,  // treatment session records: products and lots used, adverse events, photos
    SessionWrite, // record, amend, not performed, adverse events, photos, photo consent
    StockRead,    // products and lots, what is left and when it expires
    StockWrite,   // add products, receive lots
    LotTrace,     // every patient who received a lot (a recall)
    BookingRead,  // calendar, appointments, waiting plans, calendar files
    BookingWrite, // book, move, cancel, check in, complete, no-show
    ClinicRead,   // clinic profile, setup and policies
    ClinicWrite,  // profile, opening hours, rooms, practitioners' hours, closures, policies
    CatalogRead,
    CatalogImport,
    UserManage,    // list, add, change role, reset password, deactivate
    AuditRead,     // audit viewer, CSV export, verification
    PatientExport, // everything held about a patient, as JSON
    PatientAnonymise,
    PatientImport,  // patients from the previous software's CSV file
    Backup,         // backup now and restore
    ReportActivity, // appointments, cancellations, no-shows per week, practitioner and room
    ReportClinic,   // courses, adverse events per 100 sessions, approved quotes' value
    RecallRead,     // courses due for maintenance or abandoned, with the patient's contact
    RecallWrite,    // mark a recall contacted, booked or declined
    ReminderSend,   // a day's appointment reminders: list, CSV export, e-mails
    BillingRead,    // invoices, credit notes, payments, balances, a day's takings, prices
    InvoiceIssue,   // invoices of completed sessions or of a course's package
    PaymentTake,    // payments, deposits, instalments and refunds of credit notes
    CreditNote,     // cancel an invoice in whole or part
    BillingSetup,   // prices, VAT rate and the clinic's legal identifiers on invoices
};

struct Permission
{
    Action action;
    const char *name; // stable id, used in the audit trail and docs/security.md
    const char
        *description; // for people (translated through the "meso::clinic::Permissions" context)
    bool practitioner, frontDesk, admin;
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::Permissions)
public:
    static const std::vector<Permission> &all();
    static const Permission &of(Action action);
    static bool allows(const QString &role, Action action);
    // Throws PermissionError naming the action and the role when the user may not take it.
    static void require(const ActingUser &user, Action action);
    static QStringList roles();                   // practitioner, front_desk, admin
    static QString roleName(const QString &role); // translated
};

} // namespace meso::clinic
