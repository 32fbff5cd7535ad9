#pragma once

#include "clinic/csvwriter.h"

#include <QString>

class QWidget;

namespace meso::ui {

// Where to save a CSV file, and how: the save dialog's file types are the layouts. For a
// spreadsheet, semicolons or commas (both with the byte order mark that keeps the accents); the
// locale's choice comes first (semicolons where decimals are written with a comma, as in French,
// since a spreadsheet there opens a comma-separated file in one column). `forPrograms` adds
// plain CSV (commas, no byte order mark), what an SMS service's upload reads.
struct CsvFile
{
    QString path; // empty: cancelled
    clinic::CsvFormat format;
};
CsvFile askCsvFile(QWidget *parent, const QString &title, const QString &suggestedName,
                   bool forPrograms = false);

// What a CSV for a spreadsheet is written as when nothing else is chosen (the tests).
inline clinic::CsvFormat spreadsheetCsv()
{
    return clinic::CsvFormat::forSpreadsheet(clinic::CsvFormat::localeSeparator());
}

} // namespace meso::ui
