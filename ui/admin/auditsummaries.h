#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <string>

namespace meso::core {
struct Catalog;
}

namespace meso::ui {

// The audit trail's Object and Summary columns as an administrator reads them in the Audit page,
// in the interface's language: "patient:5" becomes "patient 5", "wrong password (2 in a row)"
// becomes "mot de passe erroné (2 de suite)". The rows store English text once, in the hash
// chain, and keep it in the CSV export and the CLI; only the page translates, as it does the
// action codes (auditactions.h). A text the tables do not know (a row of an older or newer
// MesoPlan) is shown as stored.

// Where the codes inside a summary get their names: areas, risks and protocols from the catalog
// in `language`; none when there is no catalog (the ids are shown).
struct AuditNames
{
    std::shared_ptr<const core::Catalog> catalog;
    std::string language = "en";
};

QString auditEntityText(const QString &entity);
QString auditSummaryText(const QString &action, const QString &summary,
                         const AuditNames &names = {});

// What the tables know, for the test that holds them against the services' audit calls: the
// summary templates of `action` (with %1, %2 ... where the values go) and the words that can fill
// them ("not set", "active", "before").
QStringList auditSummaryTemplates(const QString &action);
QStringList auditSummaryWords();

} // namespace meso::ui
