// mesoplan-cli: the headless twin of the MesoPlan GUI over the same services
// (../shared/spec/headless-contract.md, docs/cli.md).

#include "assesscommands.h"
#include "billingcommands.h"
#include "bookingcommands.h"
#include "catalogcommands.h"
#include "cliargs.h"
#include "democommand.h"
#include "migratecommand.h"
#include "output.h"
#include "recallcommands.h"
#include "recordcommands.h"
#include "remindercommands.h"
#include "reportcommands.h"
#include "securitycommands.h"
#include "sessioncommands.h"

#include "clinic/catalogservice.h"
#include "clinic/clinicdatabase.h"
#include "clinic/installation.h"
#include "clinic/language.h"
#include "clinic/validationerror.h"
#include "core/intake.h"
#include "records/storeerror.h"

#include <QCoreApplication>

#include <iostream>

namespace {

const char *const kUsage =
    "usage: mesoplan-cli [--db PATH|URI] [--lang CODE] [--user NAME] [--password-file FILE] "
    "COMMAND ...\n"
    "\n"
    "commands:\n"
    "  catalog import PATH   validate a catalog folder and replace the stored catalog\n"
    "  catalog export DIR    write the stored catalog as canonical JSON files\n"
    "  catalog show          print the catalog version and counts\n"
    "  screen --intake FILE [--country CC]  screen an intake for contraindications (- reads "
    "stdin)\n"
    "  plan --intake FILE [--country CC]    screen and build the session plans of an intake\n"
    "  logic [FILE]          evaluate JSON Lines {\"rule\", \"data\"} with the JsonLogic engine\n"
    "  patient add --json FILE             add a patient\n"
    "  patient import --csv FILE [--map COLUMN=FIELD,...] [--dry-run] [--skip-bad]\n"
    "  consultation add --patient ID --intake FILE [--sign]\n"
    "  plan approve --consultation ID [--request N] [--override RULE[@SUBJECT]=REASON[:COMMENT]] "
    "...\n"
    "  plan waiting                        approved plans not booked yet\n"
    "  clinic show | profile [--name N] [--address A] [--phone P] [--email E] | hours | room add\n"
    "        | practitioner add | closure | country --set CC\n"
    "  clinic mail [--host H] [--port N] [--security starttls|tls|none] [--login U] [--from A]\n"
    "        [--ca-file F]                 the mail server for reminder e-mails\n"
    "  book --plan ID [--from DATE] [--weekdays 1,3] [--times 09:00-12:00] [--practitioner ID]\n"
    "       [--only-preferred] [--horizon DAYS] [--dry-run | --sessions FILE]\n"
    "  appointments [--from DATE] [--to DATE] [--practitioner ID] [--room ID] [--patient ID]\n"
    "  appointment options|move|cancel|check-in|no-show ID ...\n"
    "  product add --json FILE             a product the clinic injects, with its ingredients\n"
    "  stock receive --product ID --lot LOT --expiry DATE --quantity N | stock list\n"
    "  session start|record|not-performed|amend|show|progress ...   the treatment session record\n"
    "  adverse-event add --session ID --json FILE | update --id ID --json FILE\n"
    "  photo consent --patient ID --scope S | add --session ID --area A --when before|after\n"
    "        --file F | get --id ID --out F\n"
    "  lot trace --lot LOT [--product ID] [--csv]   every patient who received a lot\n"
    "  ics --patient ID | --practitioner ID [--from DATE] [--to DATE]   iCalendar on stdout\n"
    "  user add --username U --name NAME --role practitioner|front_desk|admin\n"
    "  user list | password [--username U] | set --username U [--name N] [--role R] [--active "
    "yes|no]\n"
    "  audit verify                        check the audit trail's hash chain\n"
    "  audit list [--by U] [--patient ID] [--from DATE] [--to DATE] [--limit N] [--csv]\n"
    "  patient export --patient ID         everything held about a patient (JSON)\n"
    "  patient anonymise --patient ID --reason TEXT\n"
    "  backup [--to FILE]                  a consistent copy of the database\n"
    "  restore --from FILE                 check a backup and put it in place (old file kept)\n"
    "  migrate --from FILE --to URI        copy a clinic's database file to a clinic server\n"
    "  demo generate --patients N --years Y [--seed S] [--until DATE] [--lot-weeks W]\n"
    "        a generated clinic (benchmarks, trials) in an empty database\n"
    "  report activity --from DATE --to DATE   appointments per week, practitioner and room\n"
    "  report courses|quotes --from DATE --to DATE   courses by protocol; quotes per month\n"
    "  recall list --due-before DATE [--due-from DATE]   courses due for maintenance, abandoned\n"
    "  recall mark --consultation ID [--request N] --status contacted|booked|declined\n"
    "        --date DATE [--note TEXT]\n"
    "  reminder list --date DATE [--csv]   a day's appointment reminders (consenting patients)\n"
    "  reminder email --date DATE          send them by e-mail with the .ics (clinic mail server)\n"
    "  invoice issue --appointments ID,... | --course CONSULTATION [--request N]   (package)\n"
    "  invoice show --number N | list --patient ID | credit --number N [--lines 1,2] --reason T\n"
    "  payment add --patient ID --amount 120.50 --method card|cash|cheque|transfer\n"
    "        [--document NUMBER | --course CONSULTATION [--request N]] [--date DATE] [--note T]\n"
    "  takings --date DATE                 a day's payments per method (Z report)\n"
    "  price list | set --protocol P --session 250 [--package 1200] | clear --protocol P\n"
    "  billing settings [--siret S] [--vat-number V] [--vat-rate 20] [--vat-exemption T]\n"
    "        [--terms T] [--currency C]    the clinic's legal identifiers, VAT and currency\n"
    "\n"
    "Commands on patients, bookings, users and the audit sign in: --user NAME (or MESOPLAN_USER),\n"
    "password from MESOPLAN_PASSWORD, --password-file FILE or the terminal; new passwords from\n"
    "MESOPLAN_NEW_PASSWORD, --new-password-file FILE or the terminal.\n"
    "--db PATH|URI (a file, or postgresql://user@host:5432/db?sslmode=require for a clinic\n"
    "server) overrides MESOPLAN_DB, this workstation's choice (GUI: Settings > Database >\n"
    "Connection) and the per-user database. Exit codes: 0 ok,\n"
    "1 internal error, 2 bad input, 3 refused. See docs/cli.md.\n";

int dispatch(const meso::cli::CliArgs &args)
{
    using namespace meso::cli;
    const QString command = args.words.value(0);
    if (command == QLatin1String("catalog"))
        return runCatalogCommand(args);
    if (command == QLatin1String("user"))
        return runUserCommand(args);
    if (command == QLatin1String("audit"))
        return runAuditCommand(args);
    if (command == QLatin1String("backup"))
        return runBackupCommand(args);
    if (command == QLatin1String("restore"))
        return runRestoreCommand(args);
    if (command == QLatin1String("migrate"))
        return runMigrateCommand(args);
    if (command == QLatin1String("patient") && (args.words.value(1) == QLatin1String("export") ||
                                                args.words.value(1) == QLatin1String("anonymise")))
        return runPrivacyCommand(args);
    // "plan --intake" plans an intake; "plan approve" and "plan waiting" are stored plans.
    if (command == QLatin1String("patient") || command == QLatin1String("consultation") ||
        (command == QLatin1String("plan") && args.words.size() > 1))
        return runRecordCommand(args);
    if (command == QLatin1String("screen") || command == QLatin1String("plan"))
        return runAssessCommand(args);
    if (command == QLatin1String("logic"))
        return runLogicCommand(args);
    if (command == QLatin1String("demo"))
        return runDemoCommand(args);
    if (command == QLatin1String("report"))
        return runReportCommand(args);
    if (command == QLatin1String("recall"))
        return runRecallCommand(args);
    if (command == QLatin1String("reminder"))
        return runReminderCommand(args);
    if (command == QLatin1String("invoice") || command == QLatin1String("payment") ||
        command == QLatin1String("takings") || command == QLatin1String("price") ||
        command == QLatin1String("billing"))
        return runBillingCommand(args);
    if (command == QLatin1String("product") || command == QLatin1String("stock") ||
        command == QLatin1String("session") || command == QLatin1String("adverse-event") ||
        command == QLatin1String("photo") || command == QLatin1String("lot"))
        return runSessionCommand(args);
    if (command == QLatin1String("clinic") || command == QLatin1String("book") ||
        command == QLatin1String("appointments") || command == QLatin1String("appointment") ||
        command == QLatin1String("ics"))
        return runBookingCommand(args);
    throw UsageError(command.isEmpty()
                         ? QStringLiteral("expected a command (try --help)")
                         : QStringLiteral("unknown command \"%1\" (try --help)").arg(command));
}

// --version: the program's, then the bundled catalog's (and the folder it is read from: the
// installed share/mesoplan/catalog, or the copy compiled in), the database schema it writes, Qt's.
void printVersion()
{
    std::cout << "mesoplan-cli " << meso::clinic::applicationVersion().toStdString() << '\n';
    const meso::core::CatalogParseResult bundled = meso::clinic::CatalogService::readBundled();
    if (bundled.catalog)
        std::cout << "catalog " << bundled.catalog->edition << ' ' << bundled.catalog->version
                  << " from " << meso::clinic::bundledCatalogFolder().toStdString() << '\n';
    std::cout << "database schema " << meso::clinic::ClinicDatabase::latestSchemaVersion() << '\n'
              << "Qt " << qVersion() << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    meso::clinic::setApplicationIdentity();
    using namespace meso::cli;
    try {
        const CliArgs args = CliArgs::parse(QCoreApplication::arguments());
        // --lang picks the catalog's texts and the messages' language alike (default English,
        // whatever the system's: other programs read this output).
        meso::clinic::installLanguage(meso::clinic::availableLanguages().contains(args.lang)
                                          ? args.lang
                                          : QStringLiteral("en"));
        if (args.hasOption(QStringLiteral("help"))) {
            std::cout << kUsage;
            return Ok;
        }
        if (args.hasOption(QStringLiteral("version"))) {
            printVersion();
            return Ok;
        }
        return dispatch(args);
    } catch (const UsageError &e) {
        printErrorLine(e.what());
        return BadInput;
    } catch (const meso::core::IntakeError &e) {
        printErrorLine(e.what());
        return BadInput;
    } catch (const meso::clinic::ConflictError &e) {
        printErrorLine(e.what()); // refused by state: a slot taken, a plan not approved, ...
        return Refused;
    } catch (const meso::clinic::PermissionError &e) {
        printErrorLine(e.what());
        return Refused;
    } catch (const meso::clinic::ValidationError &e) {
        printErrorLine(e.what());
        return BadInput;
    } catch (const meso::records::StoreError &e) {
        printErrorLine(e.message().toStdString());
        // The engine refused a change contradicting another (a double booking); an address
        // that is not one.
        if (e.kind() == meso::records::StoreError::Kind::Conflict)
            return Refused;
        return e.kind() == meso::records::StoreError::Kind::InvalidAddress ? BadInput : Internal;
    } catch (const std::exception &e) {
        printErrorLine(std::string("internal error: ") + e.what());
        return Internal;
    }
}
