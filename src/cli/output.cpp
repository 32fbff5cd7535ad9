#include "output.h"

#include "cliargs.h"

#include <QFile>

#include <cstdio>
#include <iostream>
#include <sstream>

#include <unistd.h>

namespace meso::cli {

void printJson(const nlohmann::ordered_json &j)
{
    std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    std::cout.flush();
}

bool progressOnTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

void drawProgressBar(double part, const std::string &label)
{
    const int width = 30;
    const int filled = static_cast<int>(part * width);
    std::fprintf(stderr, "\r[%s%s] %3d%%  %s",
                 std::string(static_cast<size_t>(filled), '#').c_str(),
                 std::string(static_cast<size_t>(width - filled), ' ').c_str(),
                 static_cast<int>(part * 100), label.c_str());
    std::fflush(stderr);
}

std::function<void(int, int)> countingProgressBar(const std::string &what)
{
    if (!progressOnTerminal())
        return {};
    return [what](int done, int total) {
        if (total <= 0)
            return;
        drawProgressBar(static_cast<double>(done) / total,
                        what + " " + std::to_string(done) + "/" + std::to_string(total));
        if (done == total)
            std::fputc('\n', stderr);
    };
}

void printErrorLine(const std::string &message)
{
    std::string line;
    for (const char ch : message) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '\n') {
            line += "\\n";
        } else if (c < 0x20 || c == 0x7f) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02x", c);
            line += escaped;
        } else {
            line += ch;
        }
        if (line.size() >= 500) {
            while (!line.empty() && (static_cast<unsigned char>(line.back()) & 0xC0) == 0x80)
                line.pop_back(); // not in the middle of a UTF-8 character
            if (!line.empty() && static_cast<unsigned char>(line.back()) >= 0xC0)
                line.pop_back();
            line += "...";
            break;
        }
    }
    std::cerr << line << '\n';
}

std::string readInput(const QString &path, const QString &what)
{
    if (path == QLatin1String("-")) {
        std::stringstream ss;
        ss << std::cin.rdbuf();
        return ss.str();
    }
    if (path.isEmpty())
        throw UsageError(QStringLiteral("%1: expected a FILE, or - for standard input").arg(what));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw UsageError(
            QStringLiteral("%1: cannot read %2 (%3)").arg(what, path, f.errorString()));
    return f.readAll().toStdString();
}

} // namespace meso::cli
