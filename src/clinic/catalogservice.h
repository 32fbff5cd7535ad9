#pragma once

#include "actinguser.h"

#include "core/catalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace meso::store {
class Database;
}

namespace meso::clinic {

struct CatalogSummary
{
    QString version, edition, currency;
    QDateTime importedAt;
    std::vector<std::pair<QString, int>> counts; // what, how many (display order)
};

// The clinical catalog as a use case: validate and import, export, show. Imports are all or
// nothing: every problem is reported before anything is written.
class CatalogService
{
    Q_DECLARE_TR_FUNCTIONS(meso::clinic::CatalogService)
public:
    explicit CatalogService(const store::Database &db) : m_db(db) {}

    bool hasCatalog() const;

    // Reads the catalog files of a folder; problems (unreadable folder or file) are returned in
    // the parse result like any other problem.
    static core::CatalogParseResult readDirectory(const QString &dir);
    static core::CatalogParseResult readBundled();

    // Replaces the stored catalog with a validated one, in one transaction.
    void replace(const ActingUser &user, const core::Catalog &catalog);
    void importBundled(const ActingUser &user);
    // The bundled catalog when the database has none, or when it holds an earlier bundled
    // edition unchanged (audited as catalog.upgrade): clinical fixes reach every clinic that did
    // not edit its catalog. A catalog the clinic imported itself is kept. Checked under the
    // write lock, so workstations opening at once do it once.
    void importOrUpgradeBundled(const ActingUser &user);
    // Whether opening should call importOrUpgradeBundled (a read, no lock).
    bool needsBundled() const;
    // The versions of the earlier bundled editions (data/bundled-editions.txt).
    static const QSet<QString> &earlierBundledVersions();
    // Writes every catalog file in canonical form into `dir` (created when missing).
    void exportTo(const ActingUser &user, const QString &dir) const;
    CatalogSummary summary(const ActingUser &user) const;
    // The stored catalog, parsed and checked against its recorded version.
    std::shared_ptr<const core::Catalog> current(const ActingUser &user) const;

    static CatalogSummary summarize(const core::Catalog &catalog);

private:
    void storeCatalog(const ActingUser &user, const core::Catalog &catalog, const QString &action,
                      const QString &detail);

    const store::Database &m_db;
    mutable std::shared_ptr<const core::Catalog> m_cache;
};

} // namespace meso::clinic
