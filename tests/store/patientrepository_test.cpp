// Patient search: any part of name, birth date or phone, accent- and case-insensitive.

#include "store/database.h"
#include "store/patientrepository.h"
#include "store/transaction.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace meso;

TEST_CASE("Search finds patients by any part of name, birth date or phone", "[store][patients]")
{
    test::TempDir tmp;
    auto db = store::Database::open(tmp.dbPath());
    store::PatientRepository repo(*db);
    {
        store::WriteTransaction tx(*db);
        store::PatientRecord p;
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
