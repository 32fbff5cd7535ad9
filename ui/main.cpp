// mesoplan: the MesoPlan desktop application.

#include "mainwindow.h"
#include "translations.h"

#include "clinic/clinicdatabase.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    meso::clinic::setApplicationIdentity();
    meso::ui::installTranslations();

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

    const QString location = meso::clinic::resolveDatabaseLocation(parser.value(dbOption));
    std::unique_ptr<meso::store::Database> db;
    try {
        meso::clinic::OpenOptions options;
        options.loadDemoData = parser.isSet(demoOption);
        db = meso::clinic::openClinicDatabase(location, options);
    } catch (const meso::store::StoreError &e) {
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "MesoPlan"),
                        QApplication::translate("main", "The database cannot be opened."),
                        QMessageBox::Close);
        box.setInformativeText(e.message());
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return 1;
    }

    meso::ui::MainWindow window(*db);
    window.show();
    return app.exec();
}
