#include "catalogservice.h"

#include "audit.h"
#include "clinicprofile.h"
#include "installation.h"
#include "permissions.h"

#include "records/storeerror.h"
#include "store/catalogrepository.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace meso::clinic {

namespace {

core::CatalogParseResult readFolder(const QString &dir, bool reportMissingFolder)
{
    const QDir folder(dir);
    if (reportMissingFolder && !folder.exists()) {
        core::CatalogParseResult result;
        result.problems.push_back({QDir::toNativeSeparators(dir).toStdString(), "",
                                   "folder not found (expected a folder of catalog .json files)"});
        return result;
    }
    std::map<std::string, std::string> files;
    std::vector<core::CatalogProblem> unreadable;
    const QStringList names = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile f(folder.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            unreadable.push_back(
                {name.toStdString(), "", "cannot read the file: " + f.errorString().toStdString()});
            continue;
        }
        files[name.toStdString()] = f.readAll().toStdString();
    }
    core::CatalogParseResult result = core::parseCatalog(files);
    if (!unreadable.empty()) {
        result.catalog.reset();
        result.problems.insert(result.problems.begin(), unreadable.begin(), unreadable.end());
    }
    return result;
}

} // namespace

bool CatalogService::hasCatalog() const
{
    return store::CatalogRepository(m_db).meta().has_value();
}

core::CatalogParseResult CatalogService::readDirectory(const QString &dir)
{
    return readFolder(dir, true);
}

core::CatalogParseResult CatalogService::readBundled()
{
    return readFolder(bundledCatalogFolder(), false);
}

void CatalogService::replace(const ActingUser &user, const core::Catalog &catalog)
{
    storeCatalog(user, catalog, QStringLiteral("catalog.import"),
                 QStringLiteral("version %1").arg(QString::fromStdString(catalog.version)));
}

void CatalogService::storeCatalog(const ActingUser &user, const core::Catalog &catalog,
                                  const QString &action, const QString &detail)
{
    Permissions::require(user, Action::CatalogImport);
    store::WriteTransaction tx(m_db);
    store::CatalogRepository catalogs(m_db);
    // A catalog in another currency does not change the clinic's: the clinic keeps the one it
    // worked in (its quotes and prices are amounts in it), and the new catalog's amounts are then
    // not used until the clinic prices its protocols (AssessmentService).
    store::SettingsRepository settings(m_db);
    if (const auto before = catalogs.meta();
        before && settings.value(ClinicProfileService::currencyKey()).isEmpty() &&
        before->currency.toStdString() != catalog.currency)
        settings.setValue(ClinicProfileService::currencyKey(), before->currency);
    catalogs.replace(catalog, user.id, QDateTime::currentDateTimeUtc());
    audit(m_db, user, action, 0, QStringLiteral("catalog"), detail);
    tx.commit();
    m_cache.reset();
}

void CatalogService::importBundled(const ActingUser &user)
{
    const core::CatalogParseResult bundled = readBundled();
    if (!bundled.catalog) {
        QString first = bundled.problems.empty()
                            ? QString()
                            : QString::fromStdString(bundled.problems.front().toString());
        throw records::StoreError(
            QStringLiteral("internal: the bundled catalog is invalid: %1").arg(first));
    }
    replace(user, *bundled.catalog);
}

const QSet<QString> &CatalogService::earlierBundledVersions()
{
    static const QSet<QString> versions = [] {
        QSet<QString> out;
        QFile f(QStringLiteral(":/mesoplan/bundled-editions.txt"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QByteArray text = line.trimmed();
            if (!text.isEmpty() && !text.startsWith('#'))
                out.insert(QString::fromLatin1(text.split(' ').front()));
        }
        return out;
    }();
    return versions;
}

bool CatalogService::needsBundled() const
{
    const auto meta = store::CatalogRepository(m_db).meta();
    return !meta || earlierBundledVersions().contains(meta->version);
}

void CatalogService::importOrUpgradeBundled(const ActingUser &user)
{
    // The check and the import under one write lock: workstations starting a new clinic database
    // at the same moment import it once.
    store::WriteTransaction tx(m_db);
    const auto meta = store::CatalogRepository(m_db).meta();
    if (!meta) {
        importBundled(user);
    } else if (earlierBundledVersions().contains(meta->version)) {
        const core::CatalogParseResult bundled = readBundled();
        if (!bundled.catalog)
            throw records::StoreError(QStringLiteral("internal: the bundled catalog is invalid"));
        storeCatalog(
            user, *bundled.catalog, QStringLiteral("catalog.upgrade"),
            QStringLiteral("bundled edition %1 (version %2) replaced by edition %3 (version %4)")
                .arg(meta->edition, meta->version, QString::fromStdString(bundled.catalog->edition),
                     QString::fromStdString(bundled.catalog->version)));
    }
    tx.commit();
}

std::shared_ptr<const core::Catalog> CatalogService::current(const ActingUser &user) const
{
    Permissions::require(user, Action::CatalogRead);
    const store::CatalogRepository repo(m_db);
    const auto meta = repo.meta();
    if (!meta)
        throw records::StoreError(tr("No catalog is loaded in this database."));
    if (m_cache && QString::fromStdString(m_cache->version) == meta->version)
        return m_cache;
    core::CatalogParseResult parsed =
        core::parseCatalog(repo.loadFiles(), core::CatalogReading::Stored);
    if (!parsed.catalog) {
        const core::CatalogProblem &first = parsed.problems.front();
        if (first.file == "catalog.json" && first.pointer == "/format")
            throw records::StoreError(
                tr("The stored catalog is of an earlier format (%1). An administrator "
                   "exports it (mesoplan-cli catalog export DIR), brings it to the "
                   "current format as docs/catalog-format.md says (\"Upgrading from "
                   "format 1\") and imports it again.")
                    .arg(QString::fromStdString(first.message)));
        throw records::StoreError(
            tr("The stored catalog is damaged: %1").arg(QString::fromStdString(first.toString())));
    }
    if (QString::fromStdString(parsed.catalog->version) != meta->version)
        throw records::StoreError(tr("The stored catalog does not match its recorded "
                                     "version %1; import it again.")
                                      .arg(meta->version));
    m_cache = std::make_shared<const core::Catalog>(std::move(*parsed.catalog));
    return m_cache;
}

void CatalogService::exportTo(const ActingUser &user, const QString &dir) const
{
    // The stored files as they are, even when this version cannot read them (a catalog of an
    // earlier format is exported to be brought up to date).
    Permissions::require(user, Action::CatalogRead);
    const std::map<std::string, std::string> files = store::CatalogRepository(m_db).loadFiles();
    if (files.empty())
        throw records::StoreError(tr("No catalog is loaded in this database."));
    if (!QDir().mkpath(dir))
        throw records::StoreError(
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));
    for (const auto &[name, text] : files) {
        QSaveFile f(QDir(dir).filePath(QString::fromStdString(name)));
        if (!f.open(QIODevice::WriteOnly) ||
            f.write(text.data(), static_cast<qint64>(text.size())) !=
                static_cast<qint64>(text.size()) ||
            !f.commit())
            throw records::StoreError(tr("Cannot write %1: %2").arg(f.fileName(), f.errorString()));
    }
}

CatalogSummary CatalogService::summarize(const core::Catalog &c)
{
    CatalogSummary s;
    s.version = QString::fromStdString(c.version);
    s.edition = QString::fromStdString(c.edition);
    s.currency = QString::fromStdString(c.currency);
    auto n = [](const auto &list) { return static_cast<int>(list.size()); };
    s.counts = {
        {QStringLiteral("sources"), n(c.sources)},
        {QStringLiteral("areas"), n(c.areas)},
        {QStringLiteral("indications"), n(c.indications)},
        {QStringLiteral("conditions"), n(c.conditions)},
        {QStringLiteral("site_conditions"), n(c.siteConditions)},
        {QStringLiteral("treatments"), n(c.treatments)},
        {QStringLiteral("techniques"), n(c.techniques)},
        {QStringLiteral("allergen_groups"), n(c.allergenGroups)},
        {QStringLiteral("allergens"), n(c.allergens)},
        {QStringLiteral("medication_classes"), n(c.medicationClasses)},
        {QStringLiteral("medications"), n(c.medications)},
        {QStringLiteral("ingredients"), n(c.ingredients)},
        {QStringLiteral("aftercare_sets"), n(c.aftercare)},
        {QStringLiteral("risks"), n(c.risks)},
        {QStringLiteral("protocols"), n(c.protocols)},
        {QStringLiteral("spacing_rules"), n(c.spacing)},
        {QStringLiteral("screening_rules"), n(c.screeningRules)},
        {QStringLiteral("plan_rules"), n(c.planRules)},
    };
    return s;
}

CatalogSummary CatalogService::summary(const ActingUser &user) const
{
    CatalogSummary s = summarize(*current(user));
    if (const auto meta = store::CatalogRepository(m_db).meta())
        s.importedAt = meta->importedAt;
    return s;
}

} // namespace meso::clinic
