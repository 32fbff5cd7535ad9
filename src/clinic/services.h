#pragma once

#include "adverseeventservice.h"
#include "assessmentservice.h"
#include "backupservice.h"
#include "billingservice.h"
#include "bookingservice.h"
#include "catalogservice.h"
#include "clinicprofile.h"
#include "clinicsetupservice.h"
#include "consultationservice.h"
#include "patientimport.h"
#include "patientservice.h"
#include "photoservice.h"
#include "planservice.h"
#include "privacyservice.h"
#include "recallservice.h"
#include "reminderservice.h"
#include "reportservice.h"
#include "sessionservice.h"
#include "stockservice.h"
#include "userservice.h"

namespace meso::store {
class Database;
}

namespace meso::clinic {

// Every use case of one clinic database, built once per window or command: the GUI's pages and
// dialogs take this rather than a growing list of services.
struct Services
{
    explicit Services(const store::Database &db)
        : m_db(db), catalog(db), patients(db), patientImport(db), assessments(db),
          consultations(db, assessments), plans(db, assessments), profile(db),
          clinicSetup(db, assessments), booking(db, plans), stock(db, assessments),
          sessions(db, assessments), adverseEvents(db, assessments), photos(db, assessments),
          users(db), privacy(db), audit(db), backups(db), reports(db, assessments),
          recalls(db, assessments), reminders(db, assessments, profile, booking),
          billing(db, assessments)
    {
    }
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    const store::Database &db() const { return m_db; }

private:
    const store::Database &m_db;

public:
    CatalogService catalog;
    PatientService patients;
    PatientImportService patientImport;
    AssessmentService assessments;
    ConsultationService consultations;
    PlanService plans;
    ClinicProfileService profile;
    ClinicSetupService clinicSetup;
    BookingService booking;
    StockService stock;
    SessionService sessions;
    AdverseEventService adverseEvents;
    PhotoService photos;
    UserService users;
    PrivacyService privacy;
    AuditService audit;
    BackupService backups;
    ReportService reports;
    RecallService recalls;
    ReminderService reminders;
    BillingService billing;
};

} // namespace meso::clinic
