#include "plandocument.h"

#include "catalogtext.h"
#include "documenthtml.h"
#include "intakemodel.h"
#include "money.h"

#include "clinic/planservice.h"
#include "core/engine.h"
#include "records/patientrecord.h"
#include "records/planrecord.h"

#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <stdexcept>

namespace meso::ui {

namespace {

const QUrl kLogoUrl(QStringLiteral("mesoplan:clinic-logo"));

using html::esc;
using html::paragraph;

QString letterhead(const clinic::ClinicProfile &clinic, const QString &title)
{
    QStringList lines;
    for (const QString &line : clinic.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << esc(line);
    for (const QString &contact : {clinic.phone, clinic.email}) {
        if (!contact.isEmpty())
            lines << esc(contact);
    }
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>");
    if (!clinic.logo.isEmpty())
        html += QStringLiteral("<td width=\"90\"><img src=\"%1\" height=\"64\"></td>")
                    .arg(kLogoUrl.toString());
    html += QStringLiteral("<td><b>%1</b><br>%2</td></tr></table>")
                .arg(esc(clinic.name.isEmpty() ? PlanDocument::tr("MesoPlan clinic") : clinic.name),
                     lines.join(QStringLiteral("<br>")));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(title));
    return html;
}

QString patientLines(const records::PatientRecord &patient, const QDate &date)
{
    const QLocale locale;
    return paragraph(
        {PlanDocument::tr("Patient: %1 %2").arg(patient.givenNames, patient.familyName.toUpper()),
         PlanDocument::tr("Born: %1")
             .arg(locale.toString(patient.birthDate, QStringLiteral("d MMMM yyyy"))),
         PlanDocument::tr("Consultation: %1").arg(locale.toString(date, QLocale::LongFormat))});
}

QString list(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(esc(item));
    return html + QStringLiteral("</ul>");
}

// A signature box per signer; `note` (if any) under the first one, the patient's.
QString signatureLines(const QStringList &who, const QString &note = QString())
{
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"12\"><tr>");
    for (const QString &w : who) {
        html += QStringLiteral(
                    "<td width=\"50%\"><br><br>______________________________<br>%1<br>%2%3</td>")
                    .arg(esc(w), esc(PlanDocument::tr("Date: ____ / ____ / ________")),
                         note.isEmpty() || &w != &who.front()
                             ? QString()
                             : QStringLiteral("<br><i>%1</i>").arg(esc(note)));
    }
    return html + QStringLiteral("</tr></table>");
}

} // namespace

QString PlanDocument::letterheadHtml(const clinic::ClinicProfile &clinic, const QString &title)
{
    return letterhead(clinic, title);
}

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

QString PlanDocument::planStatusName(const QString &status)
{
    if (status == QLatin1String("approved"))
        return tr("approved");
    if (status == QLatin1String("superseded"))
        return tr("superseded");
    return tr("draft");
}

QString PlanDocument::kindName(Kind kind)
{
    switch (kind) {
    case PlanAndQuote:
        return tr("Treatment plan and quote");
    case ConsentForm:
        return tr("Consent form");
    case AftercareSheet:
        return tr("Aftercare sheet");
    }
    return {};
}

QString PlanDocument::requestHtml(const core::RequestResult &r, const core::Catalog &c,
                                  const std::string &lang, int sessions, int intervalDays,
                                  const QString &state, qint64 quoteCents)
{
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(esc(tr("%1: %2").arg(IntakeModel::requestLabel(r.request, c, lang),
                                                 state.isEmpty() ? stateName(r.status()) : state)));
    if (!r.protocol)
        return html + paragraph({tr("No protocol of the catalog serves this request.")});
    const core::Protocol &p = *r.protocol;
    QStringList alternatives;
    for (const auto &id : r.alternatives)
        alternatives << nameOf(c.protocols, id, lang);
    html +=
        QStringLiteral("<p><b>%1</b> %2</p>")
            .arg(esc(tr("Protocol:")),
                 esc(alternatives.isEmpty()
                         ? qs(p.name.in(lang))
                         : tr("%1 (alternatives: %2)")
                               .arg(qs(p.name.in(lang)), alternatives.join(QStringLiteral(", ")))));
    html += paragraph({tr("Technique: %1, depth %2 to %3 mm, needle %4")
                           .arg(nameOf(c.techniques, r.technique, lang))
                           .arg(locale.toString(r.depthMin))
                           .arg(locale.toString(r.depthMax))
                           .arg(qs(p.needle))});
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" "
                           "cellpadding=\"3\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                .arg(esc(tr("Ingredient")), esc(tr("Amount")), esc(tr("Volume (mL)")));
    for (const core::CocktailLine *line : r.cocktail) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(esc(nameOf(c.ingredients, line->ingredient, lang)),
                         esc(qs(line->amount.in(lang))), esc(locale.toString(line->volumeMl)));
    }
    html += QStringLiteral("</table>");
    for (const auto &e : r.excluded) {
        html += paragraph(
            {tr("Excluded: %1 (%2)").arg(nameOf(c.ingredients, e.ingredient, lang), qs(e.reason))});
    }
    html += paragraph(
        {tr("%n session(s), every %1 days, %2 minutes each; maintenance every %3 days", nullptr,
            sessions)
             .arg(intervalDays)
             .arg(p.sessionMinutes)
             .arg(p.maintenanceDays),
         quoteCents >= 0
             ? tr("Price: %1 for %n session(s), as quoted when approved", nullptr, sessions)
                   .arg(centsMoney(quoteCents, qs(c.currency), locale))
         : r.priced() ? tr("Price: %1 x %2 = %3")
                            .arg(centsMoney(r.priceCents, qs(c.currency), locale))
                            .arg(sessions)
                            .arg(centsMoney(r.priceCents * sessions, qs(c.currency), locale))
                      : tr("Price: none in %1 yet (the clinic sets it)").arg(qs(c.currency)),
         tr("Earliest start: %1")
             .arg(locale.toString(QDate::fromString(qs(r.earliestStart.toString()), Qt::ISODate),
                                  QLocale::ShortFormat))});
    if (!r.aftercare.empty()) {
        QStringList items;
        for (const std::string *text : r.aftercare)
            items << qs(*text);
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Aftercare"))) + list(items);
    }
    html += QStringLiteral("<p><b>%1</b></p><ol>").arg(esc(tr("Why")));
    for (const std::string &line : r.trace)
        html += QStringLiteral("<li>%1</li>").arg(esc(qs(line)));
    return html + QStringLiteral("</ol>");
}

QString PlanDocument::plansHtml(const core::Assessment &a, const core::Catalog &c,
                                const std::string &lang)
{
    QString html;
    for (const core::RequestResult &r : a.requests)
        html += requestHtml(r, c, lang, r.sessions, r.protocol ? r.protocol->interval.days : 0);
    return html;
}

QString PlanDocument::printableHtml(const clinic::ClinicProfile &clinic,
                                    const records::PatientRecord &patient, const QDate &date,
                                    const core::Assessment &a, const core::Catalog &c,
                                    const std::string &lang)
{
    const QLocale locale;
    QString html = letterhead(clinic, kindName(PlanAndQuote)) + patientLines(patient, date);
    html += plansHtml(a, c, lang);
    qint64 total = 0;
    for (const core::RequestResult &r : a.requests) {
        if (r.protocol && r.verdict != "blocked" && r.priced())
            total += r.priceCents * r.sessions;
    }
    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(tr("Total of the plans that can go ahead: %1")
                             .arg(centsMoney(total, qs(c.currency), locale))));
    html += paragraph({tr("This quote is valid for the plans above as proposed; a blocked "
                          "request, or one without a price yet, is not priced into the total.")});
    return html;
}

QString PlanDocument::planHtml(Kind kind, const clinic::ClinicProfile &clinic,
                               const records::PatientRecord &patient, const QDate &date,
                               const clinic::PlanView &plan, const std::string &lang)
{
    const QLocale locale;
    const core::Catalog &c = *plan.catalog;
    const core::RequestResult &r = plan.result();
    const records::PlanRecord &record = plan.record;
    QString html = letterhead(clinic, kindName(kind)) + patientLines(patient, date);
    const QString treatment = IntakeModel::requestLabel(r.request, c, lang);
    const QString protocol = r.protocol ? qs(r.protocol->name.in(lang)) : tr("none");
    QString state =
        record.id ? tr("Plan version %1, %2").arg(record.version).arg(planStatusName(record.status))
                  : tr("Proposed plan (not stored yet)");
    if (record.approvedAt.isValid())
        state += tr(" on %1").arg(
            locale.toString(record.approvedAt.toLocalTime().date(), QLocale::LongFormat));
    QStringList aftercare;
    for (const std::string *text : r.aftercare)
        aftercare << qs(*text);

    switch (kind) {
    case PlanAndQuote: {
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(state));
        html += requestHtml(r, c, lang, record.sessions, record.intervalDays,
                            record.id ? planStatusName(record.status) : QString(),
                            record.isDraft() ? -1 : record.quoteCents);
        if (!record.deviationReason.isEmpty())
            html += paragraph({tr("Outside the protocol's usual course because: %1")
                                   .arg(record.deviationReason)});
        QStringList overrides;
        for (const core::Finding *f : plan.relativeFindings()) {
            if (const records::PlanOverride *o = plan.overrideOf(*f))
                overrides << tr("%1: proceeding because %2%3")
                                 .arg(qs(f->message),
                                      clinic::PlanService::textOf(
                                          clinic::PlanService::overrideReasons(), o->reason),
                                      o->comment.isEmpty()
                                          ? QString()
                                          : QStringLiteral(" (%1)").arg(o->comment));
        }
        if (!overrides.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p>")
                        .arg(esc(tr("Relative contraindications reviewed"))) +
                    list(overrides);
        html +=
            QStringLiteral("<h2>%1</h2>")
                .arg(esc(
                    plan.totalCents() >= 0
                        ? tr("Total: %1").arg(centsMoney(plan.totalCents(), qs(c.currency), locale))
                        : tr("Total: no price in %1 yet").arg(qs(c.currency))));
        break;
    }
    case ConsentForm: {
        html += paragraph({tr("Treatment: %1. Protocol: %2, %n session(s) every %3 days.", nullptr,
                              record.sessions)
                               .arg(treatment, protocol)
                               .arg(record.intervalDays)});
        QStringList cocktail;
        for (const core::CocktailLine *line : r.cocktail)
            cocktail << tr("%1, %2").arg(nameOf(c.ingredients, line->ingredient, lang),
                                         qs(line->amount.in(lang)));
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("What will be injected"))) +
                list(cocktail);
        QStringList risks, serious;
        if (r.protocol) {
            for (const std::string &id : r.protocol->risks) {
                if (const core::Risk *risk = core::Catalog::findIn(c.risks, id))
                    (risk->serious ? serious : risks) << qs(risk->text.in(lang));
            }
        }
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Common effects"))) + list(risks);
        if (!serious.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Rare but serious risks"))) +
                    list(serious);
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Aftercare"))) + list(aftercare);
        html += paragraph({tr("I have been told about this treatment, its expected results, the "
                              "alternatives and the risks above. "
                              "My questions have been answered. I have given a truthful account "
                              "of my health, medications and "
                              "allergies. I know that I can withdraw my consent at any time "
                              "before a session.")});
        html += signatureLines(
            {tr("Patient: %1 %2").arg(patient.givenNames, patient.familyName.toUpper()),
             tr("Practitioner")},
            tr("Write \"read and approved\" by hand above your signature."));
        break;
    }
    case AftercareSheet:
        html += paragraph({tr("Treatment: %1 (%2).").arg(treatment, protocol)});
        html +=
            QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("After each session"))) + list(aftercare);
        html += paragraph({tr("Next session: in %n day(s).", nullptr, record.intervalDays)});
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("Call the clinic at once if you notice growing pain, warmth, pus, "
                                "fever, skin turning pale or dusky, "
                                "or any change in your vision.")));
        if (!clinic.phone.isEmpty())
            html += paragraph({tr("Clinic: %1").arg(clinic.phone)});
        break;
    }
    return html;
}

std::unique_ptr<QTextDocument> PlanDocument::document(const QString &html,
                                                      const clinic::ClinicProfile &clinic)
{
    auto doc = std::make_unique<QTextDocument>();
    if (!clinic.logo.isEmpty())
        doc->addResource(QTextDocument::ImageResource, kLogoUrl, QImage::fromData(clinic.logo));
    doc->setHtml(html);
    return doc;
}

void PlanDocument::writePdf(QTextDocument &document, const QString &title, const QString &path)
{
    {
        QFile probe(path); // QPdfWriter says nothing when it cannot write: find out first
        if (!probe.open(QIODevice::WriteOnly))
            throw std::runtime_error(
                tr("Cannot write %1: %2").arg(path, probe.errorString()).toStdString());
    }
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("MesoPlan"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    // No margins of the writer's own: QTextDocument::print lays the document out inside 2 cm
    // margins (with the page number in the bottom one); the writer's would come on top of them.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    document.print(&writer);
    if (!QFile(path).exists() || QFile(path).size() == 0)
        throw std::runtime_error(tr("Cannot write %1").arg(path).toStdString());
}

} // namespace meso::ui
