#include "output.h"

#include "cliargs.h"

#include <QFile>

#include <iostream>
#include <sstream>

namespace meso::cli {

void printJson(const nlohmann::ordered_json &j)
{
    std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    std::cout.flush();
}

std::string readInput(const QString &path, const QString &what)
{
    if (path == QLatin1String("-")) {
        std::stringstream ss;
        ss << std::cin.rdbuf();
        return ss.str();
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw UsageError(QStringLiteral("%1: cannot read %2 (%3)").arg(what, path, f.errorString()));
    return f.readAll().toStdString();
}

} // namespace meso::cli
