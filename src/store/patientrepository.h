#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <QVariantList>

#include <functional>
#include <optional>
#include <vector>

#include "records/patientrecord.h"

namespace meso::store {

using records::PatientCursor;
using records::PatientRecord;

class Database;
class Statement;

// Patients table. Writers must run inside a WriteTransaction.
class PatientRepository
{
public:
    explicit PatientRepository(const Database &db) : m_db(db) {}

    qint64 insert(const PatientRecord &p, qint64 createdBy, const QDateTime &now);
    // Saves a changed patient if nobody changed it since it was read (its rowVersion); returns
    // false, changing nothing, when someone did.
    bool update(const PatientRecord &p, const QDateTime &now);
    bool setArchived(qint64 id, int rowVersion, bool archived, const QDateTime &now);
    std::optional<PatientRecord> find(qint64 id) const;
    // Every patient's phone number as stored (those with one), by id.
    std::vector<std::pair<qint64, QString>> phones() const;
    // Patients in name order whose name, birth date or phone contain every word of `text`,
    // accent- and case-insensitively (an indexed query: see patient_search_terms), after
    // `after` when given; archived ones only when asked.
    std::vector<PatientRecord>
    search(const QString &text, int limit, bool includeArchived = false,
           const std::optional<PatientCursor> &after = std::nullopt) const;
    // How many patients the search finds, counting at most `atMost` (counting a whole clinic
    // on every keystroke would not be instant).
    qint64 countMatching(const QString &text, bool includeArchived = false,
                         qint64 atMost = 1000) const;
    qint64 count() const;
    // A patient with the same names and birth date as `p` (its sortKey: letter case and accents
    // aside), archived or not: the first one, if any.
    std::optional<qint64> findSameIdentity(const PatientRecord &p) const;
    // Anonymisation (PrivacyService): the record stays, its identity is gone and it cannot be
    // edited again.
    bool isAnonymised(qint64 id) const;
    void markAnonymised(qint64 id, qint64 by, const QString &reason, const QDateTime &now);
    // Writes every patient's sort key and search terms into an empty terms table (the schema
    // steps that added them, 2, and that changed their folding, 15).
    void rebuildSearchTerms();

    static PatientCursor cursorOf(const PatientRecord &p) { return {sortKey(p), p.id}; }
    // The accent- and case-folded text the list is sorted by.
    static QString sortKey(const PatientRecord &p);
    // The terms a patient is found by: every suffix of each word of the names (also without
    // its punctuation) and of the phone's digits, and the birth date (ISO and dd/MM/yyyy). A
    // search word matches a patient when it starts one of them: when it occurs anywhere in a
    // name or the phone number, or starts the date.
    static QStringList searchTerms(const PatientRecord &p);
    // The one folding of search and sorting, for the terms and for what is typed: any script
    // to lower-case ASCII ("Cœur" and "coeur", "Lætitia" and "laetitia", "Łukasz" and "lukasz",
    // "Straße" and "strasse" are the same). Changing it needs a schema step that rebuilds the
    // terms (step 15).
    static QString fold(const QString &text);

    // The SQL a search runs, as a function of the text and of how many search terms each word's
    // range [from, to) holds (termsIn, counted up to kBroadWord with termCountSql), so that the
    // benchmark runs exactly these queries through the sqlite3 C API as well.
    struct SearchQuery
    {
        QString sql;
        QVariantList values;
    };
    using TermCounter = std::function<qint64(const QString &from, const QString &to)>;
    // How words are told apart by their number of terms (see searchFrom in the .cpp).
    static constexpr qint64 kSelectiveWord = 3000;
    static constexpr qint64 kBroadWord = 12000;
    static const QString &termCountSql(); // values: from, to, kBroadWord
    static SearchQuery searchQuery(const QString &text, int limit, bool includeArchived,
                                   const std::optional<PatientCursor> &after,
                                   const TermCounter &termsIn);
    static SearchQuery countQuery(const QString &text, bool includeArchived, qint64 atMost,
                                  const TermCounter &termsIn);

private:
    TermCounter termCounter() const;
    static void bindFields(Statement &s, const PatientRecord &p);
    void writeSearchTerms(qint64 id, const PatientRecord &p);

    const Database &m_db;
};

} // namespace meso::store
