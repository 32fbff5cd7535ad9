#pragma once

#include "actinguser.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <vector>

namespace meso::store {
class Database;
}

namespace meso::clinic {

// How a CSV file from the clinic's previous software is read.
struct PatientImportOptions
{
    // Column header -> patient field (PatientImportService::fields()), over the headers
    // recognised by their names ("Nom", "Prénom", "Date de naissance", "Last name", ...); an
    // empty field ignores the column.
    std::map<QString, QString> columns;
    bool dryRun = false;  // check every line, write nothing
    bool skipBad = false; // import the valid lines and report the others
};

// What an import read, found and did.
struct PatientImportReport
{
    QString encoding;                   // "UTF-8" or "Windows-1252"
    QChar separator;                    // ';' or ','
    std::map<QString, QString> columns; // header -> field, as read
    QStringList ignoredColumns;         // headers that are no field
    int lines = 0;                      // patients' lines read (the header not counted)
    struct Problem
    {
        int line = 0; // in the file: the header is line 1
        QString field, message;
    };
    std::vector<Problem> problems; // lines not valid: not imported
    // Lines naming a patient already in the clinic or on an earlier line (the same family name,
    // given names and birth date, letter case and accents aside): reported, never merged, never
    // imported.
    struct Duplicate
    {
        int line = 0;
        QString name;
        QDate birthDate;
        qint64 existingId = 0; // the patient already in the clinic, or
        int sameAsLine = 0;    // the earlier line of the file
    };
    std::vector<Duplicate> duplicates;
    bool written = false;           // false on a dry run, and when a bad line stopped the import
    std::vector<qint64> patientIds; // the patients created, in the file's order
};

// Imports patients from the CSV file of the clinic's previous software: UTF-8 or Windows-1252,
// separated by ';' or ',', birth dates as DD/MM/YYYY or YYYY-MM-DD. Every line is checked as the
// patient form checks it; nothing is written unless every line is valid (or skipBad), and then
// all of them in one transaction with one `patient.import` audit row per patient. Administrators
// only (PermissionError).
class PatientImportService
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::PatientImportService)
public:
    explicit PatientImportService(const store::Database &db);

    // Throws ValidationError for what stops the whole file: no header, a field without a column
    // ("csv.columns"), a mapping naming no field or no column ("map"). Bad lines are reported.
    // `progress` is told how many lines are done, while checking and then while writing.
    PatientImportReport import(const ActingUser &user, const QByteArray &csv,
                               const PatientImportOptions &options,
                               const std::function<void(int done, int total)> &progress = {});

    // The fields a column can fill: family_name, given_names, birth_date (required), sex,
    // phone, email, notes.
    static QStringList fields();
    // The field a column of this name fills when no mapping says otherwise ("Date de naissance":
    // birth_date), or empty.
    static QString recognisedField(const QString &header);

private:
    const store::Database &m_db;
};

} // namespace meso::clinic
