#include "catalogpage.h"

#include "catalogtext.h"
#include "money.h"
#include "tablemodel.h"
#include "tableviews.h"
#include "tones.h"

#include "clinic/catalogservice.h"
#include "clinic/language.h"
#include "records/strings.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace meso::ui {

namespace {

using records::qs;

QString codes(const std::vector<std::string> &list)
{
    QStringList out;
    for (const auto &s : list)
        out << qs(s);
    return out.join(QLatin1String(", "));
}

QColor severityTint(core::Severity s, const QPalette &palette)
{
    switch (s) {
    case core::Severity::Absolute:
        return tint(palette, Tone::Danger);
    case core::Severity::Relative:
        return tint(palette, Tone::Warning);
    case core::Severity::Caution:
        return tint(palette, Tone::Notice);
    }
    return {};
}

QString severityText(core::Severity s)
{
    switch (s) {
    case core::Severity::Absolute:
        return CatalogPage::tr("absolute");
    case core::Severity::Relative:
        return CatalogPage::tr("relative");
    case core::Severity::Caution:
        return CatalogPage::tr("caution");
    }
    return {};
}

// A rule's message as the catalog page shows it: the places screening fills in ({ingredient},
// {open_adverse_events}, ...) as an ellipsis.
QString readable(QString message)
{
    static const QRegularExpression place(QStringLiteral("\\{[a-z_]+(:[a-z_]+)?\\}"));
    return message.replace(place, QStringLiteral("…"));
}

// Who a screening rule looks at, in the interface's language.
QString scopeText(core::Scope s)
{
    switch (s) {
    case core::Scope::Patient:
        return CatalogPage::tr("patient");
    case core::Scope::Area:
        return CatalogPage::tr("area");
    case core::Scope::Ingredient:
        return CatalogPage::tr("ingredient");
    }
    return {};
}

// A catalog evidence level (docs/catalog-format.md) in the interface's language.
QString evidenceText(const std::string &level)
{
    if (level == "regulatory")
        return CatalogPage::tr("regulatory");
    if (level == "clinical_study")
        return CatalogPage::tr("clinical study");
    if (level == "review")
        return CatalogPage::tr("review");
    if (level == "expert")
        return CatalogPage::tr("expert opinion");
    if (level == "weak")
        return CatalogPage::tr("weak");
    if (level == "common_practice")
        return CatalogPage::tr("common practice");
    return qs(level);
}

} // namespace

CatalogPage::CatalogPage(clinic::CatalogService &catalog, clinic::ActingUser user, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_user(std::move(user)),
      m_lang(QLocale().name().left(2)),
      m_ingredients(new TableModel({tr("Ingredient"), tr("Class"), tr("Dose"), tr("Allergens"),
                                    tr("Source"), tr("Evidence")},
                                   this)),
      m_rules(new TableModel(
          {tr("Rule"), tr("Severity"), tr("Scope"), tr("Applies to"), tr("Message"), tr("Source")},
          this)),
      m_cocktail(new TableModel(
          {tr("Ingredient"), tr("Amount"), tr("Volume (mL)"), tr("Essential"), tr("Source")},
          this)),
      m_protocolList(new QListWidget(this)), m_protocolDetails(new QLabel(this)),
      m_header(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_header->setTextFormat(Qt::PlainText);
    layout->addWidget(m_header);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(makeReadOnlyTable(m_ingredients, 2, tabs, {0, 1, 3}), tr("Ingredients"));

    auto *protocols = new QSplitter(tabs);
    // Long protocol names wrap rather than run under the details.
    m_protocolList->setWordWrap(true);
    m_protocolList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_protocolList->setResizeMode(QListView::Adjust);
    protocols->addWidget(m_protocolList);
    auto *detail = new QWidget(protocols);
    auto *detailLayout = new QVBoxLayout(detail);
    m_protocolDetails->setTextFormat(Qt::PlainText);
    m_protocolDetails->setWordWrap(true);
    m_protocolDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    detailLayout->addWidget(m_protocolDetails);
    detailLayout->addWidget(makeReadOnlyTable(m_cocktail, 1, detail, {0}), 1);
    protocols->addWidget(detail);
    protocols->setStretchFactor(1, 3);
    protocols->setSizes({300, 800});
    tabs->addTab(protocols, tr("Protocols"));

    tabs->addTab(makeReadOnlyTable(m_rules, 4, tabs, {0, 3}), tr("Rules"));
    layout->addWidget(tabs, 1);

    connect(m_protocolList, &QListWidget::currentRowChanged, this, &CatalogPage::showProtocol);
    reload();
}

void CatalogPage::reload()
{
    const auto c = m_catalog.current(m_user);
    m_header->setText(tr("Catalog %1 · %2 ingredients · %3 protocols · %4 rules · version %5")
                          .arg(qs(c->edition))
                          .arg(c->ingredients.size())
                          .arg(c->protocols.size())
                          .arg(c->screeningRules.size() + c->planRules.size())
                          .arg(qs(c->version).left(12)));

    std::vector<TableModel::Row> ingredients;
    for (const auto &i : c->ingredients) {
        QStringList allergens;
        for (const auto &a : i.allergens)
            allergens << (core::Catalog::findIn(c->allergens, a)
                              ? nameOf(c->allergens, a, m_lang.toStdString())
                              : nameOf(c->allergenGroups, a, m_lang.toStdString()));
        ingredients.push_back(
            {{qs(i.name.in(m_lang.toStdString())), qs(i.ingredientClass.in(m_lang.toStdString())),
              qs(i.dose.in(m_lang.toStdString())), allergens.join(QLatin1String(", ")),
              qs(i.source), evidenceText(i.evidence)},
             {},
             {}});
    }
    m_ingredients->setRows(std::move(ingredients));

    std::vector<TableModel::Row> rules;
    for (const auto &r : c->screeningRules) {
        QStringList appliesTo;
        for (const auto &a : r.areas)
            appliesTo << nameOf(c->areas, a, m_lang.toStdString());
        for (const auto &i : r.ingredients)
            appliesTo << nameOf(c->ingredients, i, m_lang.toStdString());
        const QString message = readable(qs(r.message.in(m_lang.toStdString())));
        rules.push_back({{qs(r.id), severityText(r.severity), scopeText(r.scope),
                          appliesTo.isEmpty() ? tr("all") : appliesTo.join(QLatin1String(", ")),
                          message, qs(r.source)},
                         severityTint(r.severity, palette()),
                         message});
    }
    for (const auto &r : c->planRules) {
        QStringList appliesTo;
        for (const auto &p : r.protocols)
            appliesTo << nameOf(c->protocols, p, m_lang.toStdString());
        const QString message = readable(qs(r.message.in(m_lang.toStdString())));
        rules.push_back(
            {{qs(r.id), tr("plan"), tr("plan"),
              appliesTo.isEmpty() ? tr("all protocols") : appliesTo.join(QLatin1String(", ")),
              message, qs(r.source)},
             {},
             message});
    }
    m_rules->setRows(std::move(rules));

    m_protocolList->clear();
    for (const auto &p : c->protocols)
        m_protocolList->addItem(qs(p.name.in(m_lang.toStdString())));
    if (!c->protocols.empty())
        m_protocolList->setCurrentRow(0);
}

void CatalogPage::showProtocol(int row)
{
    const auto c = m_catalog.current(m_user);
    if (row < 0 || row >= static_cast<int>(c->protocols.size())) {
        m_protocolDetails->clear();
        m_cocktail->setRows({});
        return;
    }
    const core::Protocol &p = c->protocols.at(static_cast<size_t>(row));
    const core::Technique *t = core::Catalog::findIn(c->techniques, p.technique);
    QStringList lines;
    lines << qs(p.name.in(m_lang.toStdString()));
    lines << tr("Technique: %1, depth %2-%3 mm, needle %4")
                 .arg(t ? qs(t->name.in(m_lang.toStdString())) : qs(p.technique))
                 .arg(p.depthMin)
                 .arg(p.depthMax)
                 .arg(qs(p.needle));
    // Every number with its own source, so the practitioner sees how firm it is.
    const auto sourced = [](const core::Sourcing &s) {
        return QLatin1Char(' ') + tr("[%1; %2]", "a number's sources and their evidence level")
                                      .arg(qs(s.source), evidenceText(s.evidence));
    };
    lines << tr("Sessions: %1 (from %2 to %3)")
                     .arg(p.sessionsDefault)
                     .arg(p.sessionsMin)
                     .arg(p.sessionsMax) +
                 sourced(p.sessionsSourcing);
    lines << tr("Interval: every %1 days (at least %2, booking tolerance ±%3 days)")
                     .arg(p.interval.days)
                     .arg(p.interval.minDays)
                     .arg(p.interval.toleranceDays) +
                 sourced(p.interval.sourcing);
    if (p.laterInterval)
        lines << tr("From session %1: every %2 days (at least %3, booking tolerance ±%4 days)")
                         .arg(p.laterInterval->fromSession)
                         .arg(p.laterInterval->days)
                         .arg(p.laterInterval->minDays)
                         .arg(p.laterInterval->toleranceDays) +
                     sourced(p.laterInterval->sourcing);
    lines << (p.maintenanceDays > 0 ? tr("Maintenance: every %1 days").arg(p.maintenanceDays)
                                    : tr("Maintenance: none")) +
                 sourced(p.maintenanceSourcing);
    lines << tr("Session: %1 minutes").arg(p.sessionMinutes) + sourced(p.minutesSourcing);
    lines << tr("Price: %1 per session").arg(centsMoney(p.priceCents, qs(c->currency))) +
                 sourced(p.priceSourcing);
    if (p.jurisdiction.restricted()) {
        QStringList where;
        if (!p.jurisdiction.notAllowedIn.empty())
            where << tr("not allowed in %1").arg(codes(p.jurisdiction.notAllowedIn));
        if (!p.jurisdiction.onlyIn.empty())
            where << tr("allowed only in %1").arg(codes(p.jurisdiction.onlyIn));
        lines << tr("Jurisdiction: %1. %2")
                         .arg(clinic::joinClauses(where),
                              qs(p.jurisdiction.note.in(m_lang.toStdString()))) +
                     sourced(p.jurisdiction.sourcing);
    }
    lines << tr("Source: %1 (evidence: %2)").arg(qs(p.source), evidenceText(p.evidence));
    m_protocolDetails->setText(lines.join(QLatin1Char('\n')));

    std::vector<TableModel::Row> cocktail;
    for (const auto &l : p.cocktail) {
        const core::Ingredient *i = core::Catalog::findIn(c->ingredients, l.ingredient);
        const bool topical = i && i->formulation.route == "topical";
        cocktail.push_back({{i ? qs(i->name.in(m_lang.toStdString())) : qs(l.ingredient),
                             qs(l.amount.in(m_lang.toStdString())),
                             topical ? tr("on the skin") : QLocale().toString(l.volumeMl, 'f', 2),
                             l.essential ? tr("essential") : QString(),
                             QStringLiteral("%1 (%2)").arg(qs(l.sourcing.source),
                                                           evidenceText(l.sourcing.evidence))},
                            {},
                            {}});
    }
    m_cocktail->setRows(std::move(cocktail));
}

} // namespace meso::ui
