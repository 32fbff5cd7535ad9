#include "patientrepository.h"

#include "database.h"
#include "statement.h"

#include <QStringList>

namespace meso::store {

namespace {

const QString kColumns = QStringLiteral(
    "id, family_name, given_names, birth_date, sex, phone, email, notes, archived, row_version");

PatientRecord readPatient(const Statement &s)
{
    PatientRecord p;
    p.id = s.integer(0);
    p.familyName = s.text(1);
    p.givenNames = s.text(2);
    p.birthDate = QDate::fromString(s.text(3), Qt::ISODate);
    p.sex = s.text(4);
    p.phone = s.text(5);
    p.email = s.text(6);
    p.notes = s.text(7);
    p.archived = s.integer(8) != 0;
    p.rowVersion = static_cast<int>(s.integer(9));
    return p;
}

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

} // namespace

QString PatientRepository::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c.toCaseFolded();
    }
    return out.simplified();
}

QString PatientRepository::searchKey(const PatientRecord &p)
{
    QString digits;
    for (const QChar c : p.phone) {
        if (c.isDigit())
            digits += c;
    }
    return fold(QStringList{p.familyName, p.givenNames, p.birthDate.toString(Qt::ISODate),
                            p.birthDate.toString(QStringLiteral("dd/MM/yyyy")), digits}
                    .join(QLatin1Char(' ')));
}

qint64 PatientRepository::insert(const PatientRecord &p, qint64 createdBy, const QDateTime &now)
{
    const QString stamp = now.toUTC().toString(Qt::ISODateWithMs);
    Statement s(m_db.connection(),
                QStringLiteral("INSERT INTO patients (family_name, given_names, birth_date, sex, "
                               "phone, email, notes, search_key, archived, created_by, created_at, "
                               "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    s.bind(p.familyName).bind(p.givenNames).bind(p.birthDate.toString(Qt::ISODate));
    s.bind(p.sex.isEmpty() ? QVariant() : QVariant(p.sex));
    s.bind(p.phone).bind(p.email).bind(p.notes).bind(searchKey(p)).bind(p.archived);
    s.bind(createdBy).bind(stamp).bind(stamp);
    s.exec();
    return s.lastInsertId().toLongLong();
}

std::optional<PatientRecord> PatientRepository::find(qint64 id) const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT %1 FROM patients WHERE id = ?").arg(kColumns));
    s.bind(id).exec();
    if (!s.next())
        return std::nullopt;
    return readPatient(s);
}

std::vector<PatientRecord> PatientRepository::search(const QString &text, int limit,
                                                     bool includeArchived) const
{
    const QStringList words = fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString sql = QStringLiteral("SELECT %1 FROM patients WHERE 1 = 1").arg(kColumns);
    if (!includeArchived)
        sql += QStringLiteral(" AND archived = 0");
    for (int i = 0; i < words.size(); ++i)
        sql += QStringLiteral(" AND search_key LIKE ? ESCAPE '\\'");
    sql += QStringLiteral(" ORDER BY family_name, given_names, id LIMIT ?");
    Statement s(m_db.connection(), sql);
    for (const QString &w : words)
        s.bind(QStringLiteral("%") + escapeLike(w) + QStringLiteral("%"));
    s.bind(limit).exec();
    std::vector<PatientRecord> out;
    while (s.next())
        out.push_back(readPatient(s));
    return out;
}

qint64 PatientRepository::count() const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT count(*) FROM patients WHERE archived = 0"));
    s.exec();
    s.next();
    return s.integer(0);
}

} // namespace meso::store
