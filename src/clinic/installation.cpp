#include "installation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace meso::clinic {

QString installedDataFolder()
{
    // Asked once: the program does not move while it runs.
    static const QString folder = [] {
        const QString share = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QStringLiteral("../share/mesoplan"));
        return QFileInfo::exists(share + QStringLiteral("/catalog/catalog.json"))
                   ? QDir::cleanPath(share)
                   : QString();
    }();
    return folder;
}

QString bundledCatalogFolder()
{
    const QString installed = installedDataFolder();
    return installed.isEmpty() ? QStringLiteral(":/mesoplan/catalog")
                               : installed + QStringLiteral("/catalog");
}

QString translationsFolder()
{
    const QString installed = installedDataFolder();
    return installed.isEmpty() || !QFileInfo::exists(installed + QStringLiteral("/translations"))
               ? QStringLiteral(":/mesoplan/i18n")
               : installed + QStringLiteral("/translations");
}

QString applicationVersion()
{
    return QStringLiteral(MESOPLAN_VERSION);
}

QString licenceText()
{
    return QCoreApplication::translate(
        "meso::clinic::Installation",
        "Proprietary software: copyright 2026 the MesoPlan authors, all rights reserved. "
        "Built with Qt (LGPL-3.0), SQLite (public domain), libsodium (ISC) and nlohmann/json "
        "(MIT).");
}

} // namespace meso::clinic
