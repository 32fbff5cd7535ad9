#include "patientrepository.h"

#include "database.h"
#include "statement.h"

#include <QStringList>

#include <unicode/translit.h>

#include <algorithm>
#include <memory>

namespace meso::store {

namespace {

const QString kColumns = QStringLiteral("patients.id, family_name, given_names, birth_date, sex, "
                                        "phone, email, notes, archived, row_version, "
                                        "reminder_consent_on, language, address");

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
    p.reminderConsentOn = QDate::fromString(s.text(10), Qt::ISODate);
    p.language = s.text(11);
    p.address = s.text(12);
    return p;
}

// The smallest string greater than every string that starts with `prefix`.
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    const QChar last = end.back();
    if (last.isSurrogate() || last.unicode() == 0xFFFF)
        end += QChar(0xFFFF);
    else
        end.back() = QChar(last.unicode() + 1);
    return end;
}

} // namespace

QString PatientRepository::fold(const QString &text)
{
    // ASCII, the most names and every query typed on a French keyboard without accents: only
    // lower-cased.
    const bool ascii =
        std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return text.toLower().simplified();
    // The rest through ICU: every script to Latin, Latin to ASCII ("œ" is "oe", "æ" "ae", "ß"
    // "ss", "ø" "o", "ł" "l"), lower case. One transliterator per thread: building it parses
    // the rules (milliseconds); using it is not safe across threads.
    thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            t.reset();
        return t;
    }();
    QString folded = text;
    if (transliterator) {
        icu::UnicodeString u(reinterpret_cast<const UChar *>(text.utf16()),
                             static_cast<int32_t>(text.size()));
        transliterator->transliterate(u);
        folded = QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
    }
    // What the transliterator leaves (or all of it, were ICU's data missing): accents dropped
    // after decomposition, case folded.
    const QString decomposed = folded.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c.toCaseFolded();
    }
    return out.simplified();
}

std::vector<std::pair<qint64, QString>> PatientRepository::phones() const
{
    Statement all(m_db.connection(),
                  QStringLiteral("SELECT id, phone FROM patients WHERE phone <> '' ORDER BY id"));
    all.exec();
    std::vector<std::pair<qint64, QString>> out;
    while (all.next())
        out.emplace_back(all.integer(0), all.text(1));
    return out;
}

QString PatientRepository::sortKey(const PatientRecord &p)
{
    return fold(p.familyName + QLatin1Char(' ') + p.givenNames + QLatin1Char(' ') +
                p.birthDate.toString(Qt::ISODate));
}

QStringList PatientRepository::searchTerms(const PatientRecord &p)
{
    QStringList terms;
    auto suffixes = [&terms](const QString &word, int shortest) {
        for (int i = 0; i + shortest <= word.size(); ++i)
            terms << word.mid(i);
    };
    for (const QString &word : fold(p.familyName + QLatin1Char(' ') + p.givenNames)
                                   .split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        suffixes(word, 1);
        // "obrien" finds O'Brien, "lefevredurand" Lefèvre-Durand.
        QString letters = word;
        letters.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
        if (letters != word)
            suffixes(letters, 1);
    }
    // Dates are typed from their start: "1979", "1979-07", "02/07", "02/07/19".
    terms << p.birthDate.toString(Qt::ISODate)
          << p.birthDate.toString(QStringLiteral("dd/MM/yyyy"));
    QString digits;
    for (const QChar c : p.phone) {
        if (c.isDigit())
            digits += c;
    }
    suffixes(digits, 3);
    terms.removeDuplicates();
    return terms;
}

void PatientRepository::writeSearchTerms(qint64 id, const PatientRecord &p)
{
    Statement remove(m_db.connection(),
                     QStringLiteral("DELETE FROM patient_search_terms WHERE patient_id = ?"));
    remove.bind(id).exec();
    // A patient has 20 to 40 terms (every suffix of the names and of the phone's digits). On a
    // clinic server each statement is a round trip (one per term made a patient's save 5 to 7
    // times SQLite's): one multi-row INSERT per 32 terms there, chunks of a fixed size keeping
    // the statements a connection prepares to a few. SQLite runs its one-row statement, prepared
    // once, faster than a multi-row one (measured: 0.65 against 1.0 ms a save without audit).
    const qsizetype perInsert = m_db.isServer() ? 32 : 1;
    const QStringList terms = searchTerms(p);
    for (qsizetype from = 0; from < terms.size(); from += perInsert) {
        const qsizetype count = std::min(perInsert, terms.size() - from);
        Statement add(
            m_db.connection(),
            QStringLiteral("INSERT INTO patient_search_terms (term, patient_id) VALUES ") +
                valueRows(count, 2));
        for (qsizetype i = from; i < from + count; ++i)
            add.bind(terms[i]).bind(id);
        add.exec();
    }
}

void PatientRepository::rebuildSearchTerms()
{
    // Only the columns the terms are made of: schema step 2 runs this on a version 1 table,
    // which has none of the columns later steps added (kColumns is the latest schema's).
    Statement all(m_db.connection(),
                  QStringLiteral("SELECT id, family_name, given_names, birth_date, phone "
                                 "FROM patients"));
    all.exec();
    std::vector<PatientRecord> patients;
    while (all.next()) {
        PatientRecord p;
        p.id = all.integer(0);
        p.familyName = all.text(1);
        p.givenNames = all.text(2);
        p.birthDate = QDate::fromString(all.text(3), Qt::ISODate);
        p.phone = all.text(4);
        patients.push_back(std::move(p));
    }
    // The terms table is empty here (created by step 2, emptied by step 15): one insert
    // statement for all.
    Statement key(m_db.connection(),
                  QStringLiteral("UPDATE patients SET search_key = ? WHERE id = ?"));
    Statement add(
        m_db.connection(),
        QStringLiteral("INSERT INTO patient_search_terms (term, patient_id) VALUES (?, ?)"));
    for (const auto &p : patients) {
        key.bind(sortKey(p)).bind(p.id).exec();
        for (const QString &term : searchTerms(p))
            add.bind(term).bind(p.id).exec();
    }
}

// Binds, in this order, the columns insert and update both write: family_name, given_names,
// birth_date, sex, phone, email, notes, search_key, archived, reminder_consent_on, language,
// address.
void PatientRepository::bindFields(Statement &s, const PatientRecord &p)
{
    s.bind(p.familyName).bind(p.givenNames).bind(p.birthDate.toString(Qt::ISODate));
    s.bind(p.sex.isEmpty() ? QVariant() : QVariant(p.sex));
    s.bind(p.phone).bind(p.email).bind(p.notes).bind(sortKey(p)).bind(p.archived);
    s.bind(p.reminderConsentOn.isValid() ? QVariant(p.reminderConsentOn.toString(Qt::ISODate))
                                         : QVariant());
    s.bind(p.language.isEmpty() ? QVariant() : QVariant(p.language));
    s.bind(p.address);
}

qint64 PatientRepository::insert(const PatientRecord &p, qint64 createdBy, const QDateTime &now)
{
    const QString stamp = now.toUTC().toString(Qt::ISODateWithMs);
    Statement s(
        m_db.connection(),
        QStringLiteral("INSERT INTO patients (family_name, given_names, birth_date, sex, "
                       "phone, email, notes, search_key, archived, reminder_consent_on, language, "
                       "address, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindFields(s, p);
    s.bind(createdBy).bind(stamp).bind(stamp);
    const qint64 id = s.insert();
    writeSearchTerms(id, p);
    return id;
}

bool PatientRepository::update(const PatientRecord &p, const QDateTime &now)
{
    const QString set = QStringLiteral(
        "UPDATE patients SET family_name = ?, given_names = ?, birth_date = ?, sex = ?, "
        "phone = ?, email = ?, notes = ?, search_key = ?, archived = ?, "
        "reminder_consent_on = ?, language = ?, address = ?, row_version = row_version + 1, "
        "updated_at = ? "
        "WHERE id = ? AND row_version = ?");
    const QString stamp = now.toUTC().toString(Qt::ISODateWithMs);
    if (m_db.isServer()) {
        // Each statement is a round trip on a server: the row and its search terms in one. The
        // terms go as one text the server splits (a unit separator, which folded text never
        // holds): the patient's terms not among them are removed, the new ones added, the others
        // stay. Nothing is touched when the row version is not the one read.
        Statement s(
            m_db.connection(),
            QStringLiteral("WITH changed AS (%1 RETURNING id), gone AS (DELETE FROM "
                           "patient_search_terms WHERE patient_id IN (SELECT id FROM changed) AND "
                           "term <> ALL (string_to_array(?, chr(31)))), added AS (INSERT INTO "
                           "patient_search_terms (term, patient_id) SELECT t, changed.id FROM "
                           "changed, unnest(string_to_array(?, chr(31))) t ON CONFLICT DO NOTHING) "
                           "SELECT count(*) FROM changed")
                .arg(set));
        bindFields(s, p);
        const QString terms = searchTerms(p).join(QChar(0x1f));
        s.bind(stamp).bind(p.id).bind(p.rowVersion).bind(terms).bind(terms).exec();
        return s.next() && s.integer(0) == 1;
    }
    Statement s(m_db.connection(), set);
    bindFields(s, p);
    s.bind(stamp).bind(p.id).bind(p.rowVersion);
    s.exec();
    if (s.rowsAffected() != 1)
        return false;
    writeSearchTerms(p.id, p);
    return true;
}

bool PatientRepository::setArchived(qint64 id, int rowVersion, bool archived, const QDateTime &now)
{
    Statement s(
        m_db.connection(),
        QStringLiteral(
            "UPDATE patients SET archived = ?, row_version = row_version + 1, updated_at = ? "
            "WHERE id = ? AND row_version = ?"));
    s.bind(archived).bind(now.toUTC().toString(Qt::ISODateWithMs)).bind(id).bind(rowVersion);
    s.exec();
    return s.rowsAffected() == 1;
}

std::optional<PatientRecord> PatientRepository::find(qint64 id) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM patients WHERE id = ?").arg(kColumns));
    s.bind(id).exec();
    if (!s.next())
        return std::nullopt;
    return readPatient(s);
}

namespace {

// How a search's rows are found. Each word of the text is a range of search terms, and how many
// terms the range holds (counted up to kBroadWord) decides how it is checked:
// - when a word is selective (fewer than kSelectiveWord terms: "muller", "12/03"), the search
//   starts from the patients found by it and by every other word that is not broad (INTERSECT
//   of their terms' patients: a few thousand rows at most) and sorts those;
// - otherwise the list is walked in name order, which finds the first page at once instead of
//   collecting half the clinic first: a middle word's patients are collected first and looked
//   up as the list is walked (IN);
// - a broad word ("m", "19") is looked up in each candidate patient's terms (EXISTS: an index
//   seek).
// The thresholds were chosen by timing each form on the benchmark's clinic of 100,000 patients
// (bench/patient_search_bench.cpp, docs/performance.md).
struct SearchFrom
{
    QString sql; // FROM ... WHERE ..., without ORDER BY
    QVariantList values;
};

SearchFrom searchFrom(const QString &text, bool includeArchived,
                      const PatientRepository::TermCounter &termsIn)
{
    const QStringList words =
        PatientRepository::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::vector<qint64> terms;
    for (const QString &w : words)
        terms.push_back(termsIn(w, prefixEnd(w)));
    const bool driven = std::any_of(terms.begin(), terms.end(),
                                    [](qint64 n) { return n < PatientRepository::kSelectiveWord; });
    auto collected = [&](qsizetype i) {
        return driven && terms[i] < PatientRepository::kBroadWord;
    };
    SearchFrom f;
    if (driven) {
        QStringList found;
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (!collected(i))
                continue;
            found << QStringLiteral(
                "SELECT patient_id FROM patient_search_terms WHERE term >= ? AND term < ?");
            f.values << words[i] << prefixEnd(words[i]);
        }
        // INTERSECT gives each patient once; a single word's patients need DISTINCT.
        if (found.size() == 1)
            found.front().replace(QStringLiteral("SELECT"), QStringLiteral("SELECT DISTINCT"));
        f.sql = QStringLiteral("FROM (%1) AS found CROSS JOIN patients "
                               "WHERE patients.id = found.patient_id")
                    .arg(found.join(QStringLiteral(" INTERSECT ")));
    } else {
        f.sql = QStringLiteral("FROM patients WHERE 1 = 1");
    }
    if (!includeArchived)
        f.sql += QStringLiteral(" AND archived = 0");
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (collected(i))
            continue;
        if (!driven && terms[i] < PatientRepository::kBroadWord)
            f.sql += QStringLiteral(" AND patients.id IN (SELECT patient_id FROM "
                                    "patient_search_terms WHERE term >= ? AND term < ?)");
        else
            f.sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM patient_search_terms t WHERE "
                                    "t.patient_id = patients.id AND t.term >= ? AND t.term < ?)");
        f.values << words[i] << prefixEnd(words[i]);
    }
    return f;
}

} // namespace

const QString &PatientRepository::termCountSql()
{
    static const QString sql =
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM patient_search_terms "
                       "WHERE term >= ? AND term < ? LIMIT ?) AS sample");
    return sql;
}

PatientRepository::SearchQuery
PatientRepository::searchQuery(const QString &text, int limit, bool includeArchived,
                               const std::optional<PatientCursor> &after,
                               const TermCounter &termsIn)
{
    const SearchFrom f = searchFrom(text, includeArchived, termsIn);
    SearchQuery q{QStringLiteral("SELECT %1 %2").arg(kColumns, f.sql), f.values};
    if (after) {
        q.sql += QStringLiteral(" AND (search_key > ? OR (search_key = ? AND patients.id > ?))");
        q.values << after->sortKey << after->sortKey << after->id;
    }
    q.sql += QStringLiteral(" ORDER BY search_key, patients.id LIMIT ?");
    q.values << limit;
    return q;
}

PatientRepository::SearchQuery PatientRepository::countQuery(const QString &text,
                                                             bool includeArchived, qint64 atMost,
                                                             const TermCounter &termsIn)
{
    const SearchFrom f = searchFrom(text, includeArchived, termsIn);
    SearchQuery q{
        QStringLiteral("SELECT count(*) FROM (SELECT 1 %1 LIMIT ?) AS counted").arg(f.sql),
        f.values};
    q.values << atMost;
    return q;
}

PatientRepository::TermCounter PatientRepository::termCounter() const
{
    return [this](const QString &from, const QString &to) {
        Statement s(m_db.connection(), termCountSql());
        s.bind(from).bind(to).bind(kBroadWord).exec();
        s.next();
        return s.integer(0);
    };
}

std::vector<PatientRecord>
PatientRepository::search(const QString &text, int limit, bool includeArchived,
                          const std::optional<PatientCursor> &after) const
{
    const SearchQuery q = searchQuery(text, limit, includeArchived, after, termCounter());
    Statement s(m_db.connection(), q.sql);
    for (const QVariant &v : q.values)
        s.bind(v);
    s.exec();
    std::vector<PatientRecord> out;
    while (s.next())
        out.push_back(readPatient(s));
    return out;
}

qint64 PatientRepository::countMatching(const QString &text, bool includeArchived,
                                        qint64 atMost) const
{
    const SearchQuery q = countQuery(text, includeArchived, atMost, termCounter());
    Statement s(m_db.connection(), q.sql);
    for (const QVariant &v : q.values)
        s.bind(v);
    s.exec();
    s.next();
    return s.integer(0);
}

qint64 PatientRepository::count() const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT count(*) FROM patients WHERE archived = 0"));
    s.exec();
    s.next();
    return s.integer(0);
}

std::optional<qint64> PatientRepository::findSameIdentity(const PatientRecord &p) const
{
    Statement s(
        m_db.connection(),
        QStringLiteral("SELECT id FROM patients WHERE archived IN (0, 1) AND search_key = ? "
                       "ORDER BY id LIMIT 1"));
    s.bind(sortKey(p)).exec();
    if (!s.next())
        return std::nullopt;
    return s.integer(0);
}

bool PatientRepository::isAnonymised(qint64 id) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT 1 FROM anonymisations WHERE patient_id = ?"));
    s.bind(id).exec();
    return s.next();
}

void PatientRepository::markAnonymised(qint64 id, qint64 by, const QString &reason,
                                       const QDateTime &now)
{
    Statement s(m_db.connection(),
                QStringLiteral("INSERT INTO anonymisations (patient_id, anonymised_at, "
                               "anonymised_by, reason) VALUES (?, ?, ?, ?)"));
    s.bind(id).bind(timestamp(now)).bind(by).bind(reason).exec();
}

} // namespace meso::store
