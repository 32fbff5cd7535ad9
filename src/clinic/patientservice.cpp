#include "patientservice.h"

#include "validationerror.h"

#include "store/database.h"
#include "store/transaction.h"

#include <QRegularExpression>

namespace meso::clinic {

void PatientService::validate(const store::PatientRecord &p, const QDate &today)
{
    if (p.familyName.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("patient.family_name"), QStringLiteral("required"));
    if (p.givenNames.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("patient.given_names"), QStringLiteral("required"));
    if (p.familyName.size() > 200 || p.givenNames.size() > 200)
        throw ValidationError(QStringLiteral("patient.family_name"), QStringLiteral("expected at most 200 characters"));
    if (!p.birthDate.isValid())
        throw ValidationError(QStringLiteral("patient.birth_date"), QStringLiteral("expected a date YYYY-MM-DD"));
    if (p.birthDate > today)
        throw ValidationError(QStringLiteral("patient.birth_date"), QStringLiteral("expected a date in the past"));
    if (p.birthDate < today.addYears(-130))
        throw ValidationError(QStringLiteral("patient.birth_date"), QStringLiteral("expected a date within the last 130 years"));
    if (!p.sex.isEmpty() && p.sex != QLatin1String("female") && p.sex != QLatin1String("male") &&
        p.sex != QLatin1String("other"))
        throw ValidationError(QStringLiteral("patient.sex"), QStringLiteral("expected female, male or other"));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ().-]{6,25}$"));
    if (!p.phone.isEmpty() && !phone.match(p.phone).hasMatch())
        throw ValidationError(QStringLiteral("patient.phone"),
                              QStringLiteral("expected digits, spaces and + ( ) . - only, 6 to 25 characters"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!p.email.isEmpty() && !email.match(p.email).hasMatch())
        throw ValidationError(QStringLiteral("patient.email"), QStringLiteral("expected an address such as name@example.org"));
}

qint64 PatientService::create(const ActingUser &user, const store::PatientRecord &patient)
{
    validate(patient, QDate::currentDate());
    store::WriteTransaction tx(m_db);
    const qint64 id = store::PatientRepository(m_db).insert(patient, user.id, QDateTime::currentDateTimeUtc());
    tx.commit();
    return id;
}

std::vector<store::PatientRecord> PatientService::search(const ActingUser &, const QString &text,
                                                         int limit) const
{
    return store::PatientRepository(m_db).search(text, limit);
}

qint64 PatientService::count(const ActingUser &) const
{
    return store::PatientRepository(m_db).count();
}

} // namespace meso::clinic
