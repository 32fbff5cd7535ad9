#include "migratecommand.h"

#include "output.h"
#include "session.h"

#include "clinic/clinicdatabase.h"
#include "clinic/migrationservice.h"
#include "clinic/userservice.h"
#include "records/serveraddress.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace meso::cli {

namespace {

// The progress on standard error: a bar redrawn in place at a terminal, a line per table
// otherwise (a log file keeps what was copied).
class ProgressBar
{
public:
    ProgressBar() : m_terminal(progressOnTerminal()) {}
    ~ProgressBar()
    {
        if (m_terminal && m_drawn)
            std::cerr << '\n';
    }

    void operator()(const records::CopyProgress &p)
    {
        if (m_terminal) {
            const double part =
                p.allRows > 0 ? static_cast<double>(p.allDone) / static_cast<double>(p.allRows)
                              : 1.0;
            char label[64];
            std::snprintf(label, sizeof label, "%-28s %lld/%lld",
                          p.table.left(28).toUtf8().constData(),
                          static_cast<long long>(p.tableDone), static_cast<long long>(p.tableRows));
            drawProgressBar(part, label);
            m_drawn = true;
        } else if (p.tableDone == p.tableRows && p.table != m_lastTable) {
            m_lastTable = p.table;
            std::fprintf(stderr, "copied %s: %lld rows (%lld of %lld in all)\n",
                         p.table.toUtf8().constData(), static_cast<long long>(p.tableRows),
                         static_cast<long long>(p.allDone), static_cast<long long>(p.allRows));
        }
    }

private:
    bool m_terminal;
    bool m_drawn = false;
    QString m_lastTable; // told already (not at a terminal)
};

} // namespace

int runMigrateCommand(const CliArgs &args)
{
    args.allowOnly({QStringLiteral("from"), QStringLiteral("to")});
    if (args.words.size() != 1 || !args.hasOption(QStringLiteral("from")) ||
        !args.hasOption(QStringLiteral("to")))
        throw UsageError(
            QStringLiteral("migrate: expected --from DATABASE_FILE --to postgresql://..."));
    const QString from = args.option(QStringLiteral("from"));
    const QString to = args.option(QStringLiteral("to"));
    if (records::isServerAddress(from) || !QFileInfo(from).isFile())
        throw UsageError(
            QStringLiteral("migrate: --from must be an existing MesoPlan database file, not \"%1\"")
                .arg(records::displayLocation(from)));
    if (!records::isServerAddress(to))
        throw UsageError(QStringLiteral(
            "migrate: --to must be a clinic server address (postgresql://user@host/database)"));
    // Upgrades an older file first, as the app would.
    const auto source = clinic::openClinicDatabase(from);
    // Copying every patient's record is an administrator's act, once the clinic has one.
    const clinic::ActingUser admin = clinic::UserService(*source).needsFirstAdmin()
                                         ? clinic::ActingUser::system(*source)
                                         : signIn(args, *source);
    ProgressBar bar;
    const clinic::MigrationReport report =
        clinic::MigrationService(*source).migrate(admin, to, std::ref(bar));
    if (!report.sourceAuditProblem.isEmpty())
        printErrorLine("migrate: copied and verified, but the file's audit row was not written: " +
                       report.sourceAuditProblem.toStdString());
    const auto &checks = report.tables;
    const QString shownTarget = report.to;

    nlohmann::ordered_json tables = nlohmann::ordered_json::array();
    bool ok = true;
    for (const auto &c : checks) {
        ok = ok && c.matches();
        tables.push_back({{"table", c.table.toStdString()},
                          {"rows", c.sourceRows},
                          {"copied", c.targetRows},
                          {"checksum", c.sourceChecksum.toStdString()},
                          {"matches", c.matches()}});
    }
    printJson({{"from", from.toStdString()},
               {"to", shownTarget.toStdString()},
               {"ok", ok},
               {"tables", tables}});
    if (ok)
        return Ok;
    for (const auto &c : checks) {
        if (!c.matches()) {
            printErrorLine("migrate: the copy of " + c.table.toStdString() +
                           " differs from the original (" + std::to_string(c.sourceRows) +
                           " rows, " + std::to_string(c.targetRows) +
                           " copied): nothing was kept on the server");
            break;
        }
    }
    return Internal;
}

} // namespace meso::cli
