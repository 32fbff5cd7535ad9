#include "photoservice.h"

#include "assessmentservice.h"
#include "audit.h"
#include "permissions.h"
#include "validationerror.h"

#include "records/strings.h"
#include "store/database.h"
#include "store/patientrepository.h"
#include "store/sessionrepository.h"
#include "store/transaction.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

namespace meso::clinic {

PhotoService::PhotoService(const store::Database &db, AssessmentService &assessments)
    : m_db(db), m_assessments(assessments)
{
}

QStringList PhotoService::scopes()
{
    return {QStringLiteral("none"), QStringLiteral("record"), QStringLiteral("teaching"),
            QStringLiteral("publication")};
}

QString PhotoService::scopeName(const QString &scope)
{
    if (scope == QLatin1String("none"))
        return tr("no photos");
    if (scope == QLatin1String("record"))
        return tr("the medical record only");
    if (scope == QLatin1String("teaching"))
        return tr("the record and teaching");
    if (scope == QLatin1String("publication"))
        return tr("the record, teaching and publication");
    return scope;
}

void PhotoService::setConsent(const ActingUser &user, qint64 patientId, const QString &scope,
                              const QDate &givenOn)
{
    Permissions::require(user, Action::SessionWrite);
    if (!scopes().contains(scope))
        throw ValidationError(QStringLiteral("photo_consent.scope"),
                              tr("expected one of %1").arg(scopes().join(QStringLiteral(", "))));
    if (!givenOn.isValid() || givenOn > QDate::currentDate())
        throw ValidationError(QStringLiteral("photo_consent.date"),
                              tr("expected a date, not in the future"));
    store::WriteTransaction tx(m_db);
    if (!store::PatientRepository(m_db).find(patientId))
        throw ValidationError(QStringLiteral("photo_consent.patient"),
                              tr("no patient with id %1").arg(patientId));
    store::SessionRepository(m_db).setPhotoConsent({patientId, scope, givenOn}, user.id,
                                                   QDateTime::currentDateTimeUtc());
    audit(m_db, user, QStringLiteral("photo.consent"), patientId,
          QStringLiteral("patient:%1").arg(patientId),
          QStringLiteral("%1 on %2").arg(scope, givenOn.toString(Qt::ISODate)));
    tx.commit();
}

std::optional<records::PhotoConsentRecord> PhotoService::consent(const ActingUser &user,
                                                                 qint64 patientId) const
{
    Permissions::require(user, Action::SessionRead);
    return store::SessionRepository(m_db).photoConsent(patientId);
}

namespace {

struct Encoded
{
    QByteArray bytes;
    QString mediaType;
    QSize size;
};

// The image upright, re-encoded from its pixels alone: no EXIF, no text chunk survives.
Encoded encodeUpright(const QByteArray &file)
{
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    const QImage read = reader.read();
    if (read.isNull())
        throw ValidationError(QStringLiteral("photo.file"),
                              PhotoService::tr("not an image MesoPlan can read (JPEG, PNG%1): %2")
                                  .arg(QImageReader::supportedImageFormats().contains("heic")
                                           ? QStringLiteral(", HEIC")
                                           : QString(),
                                       reader.errorString()));
    const bool png = format == "png";
    const QImage::Format pixels =
        png && read.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32;
    const QImage converted = read.convertToFormat(pixels);
    // A new image over the same pixels carries none of the original's metadata.
    const QImage clean = QImage(converted.constBits(), converted.width(), converted.height(),
                                converted.bytesPerLine(), converted.format())
                             .copy();
    Encoded out;
    out.size = clean.size();
    QBuffer target(&out.bytes);
    target.open(QIODevice::WriteOnly);
    QImageWriter writer(&target, png ? "png" : "jpeg");
    if (!png)
        writer.setQuality(92);
    if (!writer.write(clean))
        throw ValidationError(
            QStringLiteral("photo.file"),
            PhotoService::tr("the image could not be stored: %1").arg(writer.errorString()));
    out.mediaType = png ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    return out;
}

} // namespace

records::PhotoRecord PhotoService::add(const ActingUser &user, qint64 sessionId,
                                       const QString &area, const QString &taken,
                                       const QByteArray &file)
{
    Permissions::require(user, Action::SessionWrite);
    const auto catalog = m_assessments.catalog(user);
    if (!core::Catalog::findIn(catalog->areas, records::ss(area)))
        throw ValidationError(QStringLiteral("photo.area"),
                              tr("\"%1\" is not an area of the catalog").arg(area));
    if (taken != QLatin1String("before") && taken != QLatin1String("after"))
        throw ValidationError(QStringLiteral("photo.when"), tr("expected before or after"));
    if (file.isEmpty() || file.size() > kMaxFileBytes)
        throw ValidationError(QStringLiteral("photo.file"),
                              tr("expected an image file of at most 40 MiB"));
    {
        // Consent and session first: a photo the patient did not agree to is never decoded.
        store::ReadTransaction read(m_db);
        const store::SessionRepository repo(m_db);
        const auto session = repo.find(sessionId);
        if (!session || !session->performed)
            throw ValidationError(QStringLiteral("photo.session"),
                                  tr("no performed session with id %1").arg(sessionId));
        const auto agreed = repo.photoConsent(session->patientId);
        if (!agreed || agreed->scope == QLatin1String("none"))
            throw ConflictError(QStringLiteral("photo.consent"),
                                agreed ? tr("the patient refused photos (%1)")
                                             .arg(agreed->givenOn.toString(Qt::ISODate))
                                       : tr("the patient's photo consent is not recorded: "
                                            "ask and record it first"));
    }
    const Encoded encoded = encodeUpright(file);
    store::WriteTransaction tx(m_db);
    store::SessionRepository repo(m_db);
    const auto session = repo.find(sessionId);
    records::PhotoRecord p;
    p.patientId = session->patientId;
    p.sessionId = sessionId;
    p.area = area;
    p.taken = taken;
    p.mediaType = encoded.mediaType;
    p.width = encoded.size.width();
    p.height = encoded.size.height();
    p.content = encoded.bytes;
    p.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(encoded.bytes, QCryptographicHash::Sha256).toHex());
    const qint64 id = repo.insertPhoto(p, user.id, QDateTime::currentDateTimeUtc());
    audit(m_db, user, QStringLiteral("photo.add"), p.patientId, QStringLiteral("photo:%1").arg(id),
          QStringLiteral("session %1, %2, %3").arg(sessionId).arg(area, taken));
    records::PhotoRecord stored = *repo.photo(id);
    tx.commit();
    return stored;
}

records::PhotoRecord PhotoService::photo(const ActingUser &user, qint64 photoId) const
{
    Permissions::require(user, Action::SessionRead);
    store::WriteTransaction tx(m_db);
    const auto p = store::SessionRepository(m_db).photo(photoId);
    if (!p)
        throw ValidationError(QStringLiteral("photo"), tr("no photo with id %1").arg(photoId));
    audit(m_db, user, QStringLiteral("photo.read"), p->patientId,
          QStringLiteral("photo:%1").arg(photoId));
    tx.commit();
    return *p;
}

std::vector<records::PhotoRecord> PhotoService::forPatient(const ActingUser &user,
                                                           qint64 patientId) const
{
    Permissions::require(user, Action::SessionRead);
    store::WriteTransaction tx(m_db);
    auto all = store::SessionRepository(m_db).photosOfPatient(patientId);
    audit(m_db, user, QStringLiteral("photo.read"), patientId,
          QStringLiteral("patient:%1").arg(patientId),
          QStringLiteral("photos: %1").arg(all.size()));
    tx.commit();
    return all;
}

} // namespace meso::clinic
