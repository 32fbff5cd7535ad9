#pragma once

#include <QString>

namespace meso::clinic {

// Where MesoPlan finds what it ships with. An installed MesoPlan (`cmake --install`, the .deb)
// keeps its data in <prefix>/share/mesoplan beside <prefix>/bin, found from the running program's
// own folder, so an unpacked or relocated package works as installed. A program run from its
// build folder has no such folder and uses the copies compiled into it. Never the source tree.

// <prefix>/share/mesoplan when the running program is installed (it holds catalog/catalog.json),
// else empty.
QString installedDataFolder();

// The bundled catalog's folder: the installed one, else ":/mesoplan/catalog" (compiled in).
QString bundledCatalogFolder();

// The translations' folder (mesoplan_<lang>.qm): the installed one, else ":/mesoplan/i18n".
QString translationsFolder();

// The version CMake gives the project (project(MesoPlan VERSION ...)).
QString applicationVersion();

// The licence, as the About box and the package's copyright file state it.
QString licenceText();

} // namespace meso::clinic
