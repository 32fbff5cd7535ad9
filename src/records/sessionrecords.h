#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace meso::records {

// One catalog ingredient a product holds, with the label's concentration ("10 mg/mL").
struct ProductComponent
{
    QString ingredient, concentration;
    friend bool operator==(const ProductComponent &, const ProductComponent &) = default;
};

// A product the clinic buys and injects.
struct ProductRecord
{
    qint64 id = 0;
    QString name, manufacturer;
    QString form = QStringLiteral("vial"); // vial, ampoule, syringe
    double unitMl = 0;                     // the volume of one unit
    int lowStockUnits = 0;                 // flagged as low at or below this many units left
    std::vector<ProductComponent> components;
};

// A lot of a product as received, and how much of it is left.
struct LotRecord
{
    qint64 id = 0;
    qint64 productId = 0;
    QString lotNumber;
    QDate expiry, receivedOn;
    int unitsReceived = 0;
    QString supplier;
    double usedMl = 0;
    // Filled when read: the product's unit volume, so that what is left can be told.
    double unitMl = 0;

    double receivedMl() const { return unitsReceived * unitMl; }
    double remainingMl() const { return receivedMl() - usedMl; }
    bool expiredOn(const QDate &day) const { return expiry < day; }
};

// What a session injected at one area from one lot.
struct SessionProductLine
{
    QString area;
    qint64 lotId = 0;
    double volumeMl = 0;
    std::optional<int> points, passes;
    // Filled when read, for display and tracing.
    qint64 productId = 0;
    QString lotNumber, productName;
};

// The practitioner's reason for one deviation of a session (core::Deviation::key()).
struct SessionDeviation
{
    QString key, reason;
    friend bool operator==(const SessionDeviation &, const SessionDeviation &) = default;
};

// A treatment session's record, signed when saved and read-only from then on: a correction is a
// new record amending it (amendsId), and both are kept. A session not performed has only its
// reason.
struct SessionRecord
{
    qint64 id = 0;
    qint64 appointmentId = 0, patientId = 0, planId = 0;
    bool performed = true;
    QString notPerformedReason;
    QDate performedOn;
    QString technique, needle;
    std::optional<double> depthMinMm, depthMaxMm;
    std::optional<int> pain;                          // 0-10
    std::optional<int> gaisPatient, gaisPractitioner; // 1-5
    QString notes;
    std::vector<SessionProductLine> lines;
    std::vector<SessionDeviation> deviations;
    qint64 amendsId = 0;
    QString amendmentReason;
    qint64 signedBy = 0;
    QDateTime signedAt;
};

// An adverse event after a session.
struct AdverseEventRecord
{
    qint64 id = 0;
    qint64 patientId = 0, sessionId = 0;
    QString risk; // a catalog risk id
    QDate onset;
    QString severity = QStringLiteral("mild"); // mild, moderate, severe
    bool serious = false;
    QString description, actionTaken;
    QString outcome = QStringLiteral("ongoing"); // ongoing, resolved, sequelae
    QDate resolvedOn;
    QDate notifiedOn;
    QString notificationRef;
    bool notificationPending = false;
    int rowVersion = 0;
    qint64 recordedBy = 0;
    QDateTime recordedAt, updatedAt;

    bool open() const { return outcome == QLatin1String("ongoing"); }
    // Severe or serious: notified to the manufacturer and the authorities.
    bool needsNotification() const { return serious || severity == QLatin1String("severe"); }
};

// What a patient agreed photos may be used for.
struct PhotoConsentRecord
{
    qint64 patientId = 0;
    QString scope; // none, record, teaching, publication
    QDate givenOn;
};

// A before or after photo of a session's area; `content` is filled only when the image is asked
// for.
struct PhotoRecord
{
    qint64 id = 0;
    qint64 patientId = 0, sessionId = 0;
    QString area;
    QString taken = QStringLiteral("before"); // before, after
    QString mediaType;                        // image/jpeg, image/png
    int width = 0, height = 0;
    QString sha256;
    QByteArray content;
    QDate sessionDate; // filled when read
    QDateTime recordedAt;
};

// One line of a lot's trace: who received how much of it, when and where.
struct LotTraceRow
{
    qint64 lotId = 0, productId = 0;
    QString lotNumber, productName;
    qint64 patientId = 0;
    QString familyName, givenNames;
    QDate birthDate;
    qint64 sessionId = 0;
    QDate performedOn;
    QString area;
    double volumeMl = 0;
};

} // namespace meso::records
