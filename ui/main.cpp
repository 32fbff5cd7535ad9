// mesoplan: the MesoPlan desktop application.

#include "application.h"
#include "startup.h"

#include "clinic/clinicdatabase.h"
#include "clinic/language.h"
#include "clinic/logfile.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace meso;

namespace {
// --lang CODE, else this workstation's choice (Settings > Language), else the system's: read
// before the options are parsed, since their help text is already in that language.
QString languageAsked(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--lang"));
    if (at > 0 && at + 1 < arguments.size())
        return arguments.at(at + 1);
    for (const QString &a : arguments)
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    return clinic::savedLanguage();
}
} // namespace

int main(int argc, char **argv)
{
    ui::Application app(argc, argv);
    clinic::setApplicationIdentity();
    clinic::installLanguage(clinic::resolveLanguage(languageAsked(app.arguments())));

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
        QApplication::translate("main",
                                "Open the demonstration clinic (its own database, with demo "
                                "patients and accounts), not the clinic's records."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "Language of the interface: en or fr (default: this "
                                        "workstation's choice in Settings, else the system's)."),
        QStringLiteral("code"));
    parser.addOption(dbOption);
    parser.addOption(demoOption);
    parser.addOption(langOption);
    parser.process(app);

    clinic::installLogFile();

    // --demo opens the demonstration clinic's own file (or the one --db names, seeded with the
    // demo clinic when empty); never the clinic's records.
    clinic::OpenOptions options;
    options.loadDemoData = parser.isSet(demoOption);
    const QString location = options.loadDemoData && !parser.isSet(dbOption)
                                 ? clinic::demoDatabaseLocation()
                                 : clinic::resolveDatabaseLocation(parser.value(dbOption));
    const std::unique_ptr<clinic::ClinicDatabase> db =
        ui::openAtStart(location, options, ui::dialogQuestions());
    if (!db)
        return 1;

    return ui::runWorkstation(*db);
}
