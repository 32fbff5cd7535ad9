// The writer that tests/reliability/crash_test.cpp kills: it commits records through the
// services, each action with its audit row, and reports each one on stdout only after COMMIT has
// returned. A line "created ID" or "updated ID VERSION" is a promise the database must keep
// across a SIGKILL at any instant.
// usage: mesoplan-crash-writer DB_FILE SEED

#include "clinic/clinicdatabase.h"
#include "clinic/services.h"
#include "records/patientrecord.h"
#include "store/database.h"

#include <QCoreApplication>

#include <cstdio>
#include <random>

using namespace meso;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: mesoplan-crash-writer DB_FILE SEED\n");
        return 2;
    }
    auto db = clinic::openClinicDatabase(QString::fromLocal8Bit(argv[1]));
    clinic::Services s(*db);
    const auto user = clinic::ActingUser::builtInLocal(*db);
    std::mt19937 random(static_cast<unsigned>(std::atoi(argv[2])));
    std::vector<qint64> ids;
    std::setvbuf(stdout, nullptr, _IONBF, 0); // every report leaves at once
    for (int k = 0;; ++k) {
        if (ids.empty() || random() % 3 != 0) {
            records::PatientRecord p;
            p.familyName = QStringLiteral("Crash%1").arg(k);
            p.givenNames = QStringLiteral("Writer");
            p.birthDate = QDate(1970, 1, 1).addDays(static_cast<int>(random() % 15000));
            p.notes =
                QString(static_cast<int>(random() % 600), QLatin1Char('n')); // rows of many sizes
            const qint64 id = s.patients.create(user, p);
            std::printf("created %lld\n", static_cast<long long>(id));
            ids.push_back(id);
        } else {
            records::PatientRecord p = *s.patients.find(user, ids[random() % ids.size()]);
            p.phone = QStringLiteral("+33 6 %1").arg(random() % 30000000, 8, 10, QLatin1Char('0'));
            s.patients.update(user, p);
            std::printf("updated %lld %d\n", static_cast<long long>(p.id), p.rowVersion + 1);
        }
    }
}
