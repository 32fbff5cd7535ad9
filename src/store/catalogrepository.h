#pragma once

#include "core/catalog.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <optional>
#include <string>

namespace meso::store {

class Database;

struct CatalogMeta
{
    QString version, edition, currency;
    QDateTime importedAt;
};

// Reads and replaces the catalog tables. Writers must run inside a WriteTransaction.
class CatalogRepository
{
public:
    explicit CatalogRepository(const Database &db) : m_db(db) {}

    // Replaces the whole catalog with `catalog` (already validated).
    void replace(const core::Catalog &catalog, qint64 importedBy, const QDateTime &importedAt);
    // The catalog files as stored, in canonical text (empty when no catalog is loaded).
    std::map<std::string, std::string> loadFiles() const;
    std::optional<CatalogMeta> meta() const;

private:
    const Database &m_db;
};

} // namespace meso::store
