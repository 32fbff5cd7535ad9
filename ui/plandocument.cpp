#include "plandocument.h"

#include "catalogtext.h"

#include "core/engine.h"

#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <stdexcept>

namespace meso::ui {

QString PlanDocument::stateName(const std::string &state)
{
    if (state == "clear")
        return tr("clear");
    if (state == "proposed")
        return tr("proposed");
    if (state == "review")
        return tr("needs review");
    if (state == "blocked")
        return tr("blocked");
    return tr("no protocol");
}

QString PlanDocument::plansHtml(const core::Assessment &a, const core::Catalog &c, const std::string &lang)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const QLocale locale;
    QString html;
    for (const core::RequestResult &r : a.requests) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("%1 at %2: %3")
                                                         .arg(nameOf(c.indications, r.request.indication, lang),
                                                              nameOf(c.areas, r.request.area, lang),
                                                              stateName(r.status()))));
        if (!r.protocol) {
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("No protocol of the catalog serves this request.")));
            continue;
        }
        const core::Protocol &p = *r.protocol;
        QStringList alternatives;
        for (const auto &id : r.alternatives)
            alternatives << nameOf(c.protocols, id, lang);
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(tr("Protocol:")),
                         esc(alternatives.isEmpty() ? qs(p.name.in(lang))
                                                    : tr("%1 (alternatives: %2)").arg(qs(p.name.in(lang)), alternatives.join(QStringLiteral(", ")))));
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Technique: %1, depth %2 to %3 mm, needle %4")
                                                        .arg(nameOf(c.techniques, r.technique, lang))
                                                        .arg(locale.toString(r.depthMin))
                                                        .arg(locale.toString(r.depthMax))
                                                        .arg(qs(p.needle))));
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                    .arg(esc(tr("Ingredient")), esc(tr("Amount")), esc(tr("Volume (ml)")));
        for (const core::CocktailLine *line : r.cocktail) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(esc(nameOf(c.ingredients, line->ingredient, lang)), esc(qs(line->amount)),
                             esc(locale.toString(line->volumeMl)));
        }
        html += QStringLiteral("</table>");
        for (const auto &e : r.excluded) {
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("Excluded: %1 (%2)").arg(nameOf(c.ingredients, e.ingredient, lang),
                                                                                    qs(e.reason))));
        }
        html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                    .arg(esc(tr("%n session(s), every %1 days, %2 minutes each; maintenance every %3 days", nullptr, r.sessions)
                                 .arg(p.intervalDays)
                                 .arg(p.sessionMinutes)
                                 .arg(p.maintenanceDays)),
                         esc(tr("Price: %1 x %2 = %3 %4")
                                 .arg(locale.toString(r.pricePerSession))
                                 .arg(r.sessions)
                                 .arg(locale.toString(r.pricePerSession * r.sessions))
                                 .arg(qs(c.currency))),
                         esc(tr("Earliest start: %1").arg(qs(r.earliestStart.toString()))));
        if (!r.aftercare.empty()) {
            html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Aftercare")));
            for (const std::string *text : r.aftercare)
                html += QStringLiteral("<li>%1</li>").arg(esc(qs(*text)));
            html += QStringLiteral("</ul>");
        }
        html += QStringLiteral("<p><b>%1</b></p><ol>").arg(esc(tr("Why")));
        for (const std::string &line : r.trace)
            html += QStringLiteral("<li>%1</li>").arg(esc(qs(line)));
        html += QStringLiteral("</ol>");
    }
    return html;
}

QString PlanDocument::printableHtml(const store::PatientRecord &patient, const QDate &date, const core::Assessment &a,
                                    const core::Catalog &c, const std::string &lang)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const QLocale locale;
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(tr("Treatment plan and quote")));
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(esc(tr("Patient: %1 %2").arg(patient.givenNames, patient.familyName.toUpper())),
                     esc(tr("Born: %1").arg(locale.toString(patient.birthDate, QLocale::LongFormat))),
                     esc(tr("Consultation: %1").arg(locale.toString(date, QLocale::LongFormat))));
    html += plansHtml(a, c, lang);
    double total = 0;
    for (const core::RequestResult &r : a.requests) {
        if (r.protocol && r.verdict != "blocked")
            total += r.pricePerSession * r.sessions;
    }
    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(tr("Total of the plans that can go ahead: %1 %2").arg(locale.toString(total), qs(c.currency))));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("This quote is valid for the plans above as proposed; a blocked "
                                                    "request is not priced into the total.")));
    return html;
}

void PlanDocument::writePdf(const QString &html, const QString &title, const QString &path)
{
    {
        QFile probe(path); // QPdfWriter says nothing when it cannot write: find out first
        if (!probe.open(QIODevice::WriteOnly))
            throw std::runtime_error(tr("Cannot write %1: %2").arg(path, probe.errorString()).toStdString());
    }
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("MesoPlan"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    QTextDocument document;
    document.setHtml(html);
    document.print(&writer);
    if (!QFile(path).exists() || QFile(path).size() == 0)
        throw std::runtime_error(tr("Cannot write %1").arg(path).toStdString());
}

} // namespace meso::ui
