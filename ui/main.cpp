// mesoplan: the MesoPlan desktop application.

#include "application.h"
#include "startup.h"
#include "translations.h"

#include "clinic/clinicdatabase.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace meso;

int main(int argc, char **argv)
{
    ui::Application app(argc, argv);
    clinic::setApplicationIdentity();
    ui::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "MesoPlan: mesotherapy consultations, screening and session plans."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main",
                                "Database file or clinic server address "
                                "(postgresql://user@host/db; default: MESOPLAN_DB, else this "
                                "workstation's choice in Settings, else the per-user database)."),
        QStringLiteral("path|uri"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Add the demo patients when the database has none."));
    parser.addOption(dbOption);
    parser.addOption(demoOption);
    parser.process(app);

    clinic::OpenOptions options;
    options.loadDemoData = parser.isSet(demoOption);
    const std::unique_ptr<clinic::ClinicDatabase> db = ui::openAtStart(
        clinic::resolveDatabaseLocation(parser.value(dbOption)), options, ui::dialogQuestions());
    if (!db)
        return 1;

    return ui::runWorkstation(*db);
}
