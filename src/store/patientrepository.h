#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace meso::store {

class Database;

struct PatientRecord
{
    qint64 id = 0;
    QString familyName, givenNames;
    QDate birthDate;
    QString sex; // female, male, other or empty
    QString phone, email, notes;
    bool archived = false;
    int rowVersion = 0;
};

// Patients table. Writers must run inside a WriteTransaction.
class PatientRepository
{
public:
    explicit PatientRepository(const Database &db) : m_db(db) {}

    qint64 insert(const PatientRecord &p, qint64 createdBy, const QDateTime &now);
    std::optional<PatientRecord> find(qint64 id) const;
    // Patients whose name, birth date or phone contains every word of `text`, accent- and
    // case-insensitively; archived ones only when asked.
    std::vector<PatientRecord> search(const QString &text, int limit, bool includeArchived = false) const;
    qint64 count() const;

    // The accent- and case-folded text the search matches against.
    static QString searchKey(const PatientRecord &p);
    static QString fold(const QString &text);

private:
    const Database &m_db;
};

} // namespace meso::store
