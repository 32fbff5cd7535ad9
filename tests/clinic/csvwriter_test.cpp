// CSV as MesoPlan writes it: plain for programs, laid out for a spreadsheet (byte order mark, the
// separator chosen), formulas never run, and read back field for field.

#include "clinic/csvreader.h"
#include "clinic/csvwriter.h"

#include <catch2/catch.hpp>

#include <QLocale>

using namespace meso;

TEST_CASE("CSV is written for a program or for a French or English spreadsheet, read back whole",
          "[clinic][csv]")
{
    const QStringList fields = {QStringLiteral("Hélène; \"Lena\""), QStringLiteral("1,5 mL"),
                                QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("line\nbreak"),
                                QStringLiteral("+33612345678")};
    // For a program: commas, no byte order mark; a comma inside a field is quoted, a semicolon not.
    const clinic::CsvFormat plain;
    CHECK(plain.start().isEmpty());
    const QByteArray line = clinic::csvLine(fields, plain, 4);
    CHECK(line.startsWith("\"Hélène; \"\"Lena\"\"\",\"1,5 mL\","));
    CHECK(line.endsWith(",+33612345678\r\n")); // the phone column keeps its +
    // For a French spreadsheet: semicolons, the byte order mark.
    const auto french = clinic::CsvFormat::forSpreadsheet(QLatin1Char(';'));
    CHECK(french.start() == QByteArray("\xEF\xBB\xBF"));
    const QByteArray frenchLine = clinic::csvLine(fields, french);
    CHECK(frenchLine.startsWith("\"Hélène; \"\"Lena\"\"\";1,5 mL;"));
    // Decimals as a French spreadsheet reads numbers; with commas, as an English one does.
    CHECK(clinic::csvLine(
              {QStringLiteral("12.50"), QStringLiteral("-0.1250"), QStringLiteral("2026-12-07")},
              french) == QByteArray("12,50;-0,1250;2026-12-07\r\n"));
    CHECK(clinic::csvLine({QStringLiteral("12.50")}, clinic::CsvFormat::forSpreadsheet(QLatin1Char(
                                                         ','))) == QByteArray("12.50\r\n"));
    CHECK(clinic::csvLine({QStringLiteral("12.50")}, plain) == QByteArray("12.50\r\n"));
    for (const auto &[format, bytes] : {std::pair{plain, line}, std::pair{french, frenchLine}}) {
        const auto records = clinic::readCsv(QString::fromUtf8(bytes), format.separator);
        REQUIRE(records.size() == 1);
        REQUIRE(records[0].fields.size() == fields.size());
        CHECK(records[0].fields[0] == fields[0]);
        CHECK(records[0].fields[1] == fields[1]);
        // A formula is made plain text; the rest as written.
        CHECK(records[0].fields[2] == QLatin1Char('\'') + fields[2]);
        CHECK(records[0].fields[3] == fields[3]);
    }
    // The phone column is written as it is only when it is a number; a formula there is guarded.
    CHECK(clinic::csvLine({QStringLiteral("=1+1")}, plain, 0) == QByteArray("\"'=1+1\"\r\n"));
    CHECK(clinic::csvField(QStringLiteral("+33 6"), QLatin1Char(';')) ==
          QStringLiteral("\"'+33 6\""));

    // The locale's separator: a semicolon where decimals take a comma.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    CHECK(clinic::CsvFormat::localeSeparator() == QLatin1Char(';'));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(clinic::CsvFormat::localeSeparator() == QLatin1Char(','));
    QLocale::setDefault(before);
}
