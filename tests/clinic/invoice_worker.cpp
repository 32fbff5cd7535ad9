// A workstation issuing invoices, for the test of two issuing at once (billingservice_test.cpp)
// and the benchmark: `invoice_worker DATABASE ID,ID,...` bills each completed appointment on an
// invoice of its own, as an administrator, one transaction each. Exit 0 when all were issued.

#include "clinic/clinicdatabase.h"
#include "clinic/services.h"

#include <QCoreApplication>

#include <iostream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::cerr << "usage: invoice_worker DATABASE ID,ID,...\n";
        return 2;
    }
    try {
        auto db = meso::clinic::openClinicDatabase(args.at(1));
        const auto admin = meso::clinic::ActingUser::system(*db);
        meso::clinic::Services services(*db);
        for (const QString &id : args.at(2).split(QLatin1Char(','), Qt::SkipEmptyParts))
            services.billing.invoiceSessions(admin, {id.toLongLong()});
    } catch (const std::exception &e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
    return 0;
}
