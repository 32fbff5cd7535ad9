#pragma once

#include "actinguser.h"

#include "records/sessionrecords.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace meso::store {
class Database;
}

namespace meso::clinic {

class AssessmentService;

// Before/after photos of a session's areas, stored in the database (backups and a move to a
// clinic server carry them), and the patient's photo consent that every photo needs first.
class PhotoService
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::PhotoService)
public:
    PhotoService(const store::Database &db, AssessmentService &assessments);

    static QStringList scopes(); // none, record, teaching, publication
    static QString scopeName(const QString &scope);
    static constexpr qsizetype kMaxFileBytes = 40 * 1024 * 1024;

    // Records what the patient agreed photos may be used for (replacing an earlier answer).
    void setConsent(const ActingUser &user, qint64 patientId, const QString &scope,
                    const QDate &givenOn);
    std::optional<records::PhotoConsentRecord> consent(const ActingUser &user,
                                                       qint64 patientId) const;

    // Adds a photo of `area` taken `taken` (before, after) the performed session `sessionId`,
    // from an image file's bytes (JPEG, PNG, or any format this Qt reads, HEIC included where its
    // plugin is installed). The image is turned upright as its EXIF orientation says and
    // re-encoded (PNG stays PNG, anything else becomes JPEG), which drops every EXIF field, GPS
    // position included. ValidationError naming the field: photo.consent when the patient's
    // consent is missing or "none" (ConflictError), photo.file when it is not a readable image or
    // larger than 40 MiB, photo.area, photo.when. Returns the photo as stored (with its SHA-256).
    records::PhotoRecord add(const ActingUser &user, qint64 sessionId, const QString &area,
                             const QString &taken, const QByteArray &file);
    // The photo with its content, exactly as stored. Audited.
    records::PhotoRecord photo(const ActingUser &user, qint64 photoId) const;
    // A patient's photos without their content, by session date. Audited.
    std::vector<records::PhotoRecord> forPatient(const ActingUser &user, qint64 patientId) const;

private:
    const store::Database &m_db;
    AssessmentService &m_assessments;
};

} // namespace meso::clinic
