#pragma once

#include "clinic/clinicprofile.h"
#include "core/catalog.h"
#include "records/patientrecord.h"
#include "records/sessionrecords.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

namespace meso::clinic {
struct ActingUser;
struct Services;
} // namespace meso::clinic

namespace meso::ui {

// The printed record of one treatment session, for the patient's paper file and for the
// traceability of what was injected: the clinic's letterhead, the patient, the course, each
// product with its lot number, area and volume, the technique, the deviations from the plan with
// their reasons, the scores and notes, the adverse events recorded on it, the amendment it makes
// and who signed it when. In the interface's language; every record text is escaped.
class SessionDocument
{
    Q_DECLARE_TR_FUNCTIONS(SessionDocument)
public:
    struct Content
    {
        clinic::ClinicProfile clinic;
        records::PatientRecord patient;
        records::SessionRecord session;
        QString course;       // the plan's protocol, by name
        QString signedByName; // the practitioner who signed
        std::vector<records::AdverseEventRecord> events;
    };

    static QString title();
    static QString html(const Content &content, const core::Catalog &catalog,
                        const std::string &lang);
    // Gathers the record through the services (each read audited as any other) and writes it as
    // an A4 PDF at `path`; throws on refusal or when the file cannot be written.
    static void writePdf(clinic::Services &services, const clinic::ActingUser &user,
                         qint64 sessionId, const QString &path);
};

} // namespace meso::ui
