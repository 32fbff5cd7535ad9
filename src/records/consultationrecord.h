#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace meso::records {

// A consultation as stored: the intake (the headless contract's JSON, as text) and its state. A
// draft can change; a signed consultation never does: a correction is a new consultation that
// amends it (amendsId), and both are kept.
struct ConsultationRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    QDate date;
    QString status = QStringLiteral("draft"); // draft, signed
    QString intake;                           // JSON object
    qint64 amendsId = 0;                      // 0: amends nothing
    int rowVersion = 0;
    QDateTime createdAt, signedAt;

    bool signedOff() const { return status == QLatin1String("signed"); }
    friend bool operator==(const ConsultationRecord &, const ConsultationRecord &) = default;
};

} // namespace meso::records
