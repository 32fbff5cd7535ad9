// mesoplan-cli: the headless twin of the MesoPlan GUI over the same services
// (../shared/spec/headless-contract.md, docs/cli.md).

#include "assesscommands.h"
#include "catalogcommands.h"
#include "cliargs.h"

#include "clinic/clinicdatabase.h"
#include "clinic/validationerror.h"
#include "core/intake.h"
#include "store/storeerror.h"

#include <QCoreApplication>

#include <iostream>

namespace {

const char *const kUsage =
    "usage: mesoplan-cli [--db PATH] [--lang CODE] COMMAND ...\n"
    "\n"
    "commands:\n"
    "  catalog import PATH   validate a catalog folder and replace the stored catalog\n"
    "  catalog export DIR    write the stored catalog as canonical JSON files\n"
    "  catalog show          print the catalog version and counts\n"
    "  screen --intake FILE  screen an intake for contraindications (- reads stdin)\n"
    "  plan --intake FILE    screen and build the session plans of an intake\n"
    "  logic [FILE]          evaluate JSON Lines {\"rule\", \"data\"} with the JsonLogic engine\n"
    "\n"
    "--db PATH overrides MESOPLAN_DB and the per-user database. Exit codes: 0 ok,\n"
    "1 internal error, 2 bad input, 3 refused. See docs/cli.md.\n";

int dispatch(const meso::cli::CliArgs &args)
{
    using namespace meso::cli;
    const QString command = args.words.value(0);
    if (command == QLatin1String("catalog"))
        return runCatalogCommand(args);
    if (command == QLatin1String("screen") || command == QLatin1String("plan"))
        return runAssessCommand(args);
    if (command == QLatin1String("logic"))
        return runLogicCommand(args);
    throw UsageError(command.isEmpty() ? QStringLiteral("expected a command (try --help)")
                                       : QStringLiteral("unknown command \"%1\" (try --help)").arg(command));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    meso::clinic::setApplicationIdentity();
    using namespace meso::cli;
    try {
        const CliArgs args = CliArgs::parse(QCoreApplication::arguments());
        if (args.hasOption(QStringLiteral("help"))) {
            std::cout << kUsage;
            return Ok;
        }
        if (args.hasOption(QStringLiteral("version"))) {
            std::cout << "mesoplan-cli " << QCoreApplication::applicationVersion().toStdString() << '\n';
            return Ok;
        }
        return dispatch(args);
    } catch (const UsageError &e) {
        std::cerr << e.what() << '\n';
        return BadInput;
    } catch (const meso::core::IntakeError &e) {
        std::cerr << e.what() << '\n';
        return BadInput;
    } catch (const meso::clinic::ValidationError &e) {
        std::cerr << e.what() << '\n';
        return BadInput;
    } catch (const meso::store::StoreError &e) {
        std::cerr << e.message().toStdString() << '\n';
        return Internal;
    } catch (const std::exception &e) {
        std::cerr << "internal error: " << e.what() << '\n';
        return Internal;
    }
}
