// Importing patients from the previous software's CSV file (issue 19): the encodings and
// separators French clinics' files come in, every bad line named with its line and field,
// nothing written unless every line is valid (or skipped on request), duplicates reported and
// never merged, and each patient audited.

#include "clinic/csvreader.h"
#include "clinic/patientimport.h"
#include "clinic/validationerror.h"
#include "clinicfixture.h"
#include "store/statement.h"

#include <catch2/catch.hpp>

using namespace meso;

namespace {

qint64 scalar(const store::Database &db, const QString &sql)
{
    store::Statement s(db.connection(), sql);
    s.exec();
    s.next();
    return s.integer(0);
}

qint64 patients(const test::ClinicFixture &f)
{
    return scalar(f.db->store(), QStringLiteral("SELECT count(*) FROM patients"));
}

clinic::PatientImportReport run(test::ClinicFixture &f, const QByteArray &csv,
                                const clinic::PatientImportOptions &options = {})
{
    return f.services.patientImport.import(f.admin, csv, options);
}

} // namespace

TEST_CASE("CSV records: quotes, separators inside them, line breaks and line numbers",
          "[clinic][import]")
{
    const QString text = QStringLiteral(
        "a;b;c\r\n\"x;1\";\"say \"\"hi\"\"\";\r\n\r\n\"two\nlines\";y;z\nlast;;\"\"\n");
    CHECK(clinic::detectSeparator(text) == QLatin1Char(';'));
    CHECK(clinic::detectSeparator(QStringLiteral("\"a;b;c\",d,e\n")) == QLatin1Char(','));
    int open = -1;
    const auto records = clinic::readCsv(text, QLatin1Char(';'), &open);
    CHECK(open == 0);
    REQUIRE(records.size() == 4);
    CHECK(records[0].line == 1);
    CHECK(records[1].line == 2);
    CHECK(records[1].fields ==
          QStringList{QStringLiteral("x;1"), QStringLiteral("say \"hi\""), QString()});
    CHECK(records[2].line == 4); // the empty line 3 is skipped
    CHECK(records[2].fields.front() == QStringLiteral("two\nlines"));
    CHECK(records[3].line == 6);
    CHECK(records[3].fields == QStringList{QStringLiteral("last"), QString(), QString()});
    clinic::readCsv(QStringLiteral("a\n\"open\n"), QLatin1Char(','), &open);
    CHECK(open == 2);
}

TEST_CASE("Text is read as UTF-8, with or without its mark, or else as Windows-1252",
          "[clinic][import]")
{
    const QString names = QStringLiteral("Lætitia Cœur, Hélène Œuvray – “Łukasik”");
    CHECK(clinic::decodeText(names.toUtf8()).text == names);
    CHECK(clinic::decodeText(names.toUtf8()).encoding == QStringLiteral("UTF-8"));
    CHECK(clinic::decodeText("\xEF\xBB\xBF" + names.toUtf8()).text == names);
    // The same French text as Windows saves it: æ 0xE6, œ 0x9C, Œ 0x8C, é 0xE9, – 0x96, “ ” 0x93
    // 0x94 (Ł has no Windows-1252 byte and is left out).
    const QByteArray windows("L\xE6titia C\x9C"
                             "ur, H\xE9l\xE8ne \x8Cuvray \x96 \x93Lukasik\x94");
    const clinic::DecodedText decoded = clinic::decodeText(windows);
    CHECK(decoded.encoding == QStringLiteral("Windows-1252"));
    CHECK(decoded.text == QStringLiteral("Lætitia Cœur, Hélène Œuvray – “Lukasik”"));
}

TEST_CASE("A French clinic's file is imported whole, each patient audited and found by search",
          "[clinic][import]")
{
    test::ClinicFixture f;
    // Its numbers are French, written without the country code.
    f.services.profile.setCountry(f.admin, QStringLiteral("FR"));
    const QByteArray csv =
        "\xEF\xBB\xBF" + // the byte order mark a spreadsheet writes
        QStringLiteral("Nom;Prénom;Date de naissance;Sexe;Téléphone;Courriel;"
                       "Dossier;Adresse;Code postal;Ville\r\n"
                       "Lefèvre;Hélène;12/03/1980;F;06 12 34 56 78;helene@example.org;A12;"
                       "14 rue des Lilas;69003;Lyon\r\n"
                       "Cœurdacier;Lætitia;1975-11-02;;;;A13;;;\r\n"
                       "\"O'Brien, Jr\";Siobhán;5/1/1990;femme;+33 6 01 02 03 04;;A14;;;Dublin\r\n")
            .toUtf8();
    const clinic::PatientImportReport r = run(f, csv);
    CHECK(r.encoding == QStringLiteral("UTF-8"));
    CHECK(r.separator == QLatin1Char(';'));
    CHECK(r.lines == 3);
    CHECK(r.problems.empty());
    CHECK(r.duplicates.empty());
    CHECK(r.written);
    REQUIRE(r.patientIds.size() == 3);
    CHECK(r.ignoredColumns == QStringList{QStringLiteral("Dossier")});
    CHECK(r.columns.at(QStringLiteral("Date de naissance")) == QStringLiteral("birth_date"));
    const auto helene = f.services.patients.find(f.admin, r.patientIds[0]);
    REQUIRE(helene);
    CHECK(helene->familyName == QStringLiteral("Lefèvre"));
    CHECK(helene->birthDate == QDate(1980, 3, 12));
    CHECK(helene->sex == QStringLiteral("female"));
    CHECK(helene->email == QStringLiteral("helene@example.org"));
    // The street, postcode and town columns make one address, as a French letter writes it.
    CHECK(helene->address == QStringLiteral("14 rue des Lilas\n69003 Lyon"));
    CHECK(r.columns.at(QStringLiteral("Code postal")) == QStringLiteral("postcode"));
    CHECK(helene->phone == QStringLiteral("+33612345678")); // E.164, by the clinic's country
    CHECK(f.services.patients.search(f.admin, QStringLiteral("0612345678"), 10).size() == 1);
    CHECK(f.services.patients.search(f.admin, QStringLiteral("laetitia coeur"), 10).size() == 1);
    const auto obrien = f.services.patients.find(f.admin, r.patientIds[2]);
    REQUIRE(obrien);
    CHECK(obrien->familyName == QStringLiteral("O'Brien, Jr"));
    CHECK(obrien->birthDate == QDate(1990, 1, 5));
    CHECK(obrien->address == QStringLiteral("Dublin"));
    CHECK(f.services.patients.find(f.admin, r.patientIds[1])->address.isEmpty());
    CHECK(f.services.patients.search(f.admin, QStringLiteral("lætitia cœur"), 10).size() == 1);
    CHECK(scalar(f.db->store(),
                 QStringLiteral("SELECT count(DISTINCT patient_id) FROM audit_log WHERE action = "
                                "'patient.import'")) == 3);
    CHECK(f.services.audit.verify(f.admin).problems.isEmpty());
}

TEST_CASE("Windows-1252 with commas and English headers, or any headers with a mapping",
          "[clinic][import]")
{
    test::ClinicFixture f;
    const QByteArray windows("Last name,First name,DOB\n"
                             "C\x9C"
                             "ur,L\xE6titia,1980-01-31\n");
    const auto r = run(f, windows);
    CHECK(r.encoding == QStringLiteral("Windows-1252"));
    CHECK(r.separator == QLatin1Char(','));
    REQUIRE(r.patientIds.size() == 1);
    CHECK(f.services.patients.find(f.admin, r.patientIds[0])->familyName == QStringLiteral("Cœur"));

    const QByteArray own("Patient,Forename,Born\nMartin,Léa,02/02/2002\n");
    // Unknown headers: the required fields are named, with the file's columns.
    try {
        run(f, own);
        FAIL("imported without a family name column");
    } catch (const clinic::ValidationError &e) {
        CHECK(e.field() == QStringLiteral("csv.columns"));
        CHECK(e.message().contains(QStringLiteral("family_name")));
        CHECK(e.message().contains(QStringLiteral("Patient, Forename, Born")));
    }
    clinic::PatientImportOptions mapped;
    mapped.columns = {{QStringLiteral("Patient"), QStringLiteral("family_name")},
                      {QStringLiteral("Forename"), QStringLiteral("given_names")},
                      {QStringLiteral("Born"), QStringLiteral("birth_date")}};
    CHECK(run(f, own, mapped).patientIds.size() == 1);
    mapped.columns = {{QStringLiteral("Patient"), QStringLiteral("surname")}};
    CHECK_THROWS_WITH(run(f, own, mapped), Catch::Contains("not a patient field"));
    // A column mapped to no field is ignored, even one recognised by its name.
    const QByteArray french("Nom,Prénom,Né le,Sexe\nMartin,Léa,02/02/2002,inconnu\n");
    CHECK_THROWS_WITH(run(f, french, {{{QStringLiteral("Nom"), QString()}}, true, false}),
                      Catch::Contains("expected a column for family_name"));
    const auto noSex = run(f, french, {{{QStringLiteral("Sexe"), QString()}}, true, false});
    CHECK(noSex.problems.empty());
    CHECK(noSex.ignoredColumns == QStringList{QStringLiteral("Sexe")});
    CHECK(run(f, french, {{}, true, false}).problems.size() == 1); // "inconnu" is no sex
    mapped.columns = {{QStringLiteral("Nom"), QStringLiteral("family_name")}};
    CHECK_THROWS_WITH(run(f, own, mapped), Catch::Contains("no column \"Nom\""));
    CHECK_THROWS_AS(run(f, QByteArray()), clinic::ValidationError);
    CHECK_THROWS_WITH(run(f, QByteArray("Nom;Prénom;Né le\n\"Open;X;01/01/1990\n")),
                      Catch::Contains("line 2"));
}

TEST_CASE("Every bad line is named with its line and field, and nothing is imported",
          "[clinic][import]")
{
    test::ClinicFixture f;
    const QByteArray csv = QStringLiteral("Nom;Prénom;Date de naissance;Sexe;Email;Tél\n"
                                          "Martin;Léa;02/02/2002;F;;\n"
                                          ";Anne;01/01/1970;;;\n"
                                          "Petit;Paul;31/02/1980;;;\n"
                                          "Petit;Jeanne;12/12/12;;;\n"
                                          "Roux;Marc;01/01/1960;X-ray;;\n"
                                          "Blanc;Ève;01/01/2090;;;\n"
                                          "Noir;Luc;01/01/1960;;luc@nowhere;\n"
                                          "Gris;Léo;01/01/1960;;;06 12 34\n")
                               .toUtf8();
    const auto r = run(f, csv);
    CHECK_FALSE(r.written);
    CHECK(r.patientIds.empty());
    CHECK(patients(f) == 0);
    REQUIRE(r.problems.size() == 7);
    const std::vector<std::pair<int, QString>> expected = {
        {3, QStringLiteral("patient.family_name")}, {4, QStringLiteral("patient.birth_date")},
        {5, QStringLiteral("patient.birth_date")},  {6, QStringLiteral("patient.sex")},
        {7, QStringLiteral("patient.birth_date")},  {8, QStringLiteral("patient.email")},
        {9, QStringLiteral("patient.phone")}};
    for (size_t i = 0; i < expected.size(); ++i) {
        INFO(i);
        CHECK(r.problems[i].line == expected[i].first);
        CHECK(r.problems[i].field == expected[i].second);
    }
    CHECK(r.problems[1].message.contains(QStringLiteral("31/02/1980")));

    // A dry run of the same file writes nothing either; skipping the bad lines imports the rest.
    CHECK_FALSE(run(f, csv, {{}, true, true}).written);
    CHECK(patients(f) == 0);
    const auto skipped = run(f, csv, {{}, false, true});
    CHECK(skipped.written);
    CHECK(skipped.patientIds.size() == 1);
    CHECK(skipped.problems.size() == 7);
    CHECK(patients(f) == 1);
}

TEST_CASE("Duplicates of a patient in the clinic or of an earlier line are reported, not merged",
          "[clinic][import]")
{
    test::ClinicFixture f;
    records::PatientRecord existing;
    existing.familyName = QStringLiteral("Dubois");
    existing.givenNames = QStringLiteral("Hélène");
    existing.birthDate = QDate(1980, 3, 12);
    const qint64 helene = f.services.patients.create(f.user, existing);
    const QByteArray csv = QStringLiteral("Nom;Prénom;Date de naissance\n"
                                          "DUBOIS;helene;12/03/1980\n"
                                          "Dubois;Hélène;13/03/1980\n"
                                          "Moreau;Zoé;01/06/1999\n"
                                          "MOREAU;Zoe;1999-06-01\n")
                               .toUtf8();
    const auto r = run(f, csv);
    CHECK(r.problems.empty());
    REQUIRE(r.duplicates.size() == 2);
    CHECK(r.duplicates[0].line == 2);
    CHECK(r.duplicates[0].existingId == helene);
    CHECK(r.duplicates[1].line == 5);
    CHECK(r.duplicates[1].sameAsLine == 4);
    CHECK(r.written);
    CHECK(r.patientIds.size() == 2); // another birth date is another patient
    CHECK(patients(f) == 3);
    CHECK(f.services.patients.find(f.admin, helene)->familyName == QStringLiteral("Dubois"));
}
