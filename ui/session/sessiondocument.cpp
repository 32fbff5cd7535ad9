#include "sessiondocument.h"

#include "catalogtext.h"
#include "documenthtml.h"
#include "plandocument.h"

#include "clinic/adverseeventservice.h"
#include "clinic/clinicsetupservice.h"
#include "clinic/services.h"

#include <QLocale>
#include <QSet>
#include <QTextDocument>

namespace meso::ui {

namespace {

using html::esc;
using html::paragraph;

QString optionalNumber(const std::optional<int> &n)
{
    return n ? QString::number(*n) : QString();
}

} // namespace

QString SessionDocument::title()
{
    return tr("Treatment session record");
}

QString SessionDocument::html(const Content &c, const core::Catalog &catalog,
                              const std::string &lang)
{
    const QLocale locale;
    const records::SessionRecord &s = c.session;
    QString html = PlanDocument::letterheadHtml(c.clinic, title());
    html +=
        paragraph({tr("Patient: %1 %2").arg(c.patient.givenNames, c.patient.familyName.toUpper()),
                   tr("Born: %1").arg(locale.toString(c.patient.birthDate, QLocale::LongFormat)),
                   tr("Session of %1, record %2")
                       .arg(locale.toString(s.performedOn, QLocale::LongFormat))
                       .arg(s.id),
                   tr("Course: %1 (plan %2)").arg(c.course).arg(s.planId)});
    if (s.amendsId)
        html += paragraph({tr("This record amends record %1. Reason: %2")
                               .arg(s.amendsId)
                               .arg(s.amendmentReason)});
    if (!s.performed) {
        html += paragraph({tr("Session not performed. Reason: %1").arg(s.notPerformedReason)});
    } else {
        QStringList technique;
        if (!s.technique.isEmpty())
            technique << tr("Technique: %1").arg(nameOf(catalog.techniques, ss(s.technique), lang));
        if (!s.needle.isEmpty())
            technique << tr("Needle: %1").arg(s.needle);
        if (s.depthMinMm && s.depthMaxMm)
            technique << tr("Depth: %1 to %2 mm")
                             .arg(locale.toString(*s.depthMinMm), locale.toString(*s.depthMaxMm));
        if (!technique.isEmpty())
            html += paragraph(technique);

        QString rows;
        double total = 0;
        for (const records::SessionProductLine &l : s.lines) {
            total += l.volumeMl;
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4"
                                   "</td><td align=\"right\">%5</td><td align=\"right\">%6</td>"
                                   "</tr>")
                        .arg(esc(l.productName), esc(l.lotNumber),
                             esc(nameOf(catalog.areas, ss(l.area), lang)),
                             locale.toString(l.volumeMl, 'f', 2), optionalNumber(l.points),
                             optionalNumber(l.passes));
        }
        html += QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" "
                               "cellpadding=\"4\" width=\"100%\"><tr><th>%2</th><th>%3</th>"
                               "<th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>%8</table>")
                    .arg(esc(tr("Products injected")), esc(tr("Product")), esc(tr("Lot")),
                         esc(tr("Area")), esc(tr("Volume (mL)")), esc(tr("Points")),
                         esc(tr("Passes")), rows);
        html += paragraph({tr("Total injected: %1 mL").arg(locale.toString(total, 'f', 2))});

        QStringList scores;
        if (s.pain)
            scores << tr("Pain: %1/10").arg(*s.pain);
        if (s.gaisPatient)
            scores << tr("Improvement rated by the patient (GAIS): %1/5").arg(*s.gaisPatient);
        if (s.gaisPractitioner)
            scores << tr("Improvement rated by the practitioner (GAIS): %1/5")
                          .arg(*s.gaisPractitioner);
        if (!scores.isEmpty())
            html += paragraph(scores);
        if (!s.deviations.empty()) {
            html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Deviations from the plan")));
            for (const records::SessionDeviation &d : s.deviations)
                html += QStringLiteral("<li>%1</li>").arg(esc(d.reason));
            html += QStringLiteral("</ul>");
        }
        if (!s.notes.isEmpty())
            html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Notes"))) +
                    paragraph(s.notes.split(QLatin1Char('\n')));
    }
    if (!c.events.empty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Adverse events")));
        for (const records::AdverseEventRecord &e : c.events) {
            QString risk = e.risk;
            for (const core::Risk &r : catalog.risks) {
                if (qs(r.id) == e.risk)
                    risk = qs(r.text.in(lang));
            }
            QString line = tr("%1, from %2: %3, %4")
                               .arg(risk, locale.toString(e.onset, QLocale::ShortFormat),
                                    clinic::AdverseEventService::severityName(e.severity),
                                    clinic::AdverseEventService::outcomeName(e.outcome));
            if (!e.actionTaken.isEmpty())
                line += QStringLiteral(". ") + tr("Action taken: %1").arg(e.actionTaken);
            html += QStringLiteral("<li>%1</li>").arg(esc(line));
        }
        html += QStringLiteral("</ul>");
    }
    html += paragraph(
        {tr("Signed by %1 on %2")
             .arg(c.signedByName, locale.toString(s.signedAt.toLocalTime(), QLocale::ShortFormat)),
         tr("Lot numbers as recorded at the session: they trace each product to this patient.")});
    return html;
}

void SessionDocument::writePdf(clinic::Services &services, const clinic::ActingUser &user,
                               qint64 sessionId, const QString &path)
{
    const std::string lang = QLocale().name().left(2).toStdString();
    Content c;
    const auto session = services.sessions.find(user, sessionId);
    if (!session)
        throw std::runtime_error(tr("No session with id %1.").arg(sessionId).toStdString());
    c.session = *session;
    const auto patient = services.patients.find(user, c.session.patientId);
    if (!patient)
        throw std::runtime_error(
            tr("No patient with id %1.").arg(c.session.patientId).toStdString());
    c.patient = *patient;
    c.clinic = services.profile.profile(user);
    c.course = services.plans.summary(user, c.session.planId, lang).protocolName;
    c.signedByName = services.clinicSetup.setup(user).practitionerName(c.session.signedBy);
    if (c.signedByName.isEmpty()) // no longer a practitioner of the clinic
        c.signedByName = tr("user %1").arg(c.session.signedBy);
    // An event stays on the version of the record it was recorded on.
    QSet<qint64> versions;
    for (const records::SessionRecord &v : services.sessions.versions(user, sessionId))
        versions.insert(v.id);
    for (const records::AdverseEventRecord &e :
         services.adverseEvents.forPatient(user, c.session.patientId)) {
        if (versions.contains(e.sessionId))
            c.events.push_back(e);
    }
    const auto catalog = services.assessments.catalog(user);
    const auto document = PlanDocument::document(html(c, *catalog, lang), c.clinic);
    PlanDocument::writePdf(
        *document, tr("%1: %2 %3").arg(title(), c.patient.givenNames, c.patient.familyName), path);
}

} // namespace meso::ui
