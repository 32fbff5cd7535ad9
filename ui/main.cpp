// mesoplan: the MesoPlan desktop application.

#include "application.h"
#include "plaintext.h"
#include "startup.h"
#include "translations.h"

#include "clinic/clinicdatabase.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace meso;

int main(int argc, char **argv)
{
    ui::Application app(argc, argv);
    clinic::setApplicationIdentity();
    ui::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "MesoPlan: mesotherapy consultations, screening and session plans."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Database file (default: MESOPLAN_DB, else the per-user database)."),
                                      QStringLiteral("path"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QApplication::translate("main", "Add the demo patients when the database has none."));
    parser.addOption(dbOption);
    parser.addOption(demoOption);
    parser.process(app);

    const QString location = clinic::resolveDatabaseLocation(parser.value(dbOption));
    std::unique_ptr<store::Database> db;
    try {
        clinic::OpenOptions options;
        options.loadDemoData = parser.isSet(demoOption);
        db = clinic::openClinicDatabase(location, options);
    } catch (const store::StoreError &e) {
        ui::plainMessage(nullptr, QMessageBox::Critical, QApplication::translate("main", "MesoPlan"),
                         QApplication::translate("main", "The database cannot be opened.") + QStringLiteral("\n\n") +
                             e.message(),
                         QMessageBox::Close);
        return 1;
    }

    return ui::runWorkstation(*db);
}
