// Patient search: any part of name, birth date or phone, accent- and case-insensitive.

#include "store/database.h"
#include "store/patientrepository.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace meso;

TEST_CASE("Search finds patients by any part of name, birth date or phone", "[store][patients]")
{
    test::TempDir tmp;
    auto db = store::Database::open(tmp.dbPath());
    store::PatientRepository repo(*db);
    {
        store::WriteTransaction tx(*db);
        records::PatientRecord p;
        p.familyName = QStringLiteral("Dubois");
        p.givenNames = QStringLiteral("Hélène");
        p.birthDate = QDate(1979, 7, 2);
        p.phone = QStringLiteral("+33 6 12 34 56 78");
        repo.insert(p, 1, QDateTime::currentDateTimeUtc());
        p.familyName = QStringLiteral("Martin_%");
        p.givenNames = QStringLiteral("Ana");
        p.birthDate = QDate(1990, 1, 1);
        p.phone = QStringLiteral("0700000000");
        repo.insert(p, 1, QDateTime::currentDateTimeUtc());
        tx.commit();
    }
    auto names = [&](const QString &text) {
        QStringList out;
        for (const auto &p : repo.search(text, 50))
            out << p.givenNames;
        return out;
    };
    CHECK(names(QStringLiteral("helene")) == QStringList{QStringLiteral("Hélène")});
    CHECK(names(QStringLiteral("HÉLÈNE dub")) == QStringList{QStringLiteral("Hélène")});
    CHECK(names(QStringLiteral("1979-07")) == QStringList{QStringLiteral("Hélène")});
    CHECK(names(QStringLiteral("02/07/1979")) == QStringList{QStringLiteral("Hélène")});
    CHECK(names(QStringLiteral("612345")) == QStringList{QStringLiteral("Hélène")});
    // LIKE wildcards in the search text are matched literally.
    CHECK(names(QStringLiteral("n_%")) == QStringList{QStringLiteral("Ana")});
    CHECK(names(QStringLiteral("%")) == QStringList{QStringLiteral("Ana")});
    CHECK(names(QString()).size() == 2);
    CHECK(names(QStringLiteral("nobody")).isEmpty());
}

namespace {

records::PatientRecord patient(const QString &family, const QString &given,
                               const QDate &birth = QDate(1980, 5, 17))
{
    records::PatientRecord p;
    p.familyName = family;
    p.givenNames = given;
    p.birthDate = birth;
    return p;
}

} // namespace

TEST_CASE("An update changes what the patient is found by, and refuses a stale version",
          "[store][patients]")
{
    test::TempDir tmp;
    auto db = store::Database::open(tmp.dbPath());
    store::PatientRepository repo(*db);
    store::WriteTransaction tx(*db);
    const qint64 id = repo.insert(patient(QStringLiteral("Nguyen"), QStringLiteral("Anh")), 1,
                                  QDateTime::currentDateTimeUtc());
    records::PatientRecord p = *repo.find(id);
    CHECK(p.rowVersion == 1);
    p.familyName = QStringLiteral("Tran");
    REQUIRE(repo.update(p, QDateTime::currentDateTimeUtc()));
    CHECK(repo.search(QStringLiteral("nguyen"), 10).empty());
    REQUIRE(repo.search(QStringLiteral("tran anh"), 10).size() == 1);
    CHECK(repo.find(id)->rowVersion == 2);
    // Someone else's save since p was read: refused, nothing changed.
    p.familyName = QStringLiteral("Pham");
    CHECK_FALSE(repo.update(p, QDateTime::currentDateTimeUtc()));
    CHECK(repo.find(id)->familyName == QStringLiteral("Tran"));
    CHECK(repo.search(QStringLiteral("pham"), 10).empty()); // nor its search terms
    CHECK(repo.search(QStringLiteral("tran anh"), 10).size() == 1);
    CHECK_FALSE(repo.setArchived(id, 1, true, QDateTime::currentDateTimeUtc()));
    CHECK(repo.setArchived(id, 2, true, QDateTime::currentDateTimeUtc()));
    CHECK(repo.search(QStringLiteral("tran"), 10).empty());
    CHECK(repo.search(QStringLiteral("tran"), 10, true).size() == 1);
    CHECK(repo.countMatching(QStringLiteral("tran")) == 0);
    CHECK(repo.countMatching(QString(), true, 1) == 1); // counted up to the limit
    CHECK(repo.countMatching(QStringLiteral("tran"), true) == 1);
}

TEST_CASE("Pages of the patient list follow each other in name order, accents folded",
          "[store][patients]")
{
    test::TempDir tmp;
    auto db = store::Database::open(tmp.dbPath());
    store::PatientRepository repo(*db);
    {
        store::WriteTransaction tx(*db);
        // Two patients share a name: the id breaks the tie, so no page repeats or skips one.
        for (const QString &family :
             {QStringLiteral("Émile"), QStringLiteral("Zola"), QStringLiteral("eve"),
              QStringLiteral("Adam"), QStringLiteral("Eve"), QStringLiteral("Ödön")})
            repo.insert(patient(family, QStringLiteral("X")), 1, QDateTime::currentDateTimeUtc());
        tx.commit();
    }
    QStringList order;
    std::optional<records::PatientCursor> after;
    for (;;) {
        const auto page = repo.search(QString(), 2, false, after);
        for (const auto &p : page)
            order << p.familyName;
        if (page.size() < 2)
            break;
        after = store::PatientRepository::cursorOf(page.back());
    }
    CHECK(order == QStringList{QStringLiteral("Adam"), QStringLiteral("Émile"),
                               QStringLiteral("eve"), QStringLiteral("Eve"), QStringLiteral("Ödön"),
                               QStringLiteral("Zola")});
}

TEST_CASE("The schema step that adds search terms indexes the patients already stored",
          "[store][patients][migration]")
{
    test::TempDir tmp;
    {
        // A database of the release with schema version 1, holding a patient.
        auto db = store::Database::open(tmp.dbPath(), 1);
        REQUIRE(db->schemaVersion() == 1);
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO patients (family_name, given_names, birth_date, "
                                      "search_key, created_by, created_at, updated_at) "
                                      "VALUES ('Müller', 'Jürgen', '1971-12-24', 'muller jurgen', "
                                      "1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
    }
    auto db = store::Database::open(tmp.dbPath());
    CHECK(db->schemaVersion() == store::Database::latestSchemaVersion());
    const auto found = store::PatientRepository(*db).search(QStringLiteral("jurgen mul"), 10);
    REQUIRE(found.size() == 1);
    CHECK(found.front().familyName == QStringLiteral("Müller"));
}

TEST_CASE("French, German, Scandinavian and Polish names are found as typed without their letters",
          "[store][patients]")
{
    // A name, and what someone without the letter on their keyboard types for it.
    const std::vector<std::pair<QString, QString>> names = {
        {QStringLiteral("Cœur"), QStringLiteral("coeur")},
        {QStringLiteral("Lætitia"), QStringLiteral("laetitia")},
        {QStringLiteral("Œdipe-Lefèvre"), QStringLiteral("oedipe")},
        {QStringLiteral("Hélène"), QStringLiteral("helene")},
        {QStringLiteral("François"), QStringLiteral("francois")},
        {QStringLiteral("Straße"), QStringLiteral("strasse")},
        {QStringLiteral("Müller"), QStringLiteral("muller")},
        {QStringLiteral("Søren"), QStringLiteral("soren")},
        {QStringLiteral("Ærø"), QStringLiteral("aero")},
        {QStringLiteral("Åsa"), QStringLiteral("asa")},
        {QStringLiteral("Łukasz"), QStringLiteral("lukasz")},
        {QStringLiteral("Wałęsa"), QStringLiteral("walesa")},
        {QStringLiteral("Źdźbło"), QStringLiteral("zdzblo")},
        {QStringLiteral("Þórunn"), QStringLiteral("thorunn")},
        {QStringLiteral("Đorđević"), QStringLiteral("dordevic")},
    };
    test::TempDir tmp;
    auto db = store::Database::open(tmp.dbPath());
    store::PatientRepository repo(*db);
    {
        store::WriteTransaction tx(*db);
        for (const auto &[name, typed] : names)
            repo.insert(patient(name, QStringLiteral("Test")), 1, QDateTime::currentDateTimeUtc());
        tx.commit();
    }
    for (const auto &[name, typed] : names) {
        INFO(name.toStdString() + " as " + typed.toStdString());
        const auto found = repo.search(typed, 10);
        REQUIRE(found.size() == 1);
        CHECK(found.front().familyName == name);
        // And as written, in capitals too.
        CHECK(repo.search(name.toUpper(), 10).size() == 1);
    }
    // The folding itself, the same for what is typed and what is indexed.
    CHECK(store::PatientRepository::fold(QStringLiteral("  CŒUR   Lætitia ")) ==
          QStringLiteral("coeur laetitia"));
    CHECK(store::PatientRepository::fold(QStringLiteral("O\u2019Brien")) ==
          store::PatientRepository::fold(QStringLiteral("O'Brien")));
}

TEST_CASE("The schema step that changed the folding rewrites the terms already stored",
          "[store][patients][migration]")
{
    test::TempDir tmp;
    {
        // Version 14's clinic: "Cœur" indexed with the earlier folding ("cœur").
        auto db = store::Database::open(tmp.dbPath(), 14);
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO patients (family_name, given_names, birth_date, "
                                      "search_key, created_by, created_at, updated_at) "
                                      "VALUES ('Cœur', 'Lætitia', '1971-12-24', 'cœur lætitia', "
                                      "1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO patient_search_terms (term, patient_id) "
                                      "SELECT 'cœur', id FROM patients")));
    }
    auto db = store::Database::open(tmp.dbPath());
    CHECK(db->schemaVersion() == store::Database::latestSchemaVersion());
    store::PatientRepository repo(*db);
    REQUIRE(repo.search(QStringLiteral("coeur laet"), 10).size() == 1);
    QSqlQuery q(db->connection());
    REQUIRE(
        q.exec(QStringLiteral("SELECT count(*) FROM patient_search_terms WHERE term = 'cœur'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    REQUIRE(q.exec(QStringLiteral("SELECT search_key FROM patients")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().startsWith(QStringLiteral("coeur laetitia")));
}

TEST_CASE("Names are found without their punctuation, and broad words still find the right page",
          "[store][patients]")
{
    test::TempDir tmp;
    auto db = store::Database::open(tmp.dbPath());
    store::PatientRepository repo(*db);
    {
        store::WriteTransaction tx(*db);
        repo.insert(patient(QStringLiteral("O'Brien"), QStringLiteral("Siobhán")), 1,
                    QDateTime::currentDateTimeUtc());
        repo.insert(patient(QStringLiteral("Lefèvre-Durand"), QStringLiteral("Zoé")), 1,
                    QDateTime::currentDateTimeUtc());
        tx.commit();
    }
    CHECK(repo.search(QStringLiteral("obrien"), 10).size() == 1);
    CHECK(repo.search(QStringLiteral("o'brien siob"), 10).size() == 1);
    CHECK(repo.search(QStringLiteral("lefevredurand"), 10).size() == 1);
    CHECK(repo.search(QStringLiteral("durand"), 10).size() == 1);
    // Birth dates are matched from their start, in either written form.
    CHECK(repo.search(QStringLiteral("1980-05"), 10).size() == 2);
    CHECK(repo.search(QStringLiteral("17/05/19"), 10).size() == 2);
    CHECK(repo.search(QStringLiteral("05/1980"), 10).empty());
}

TEST_CASE("Each way a search runs finds the same patients, page after page, and counts them",
          "[store][patients]")
{
    // How a word is checked depends on how many search terms it has (selective: the search
    // starts from its patients; middle: collected, then looked up while the list is walked;
    // broad: looked up patient by patient). A clinic of 100,000 patients is needed to reach every
    // class for real, so the term counts are forced here: each class, and words mixed.
    test::TempDir tmp;
    auto db = store::Database::open(tmp.dbPath());
    store::PatientRepository repo(*db);
    {
        store::WriteTransaction tx(*db);
        const QStringList families = {QStringLiteral("Martin"),   QStringLiteral("Marchand"),
                                      QStringLiteral("Dubois"),   QStringLiteral("Müller"),
                                      QStringLiteral("Lemaître"), QStringLiteral("Duval")};
        const QStringList givens = {QStringLiteral("Hélène"), QStringLiteral("Marc"),
                                    QStringLiteral("Anaïs"), QStringLiteral("Jürgen")};
        for (int i = 0; i < 48; ++i) {
            auto p = patient(families[i % families.size()], givens[i % givens.size()],
                             QDate(1970 + i % 20, 1 + i % 12, 1 + i % 28));
            p.phone = QStringLiteral("06 12 34 %1").arg(i, 2, 10, QLatin1Char('0'));
            const qint64 id = repo.insert(p, 1, QDateTime::currentDateTimeUtc());
            if (i % 7 == 0)
                REQUIRE(repo.setArchived(id, 1, true, QDateTime::currentDateTimeUtc()));
        }
        tx.commit();
    }
    using Repo = store::PatientRepository;
    const std::vector<std::pair<const char *, Repo::TermCounter>> ways = {
        {"selective", [](const QString &, const QString &) { return qint64(0); }},
        {"middle", [](const QString &, const QString &) { return Repo::kSelectiveWord; }},
        {"broad", [](const QString &, const QString &) { return Repo::kBroadWord; }},
        {"mixed", [](const QString &from, const QString &) {
             return from.size() % 3 == 0   ? qint64(0)
                    : from.size() % 3 == 1 ? Repo::kSelectiveWord
                                           : Repo::kBroadWord;
         }}};
    auto ids = [&](const Repo::TermCounter &termsIn, const QString &text, bool archived) {
        std::vector<qint64> out;
        std::optional<records::PatientCursor> after;
        for (;;) {
            const auto q = Repo::searchQuery(text, 5, archived, after, termsIn);
            store::Statement s(db->connection(), q.sql);
            for (const QVariant &v : q.values)
                s.bind(v);
            s.exec();
            int rows = 0;
            while (s.next()) {
                ++rows;
                out.push_back(s.integer(0));
            }
            if (rows < 5)
                return out;
            after = Repo::cursorOf(*repo.find(out.back()));
        }
    };
    auto count = [&](const Repo::TermCounter &termsIn, const QString &text, bool archived) {
        const auto q = Repo::countQuery(text, archived, 1000, termsIn);
        store::Statement s(db->connection(), q.sql);
        for (const QVariant &v : q.values)
            s.bind(v);
        s.exec();
        s.next();
        return s.integer(0);
    };
    for (const QString &text :
         {QStringLiteral("mar"), QStringLiteral("du he"), QStringLiteral("muller jurgen"),
          QStringLiteral("1975"), QStringLiteral("a 12 3"), QStringLiteral("lemaitre zz")}) {
        for (const bool archived : {false, true}) {
            // What the repository runs (its own term counts), page by page.
            std::vector<qint64> expected;
            std::optional<records::PatientCursor> after;
            for (;;) {
                const auto page = repo.search(text, 5, archived, after);
                for (const auto &p : page)
                    expected.push_back(p.id);
                if (page.size() < 5)
                    break;
                after = Repo::cursorOf(page.back());
            }
            INFO(text.toStdString() << (archived ? " (with archived)" : ""));
            CHECK(repo.countMatching(text, archived) == static_cast<qint64>(expected.size()));
            for (const auto &[name, termsIn] : ways) {
                INFO(name);
                CHECK(ids(termsIn, text, archived) == expected);
                CHECK(count(termsIn, text, archived) == static_cast<qint64>(expected.size()));
            }
        }
    }
    // The texts above are not all empty or all full.
    CHECK(repo.search(QStringLiteral("muller jurgen"), 50).size() == 4);
    CHECK(repo.search(QStringLiteral("lemaitre zz"), 50).empty());
}
