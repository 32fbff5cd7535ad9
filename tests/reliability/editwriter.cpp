// One of two workstations editing the same patients at once (tests/reliability/
// concurrency_test.cpp): each edit appends a token to a patient's notes through PatientService,
// which refuses an edit based on a stale read (ConflictError). Reports each outcome on stdout:
// "ok TOKEN", "conflict TOKEN", or "error MESSAGE" for anything else (such as "database is
// locked"), which must never happen.
// usage: mesoplan-edit-writer DB_FILE NAME EDITS PATIENT_IDS...

#include "clinic/clinicdatabase.h"
#include "clinic/services.h"
#include "clinic/validationerror.h"
#include "records/patientrecord.h"
#include "records/storeerror.h"
#include "store/database.h"

#include <QCoreApplication>

#include <cstdio>

using namespace meso;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 5) {
        std::fprintf(stderr, "usage: mesoplan-edit-writer DB_FILE NAME EDITS PATIENT_IDS...\n");
        return 2;
    }
    auto db = clinic::openClinicDatabase(QString::fromLocal8Bit(argv[1]));
    clinic::Services s(*db);
    const auto user = clinic::ActingUser::builtInLocal(*db);
    const QString name = QString::fromLocal8Bit(argv[2]);
    const int edits = std::atoi(argv[3]);
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    for (int k = 0; k < edits; ++k) {
        const qint64 id = std::atoll(argv[4 + k % (argc - 4)]);
        const QString token = QStringLiteral("%1-%2;").arg(name).arg(k);
        try {
            records::PatientRecord p = *s.patients.find(user, id);
            p.notes += token;
            s.patients.update(user, p);
            std::printf("ok %s\n", qPrintable(token));
        } catch (const clinic::ConflictError &) {
            std::printf("conflict %s\n", qPrintable(token));
        } catch (const std::exception &e) {
            std::printf("error %s\n", e.what());
        }
    }
    return 0;
}
