#include "csvfile.h"

#include <QCoreApplication>
#include <QFileDialog>

#include <utility>
#include <vector>

namespace meso::ui {

CsvFile askCsvFile(QWidget *parent, const QString &title, const QString &suggestedName,
                   bool forPrograms)
{
    const auto translated = [](const char *text) {
        return QCoreApplication::translate("CsvFile", text);
    };
    std::vector<std::pair<QString, clinic::CsvFormat>> types = {
        {translated(QT_TRANSLATE_NOOP("CsvFile",
                                      "CSV for a spreadsheet, separated by semicolons (*.csv)")),
         clinic::CsvFormat::forSpreadsheet(QLatin1Char(';'))},
        {translated(
             QT_TRANSLATE_NOOP("CsvFile", "CSV for a spreadsheet, separated by commas (*.csv)")),
         clinic::CsvFormat::forSpreadsheet(QLatin1Char(','))},
    };
    if (clinic::CsvFormat::localeSeparator() == QLatin1Char(','))
        std::swap(types[0], types[1]);
    if (forPrograms)
        types.push_back(
            {translated(QT_TRANSLATE_NOOP(
                 "CsvFile", "Plain CSV for another program: commas, no byte order mark (*.csv)")),
             clinic::CsvFormat{}});
    QStringList filters;
    for (const auto &[filter, format] : types)
        filters << filter;
    QString chosen = filters.front();
    const QString path = QFileDialog::getSaveFileName(parent, title, suggestedName,
                                                      filters.join(QStringLiteral(";;")), &chosen);
    for (const auto &[filter, format] : types) {
        if (filter == chosen)
            return {path, format};
    }
    return {path, types.front().second};
}

} // namespace meso::ui
