#include "catalogrepository.h"

#include "database.h"
#include "statement.h"
#include "storeerror.h"

#include <QStringList>

namespace meso::store {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString docText(const nlohmann::json &j)
{
    return q(j.dump());
}

// Child tables first, so that foreign keys hold at every statement.
const QStringList &tablesInDeleteOrder()
{
    static const QStringList tables = {
        QStringLiteral("cocktail_lines"),
        QStringLiteral("protocol_areas"),
        QStringLiteral("protocol_indications"),
        QStringLiteral("protocols"),
        QStringLiteral("rules"),
        QStringLiteral("spacing_rules"),
        QStringLiteral("risks"),
        QStringLiteral("aftercare_sets"),
        QStringLiteral("ingredients"),
        QStringLiteral("medication_aliases"),
        QStringLiteral("medications"),
        QStringLiteral("medication_classes"),
        QStringLiteral("allergen_group_members"),
        QStringLiteral("allergens"),
        QStringLiteral("allergen_groups"),
        QStringLiteral("techniques"),
        QStringLiteral("treatments"),
        QStringLiteral("site_conditions"),
        QStringLiteral("conditions"),
        QStringLiteral("indications"),
        QStringLiteral("areas"),
        QStringLiteral("catalog_sources"),
        QStringLiteral("catalog_meta"),
    };
    return tables;
}

// Where each catalog file's entries live: the table and, for files that are objects of lists,
// the member holding the list (a `rules` row carries its member in `kind`).
struct Placement
{
    const char *file;
    const char *member;
    const char *table;
};

const std::vector<Placement> &placements()
{
    static const std::vector<Placement> p = {
        {"sources.json", "", "catalog_sources"},
        {"areas.json", "", "areas"},
        {"indications.json", "", "indications"},
        {"conditions.json", "", "conditions"},
        {"site_conditions.json", "", "site_conditions"},
        {"treatments.json", "", "treatments"},
        {"techniques.json", "", "techniques"},
        {"allergens.json", "groups", "allergen_groups"},
        {"allergens.json", "allergens", "allergens"},
        {"medications.json", "classes", "medication_classes"},
        {"medications.json", "medications", "medications"},
        {"ingredients.json", "", "ingredients"},
        {"aftercare.json", "", "aftercare_sets"},
        {"risks.json", "", "risks"},
        {"protocols.json", "", "protocols"},
        {"spacing.json", "", "spacing_rules"},
        {"rules.json", "screening", "rules"},
        {"rules.json", "plan", "rules"},
    };
    return p;
}

class Inserter
{
public:
    Inserter(const QSqlDatabase &db, const QString &table, const QStringList &columns)
        : m_stmt(
              db,
              QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table, columns.join(QLatin1String(", ")),
                       QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", "))))
    {
    }
    template <typename... Args> void operator()(const Args &...values)
    {
        (m_stmt.bind(values), ...);
        m_stmt.exec();
    }

private:
    Statement m_stmt;
};

const nlohmann::json &listOf(const core::Catalog &c, const Placement &p)
{
    const nlohmann::json &doc = c.files.at(p.file);
    return *p.member ? doc.at(p.member) : doc;
}

} // namespace

void CatalogRepository::replace(const core::Catalog &c, qint64 importedBy,
                                const QDateTime &importedAt)
{
    const QSqlDatabase db = m_db.connection();
    for (const QString &table : tablesInDeleteOrder())
        execute(db, QStringLiteral("DELETE FROM %1").arg(table));

    Inserter(db, QStringLiteral("catalog_meta"),
             {QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("edition"),
              QStringLiteral("currency"), QStringLiteral("imported_at"),
              QStringLiteral("imported_by"),
              QStringLiteral("doc")})(1, q(c.version), q(c.edition), q(c.currency),
                                      importedAt.toUTC().toString(Qt::ISODateWithMs), importedBy,
                                      docText(c.files.at("catalog.json")));

    auto rows = [&](const char *file, const char *member, const QString &table,
                    const QStringList &extra, const auto &extraValues) {
        QStringList columns = {QStringLiteral("id"), QStringLiteral("position"),
                               QStringLiteral("doc")};
        columns += extra;
        Inserter insert(db, table, columns);
        const Placement p{file, member, ""};
        const nlohmann::json &list = listOf(c, p);
        for (size_t i = 0; i < list.size(); ++i)
            std::apply(
                [&](const auto &...v) {
                    insert(q(list[i].at("id").get<std::string>()), static_cast<int>(i),
                           docText(list[i]), v...);
                },
                extraValues(i));
    };
    using S = QStringList;
    auto none = [](size_t) { return std::tuple<>(); };

    rows("sources.json", "", QStringLiteral("catalog_sources"),
         S{QStringLiteral("citation"), QStringLiteral("evidence")},
         [&](size_t i) { return std::tuple(q(c.sources[i].citation), q(c.sources[i].evidence)); });
    rows("areas.json", "", QStringLiteral("areas"),
         S{QStringLiteral("region"), QStringLiteral("body_view")},
         [&](size_t i) { return std::tuple(q(c.areas[i].region), q(c.areas[i].view)); });
    rows("indications.json", "", QStringLiteral("indications"), S{}, none);
    rows("conditions.json", "", QStringLiteral("conditions"), S{}, none);
    rows("site_conditions.json", "", QStringLiteral("site_conditions"), S{}, none);
    rows("treatments.json", "", QStringLiteral("treatments"), S{}, none);
    rows("techniques.json", "", QStringLiteral("techniques"),
         S{QStringLiteral("depth_min_mm"), QStringLiteral("depth_max_mm"), QStringLiteral("source"),
           QStringLiteral("evidence")},
         [&](size_t i) {
             const auto &t = c.techniques[i];
             return std::tuple(t.depthMin, t.depthMax, q(t.source), q(t.evidence));
         });
    rows(
        "allergens.json", "groups", QStringLiteral("allergen_groups"),
        S{QStringLiteral("cross_reactivity"), QStringLiteral("source"), QStringLiteral("evidence")},
        [&](size_t i) {
            const auto &g = c.allergenGroups[i];
            return std::tuple(g.fullCrossReactivity ? QStringLiteral("full")
                                                    : QStringLiteral("warn"),
                              q(g.source), q(g.evidence));
        });
    rows("allergens.json", "allergens", QStringLiteral("allergens"), S{}, none);
    rows("medications.json", "classes", QStringLiteral("medication_classes"), S{}, none);
    rows("medications.json", "medications", QStringLiteral("medications"),
         S{QStringLiteral("class_id")},
         [&](size_t i) { return std::tuple(q(c.medications[i].medicationClass)); });
    rows("ingredients.json", "", QStringLiteral("ingredients"),
         S{QStringLiteral("source"), QStringLiteral("evidence")}, [&](size_t i) {
             return std::tuple(q(c.ingredients[i].source), q(c.ingredients[i].evidence));
         });
    rows("aftercare.json", "", QStringLiteral("aftercare_sets"), S{}, none);
    rows("risks.json", "", QStringLiteral("risks"),
         S{QStringLiteral("serious"), QStringLiteral("source"), QStringLiteral("evidence")},
         [&](size_t i) {
             return std::tuple(c.risks[i].serious, q(c.risks[i].source), q(c.risks[i].evidence));
         });
    rows("protocols.json", "", QStringLiteral("protocols"),
         S{QStringLiteral("protocol_rank"), QStringLiteral("technique_id"),
           QStringLiteral("sessions_min"), QStringLiteral("sessions_default"),
           QStringLiteral("sessions_max"), QStringLiteral("interval_days"),
           QStringLiteral("interval_min_days"), QStringLiteral("interval_tolerance_days"),
           QStringLiteral("maintenance_days"), QStringLiteral("session_minutes"),
           QStringLiteral("price_per_session_cents"), QStringLiteral("source"),
           QStringLiteral("evidence")},
         [&](size_t i) {
             const auto &p = c.protocols[i];
             return std::tuple(p.rank, q(p.technique), p.sessionsMin, p.sessionsDefault,
                               p.sessionsMax, p.interval.days, p.interval.minDays,
                               p.interval.toleranceDays, p.maintenanceDays, p.sessionMinutes,
                               static_cast<qint64>(p.priceCents), q(p.source), q(p.evidence));
         });
    rows("spacing.json", "", QStringLiteral("spacing_rules"),
         S{QStringLiteral("min_days"), QStringLiteral("same_area"), QStringLiteral("source"),
           QStringLiteral("evidence")},
         [&](size_t i) {
             const auto &s = c.spacing[i];
             return std::tuple(s.minDays, s.sameArea, q(s.source), q(s.evidence));
         });
    const S ruleColumns{QStringLiteral("kind"),   QStringLiteral("severity"),
                        QStringLiteral("scope"),  QStringLiteral("condition_logic"),
                        QStringLiteral("source"), QStringLiteral("evidence")};
    const auto &rulesDoc = c.files.at("rules.json");
    rows("rules.json", "screening", QStringLiteral("rules"), ruleColumns, [&](size_t i) {
        const auto &r = c.screeningRules[i];
        return std::tuple(QStringLiteral("screening"), q(core::severityName(r.severity)),
                          q(core::scopeName(r.scope)),
                          docText(rulesDoc.at("screening")[i].at("when")), q(r.source),
                          q(r.evidence));
    });
    rows("rules.json", "plan", QStringLiteral("rules"), ruleColumns, [&](size_t i) {
        const auto &r = c.planRules[i];
        return std::tuple(QStringLiteral("plan"), QVariant(), QVariant(),
                          docText(rulesDoc.at("plan")[i].at("when")), q(r.source), q(r.evidence));
    });

    // Link tables: what the relational queries (which protocols use an ingredient, ...) read.
    Inserter member(db, QStringLiteral("allergen_group_members"),
                    {QStringLiteral("allergen_id"), QStringLiteral("group_id")});
    for (const auto &a : c.allergens)
        for (const auto &g : a.groups)
            member(q(a.id), q(g));
    Inserter alias(db, QStringLiteral("medication_aliases"),
                   {QStringLiteral("alias"), QStringLiteral("medication_id")});
    for (const auto &m : c.medications)
        for (const auto &a : m.aliases)
            alias(q(a), q(m.id));
    Inserter indication(db, QStringLiteral("protocol_indications"),
                        {QStringLiteral("protocol_id"), QStringLiteral("indication_id")});
    Inserter area(db, QStringLiteral("protocol_areas"),
                  {QStringLiteral("protocol_id"), QStringLiteral("area_id")});
    Inserter line(db, QStringLiteral("cocktail_lines"),
                  {QStringLiteral("protocol_id"), QStringLiteral("position"),
                   QStringLiteral("ingredient_id"), QStringLiteral("amount"),
                   QStringLiteral("volume_ml"), QStringLiteral("essential")});
    for (const auto &p : c.protocols) {
        for (const auto &i : p.indications)
            indication(q(p.id), q(i));
        for (const auto &a : p.areas)
            area(q(p.id), q(a));
        for (size_t k = 0; k < p.cocktail.size(); ++k) {
            const auto &l = p.cocktail[k];
            line(q(p.id), static_cast<int>(k), q(l.ingredient), q(l.amount.in("en")), l.volumeMl,
                 l.essential);
        }
    }
}

std::map<std::string, std::string> CatalogRepository::loadFiles() const
{
    std::map<std::string, std::string> files;
    const QSqlDatabase db = m_db.connection();
    Statement meta(db, QStringLiteral("SELECT doc FROM catalog_meta WHERE id = 1"));
    meta.exec();
    if (!meta.next())
        return files;
    auto parse = [](const QString &text) { return nlohmann::json::parse(text.toStdString()); };
    std::map<std::string, nlohmann::json> docs;
    docs["catalog.json"] = parse(meta.text(0));
    for (const Placement &p : placements()) {
        const bool isRule = QLatin1String(p.table) == QLatin1String("rules");
        Statement s(
            db, isRule ? QStringLiteral("SELECT doc FROM rules WHERE kind = ? ORDER BY position")
                       : QStringLiteral("SELECT doc FROM %1 ORDER BY position")
                             .arg(QLatin1String(p.table)));
        if (isRule)
            s.bind(QString::fromLatin1(p.member));
        s.exec();
        nlohmann::json list = nlohmann::json::array();
        while (s.next())
            list.push_back(parse(s.text(0)));
        if (*p.member)
            docs[p.file][p.member] = std::move(list);
        else
            docs[p.file] = std::move(list);
    }
    for (auto &[name, doc] : docs)
        files[name] = core::canonicalFileText(doc);
    return files;
}

std::optional<CatalogMeta> CatalogRepository::meta() const
{
    Statement s(
        m_db.connection(),
        QStringLiteral(
            "SELECT version, edition, currency, imported_at FROM catalog_meta WHERE id = 1"));
    s.exec();
    if (!s.next())
        return std::nullopt;
    return CatalogMeta{s.text(0), s.text(1), s.text(2),
                       QDateTime::fromString(s.text(3), Qt::ISODateWithMs)};
}

} // namespace meso::store
