#include "migratecommand.h"

#include "output.h"
#include "session.h"

#include "clinic/audit.h"
#include "clinic/permissions.h"
#include "clinic/userservice.h"
#include "records/serveraddress.h"
#include "store/database.h"
#include "store/databasecopy.h"
#include "store/transaction.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>

#include <unistd.h>

namespace meso::cli {

namespace {

// The progress on standard error: a bar redrawn in place at a terminal, a line per table
// otherwise (a log file keeps what was copied).
class ProgressBar
{
public:
    ProgressBar() : m_terminal(::isatty(STDERR_FILENO) == 1) {}
    ~ProgressBar()
    {
        if (m_terminal && m_drawn)
            std::cerr << '\n';
    }

    void operator()(const store::CopyProgress &p)
    {
        if (m_terminal) {
            const int width = 30;
            const double part =
                p.allRows > 0 ? static_cast<double>(p.allDone) / static_cast<double>(p.allRows)
                              : 1.0;
            const int filled = static_cast<int>(part * width);
            std::fprintf(stderr, "\r[%s%s] %3d%%  %-28s %lld/%lld",
                         std::string(static_cast<size_t>(filled), '#').c_str(),
                         std::string(static_cast<size_t>(width - filled), ' ').c_str(),
                         static_cast<int>(part * 100), p.table.left(28).toUtf8().constData(),
                         static_cast<long long>(p.tableDone), static_cast<long long>(p.tableRows));
            std::fflush(stderr);
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
    const QString shownTarget = records::displayLocation(to);

    auto source = store::Database::open(from); // upgrades an older file first, as the app would
    // Copying every patient's record is an administrator's act, once the clinic has one.
    const clinic::ActingUser admin = clinic::UserService(*source).needsFirstAdmin()
                                         ? clinic::ActingUser::system(*source)
                                         : signIn(args, *source);
    clinic::Permissions::require(admin, clinic::Action::Backup);

    // The target must be new: checked before its schema is made, so that a clinic's server
    // database is never written to when it already holds something.
    const auto refuse = [&](const QString &what) {
        return clinic::ConflictError(
            QStringLiteral("migrate.to"),
            QStringLiteral("%1 %2: nothing was copied. Copy only into a new, empty database.")
                .arg(shownTarget, what));
    };
    {
        const store::Database::Probe probe = store::Database::probe(to);
        if (probe.foreign)
            throw refuse(QStringLiteral("holds tables of another program"));
        if (probe.schemaVersion > 0 &&
            probe.schemaVersion != store::Database::latestSchemaVersion())
            throw refuse(QStringLiteral("already holds a MesoPlan database (schema %1)")
                             .arg(probe.schemaVersion));
        if (probe.schemaVersion > 0 && store::holdsClinicData(*store::Database::open(to)))
            throw refuse(QStringLiteral("already holds a clinic"));
    }
    auto target = store::Database::open(to);

    ProgressBar bar;
    const auto checks = store::copyDatabase(*source, *target, std::ref(bar), [&] {
        clinic::audit(*target, admin, QStringLiteral("database.migrate"), 0,
                      QStringLiteral("database"),
                      QStringLiteral("copied from %1").arg(QFileInfo(from).fileName()));
    });

    if (std::all_of(checks.cbegin(), checks.cend(),
                    [](const store::TableCheck &c) { return c.matches(); })) {
        // The file keeps a record of where its clinic went (after the copy: not part of it). The
        // copy is on the server whatever happens here.
        try {
            store::WriteTransaction tx(*source);
            clinic::audit(*source, admin, QStringLiteral("database.migrate"), 0,
                          QStringLiteral("database"),
                          QStringLiteral("copied to %1").arg(shownTarget));
            tx.commit();
        } catch (const std::exception &e) {
            printErrorLine(
                std::string(
                    "migrate: copied and verified, but the file's audit row was not written: ") +
                e.what());
        }
    }

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
