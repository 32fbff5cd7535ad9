#include "patientimport.h"

#include "audit.h"
#include "csvreader.h"
#include "patientservice.h"
#include "permissions.h"
#include "validationerror.h"

#include "records/patientrecord.h"
#include "store/changefeed.h"
#include "store/patientrepository.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace meso::clinic {

namespace {

constexpr int kProgressEvery = 1000;

// A header as compared: letter case, accents, spaces and punctuation aside ("Date de
// naissance" -> "datedenaissance").
QString headerKey(const QString &header)
{
    QString key;
    for (const QChar c : store::PatientRepository::fold(header))
        if (c.isLetterOrNumber())
            key += c;
    return key;
}

// The headers other software names each field with, as headerKey() gives them.
const std::map<QString, QString> &knownHeaders()
{
    static const std::map<QString, QString> known = [] {
        const std::vector<std::pair<const char *, std::vector<const char *>>> names = {
            {"family_name",
             {"familyname", "nom", "nomdefamille", "nomdusage", "lastname", "surname"}},
            {"given_names", {"givennames", "givenname", "prenom", "prenoms", "firstname"}},
            {"birth_date",
             {"birthdate", "datedenaissance", "naissance", "dob", "dateofbirth", "nele", "nee",
              "neele"}},
            {"sex", {"sex", "sexe", "gender", "genre"}},
            {"phone", {"phone", "telephone", "tel", "mobile", "portable", "telephoneportable"}},
            {"email", {"email", "mail", "courriel", "adresseemail", "emailaddress"}},
            {"notes", {"notes", "note", "remarques", "commentaire", "commentaires", "comments"}},
            {"address",
             {"address", "adresse", "adressepostale", "postaladdress", "street", "rue", "voie"}},
            {"postcode", {"postcode", "codepostal", "cp", "zip", "zipcode", "postalcode"}},
            {"city", {"city", "ville", "commune", "localite", "town"}},
        };
        std::map<QString, QString> out;
        for (const auto &[field, headers] : names)
            for (const char *h : headers)
                out.emplace(QString::fromLatin1(h), QString::fromLatin1(field));
        return out;
    }();
    return known;
}

// DD/MM/YYYY (also with '-' or '.', one-digit day and month) or YYYY-MM-DD; invalid otherwise.
QDate readDate(const QString &text)
{
    static const QRegularExpression french(
        QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    if (const auto m = iso.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = french.match(text); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

// female, male, other, as other software and French forms write them; empty when not given.
QString readSex(const QString &text, bool &ok)
{
    const QString key = headerKey(text);
    ok = true;
    if (key.isEmpty())
        return {};
    for (const char *f : {"f", "female", "femme", "feminin", "w", "woman"})
        if (key == QLatin1String(f))
            return QStringLiteral("female");
    for (const char *m : {"m", "male", "homme", "masculin", "h", "man"})
        if (key == QLatin1String(m))
            return QStringLiteral("male");
    for (const char *o : {"other", "autre", "x", "o"})
        if (key == QLatin1String(o))
            return QStringLiteral("other");
    ok = false;
    return {};
}

} // namespace

PatientImportService::PatientImportService(const store::Database &db) : m_db(db) {}

QStringList PatientImportService::fields()
{
    return {QStringLiteral("family_name"), QStringLiteral("given_names"),
            QStringLiteral("birth_date"),  QStringLiteral("sex"),
            QStringLiteral("phone"),       QStringLiteral("email"),
            QStringLiteral("address"),     QStringLiteral("postcode"),
            QStringLiteral("city"),        QStringLiteral("notes")};
}

QString PatientImportService::recognisedField(const QString &header)
{
    const auto found = knownHeaders().find(headerKey(header));
    return found == knownHeaders().end() ? QString() : found->second;
}

PatientImportReport PatientImportService::import(const ActingUser &user, const QByteArray &csv,
                                                 const PatientImportOptions &options,
                                                 const std::function<void(int, int)> &progress)
{
    Permissions::require(user, Action::PatientImport);
    PatientImportReport report;
    const DecodedText decoded = decodeText(csv);
    report.encoding = decoded.encoding;
    report.separator = detectSeparator(decoded.text);
    int unterminated = 0;
    std::vector<CsvRecord> records = readCsv(decoded.text, report.separator, &unterminated);
    if (records.empty())
        throw ValidationError(QStringLiteral("csv"),
                              tr("expected a first line naming the columns, then a line per "
                                 "patient; the file is empty"));
    if (unterminated > 0)
        throw ValidationError(QStringLiteral("csv"),
                              tr("a quote opened on line %1 is never closed").arg(unterminated));

    // Which column fills which field: the --map first, then the headers recognised by name.
    const QStringList headers = records.front().fields;
    const QStringList known = fields();
    std::map<QString, int> columnOf; // field -> column index
    std::set<qsizetype> ignored;     // columns mapped to no field
    for (const auto &[header, field] : options.columns) {
        if (!field.isEmpty() && !known.contains(field))
            throw ValidationError(QStringLiteral("map"),
                                  tr("\"%1\" is not a patient field: expected one of %2")
                                      .arg(field, known.join(QStringLiteral(", "))));
        const qsizetype column = headers.indexOf(header);
        if (column < 0)
            throw ValidationError(QStringLiteral("map"),
                                  tr("the file has no column \"%1\": its columns are %2")
                                      .arg(header, headers.join(QStringLiteral(", "))));
        if (field.isEmpty())
            ignored.insert(column);
        else
            columnOf[field] = static_cast<int>(column);
    }
    for (qsizetype c = 0; c < headers.size(); ++c) {
        const bool mapped = std::any_of(columnOf.begin(), columnOf.end(),
                                        [c](const auto &f) { return f.second == c; });
        if (mapped)
            continue;
        const QString field = recognisedField(headers[c]);
        if (!ignored.contains(c) && !field.isEmpty() && !columnOf.contains(field))
            columnOf[field] = static_cast<int>(c);
        else
            report.ignoredColumns << headers[c];
    }
    for (const auto &[field, column] : columnOf)
        report.columns[headers[column]] = field;
    for (const char *required : {"family_name", "given_names", "birth_date"}) {
        const QString field = QString::fromLatin1(required);
        if (!columnOf.contains(field))
            throw ValidationError(
                QStringLiteral("csv.columns"),
                tr("expected a column for %1 (the file's columns are %2): name it with --map "
                   "COLUMN=%1")
                    .arg(field, headers.join(QStringLiteral(", "))));
    }

    // Every line read and checked as the patient form checks it, before anything is written.
    const store::PatientRepository repository(m_db);
    const QDate today = QDate::currentDate();
    const PhoneNumbers phones = clinicPhoneNumbers(m_db);
    std::map<QString, int> lineOfIdentity;
    std::vector<std::pair<int, records::PatientRecord>> valid;
    report.lines = static_cast<int>(records.size()) - 1;
    {
        store::ReadTransaction read(m_db);
        for (size_t r = 1; r < records.size(); ++r) {
            const CsvRecord &record = records[r];
            if (progress && r % kProgressEvery == 0)
                progress(static_cast<int>(r), report.lines);
            const auto text = [&](const char *field) {
                const auto c = columnOf.find(QString::fromLatin1(field));
                return c == columnOf.end() ? QString() : record.fields.value(c->second).trimmed();
            };
            records::PatientRecord p;
            p.familyName = text("family_name");
            p.givenNames = text("given_names");
            p.phone = text("phone");
            p.email = text("email");
            p.notes = text("notes");
            // Other software keeps the street, the postcode and the town apart: one address here,
            // the postcode and town on its last line as French letters write them.
            p.address =
                QStringList{
                    text("address"),
                    QStringList{text("postcode"), text("city")}.join(QLatin1Char(' ')).trimmed()}
                    .join(QLatin1Char('\n'));
            try {
                const QString birth = text("birth_date");
                p.birthDate = readDate(birth);
                if (!p.birthDate.isValid() && !birth.isEmpty())
                    throw ValidationError(
                        QStringLiteral("patient.birth_date"),
                        tr("expected DD/MM/YYYY or YYYY-MM-DD, got \"%1\"").arg(birth));
                bool sexOk = true;
                p.sex = readSex(text("sex"), sexOk);
                if (!sexOk)
                    throw ValidationError(QStringLiteral("patient.sex"),
                                          tr("expected F, M or other (femme, homme, autre), got "
                                             "\"%1\"")
                                              .arg(text("sex")));
                p = PatientService::validated(p, today, phones);
            } catch (const ValidationError &e) {
                report.problems.push_back({record.line, e.field(), e.message()});
                continue;
            }
            const QString identity = store::PatientRepository::sortKey(p);
            PatientImportReport::Duplicate duplicate{
                record.line, p.familyName + QLatin1Char(' ') + p.givenNames, p.birthDate, 0, 0};
            if (const auto earlier = lineOfIdentity.find(identity);
                earlier != lineOfIdentity.end()) {
                duplicate.sameAsLine = earlier->second;
                report.duplicates.push_back(duplicate);
                continue;
            }
            lineOfIdentity.emplace(identity, record.line);
            if (const auto existing = repository.findSameIdentity(p)) {
                duplicate.existingId = *existing;
                report.duplicates.push_back(duplicate);
                continue;
            }
            valid.emplace_back(record.line, std::move(p));
        }
    }
    if (options.dryRun || (!report.problems.empty() && !options.skipBad) || valid.empty()) {
        if (progress)
            progress(report.lines, report.lines);
        return report;
    }

    // All the valid lines in one transaction, each patient with its audit row.
    store::WriteTransaction tx(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store::PatientRepository patients(m_db);
    std::vector<std::pair<qint64, QString>> audited;
    audited.reserve(valid.size());
    for (size_t i = 0; i < valid.size(); ++i) {
        if (progress && i > 0 && i % kProgressEvery == 0)
            progress(static_cast<int>(i), static_cast<int>(valid.size()));
        const qint64 id = patients.insert(valid[i].second, user.id, now);
        report.patientIds.push_back(id);
        audited.emplace_back(id, QStringLiteral("line %1").arg(valid[i].first));
    }
    auditEach(m_db, user, QStringLiteral("patient.import"),
              QStringLiteral("import:%1").arg(store::timestamp(now)), audited);
    store::announceChange(m_db, store::topic::patients);
    tx.commit();
    report.written = true;
    if (progress)
        progress(static_cast<int>(valid.size()), static_cast<int>(valid.size()));
    return report;
}

} // namespace meso::clinic
