#pragma once

#include "clinic/clinicprofile.h"
#include "records/patientrecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>
#include <string>

class QTextDocument;

namespace meso::core {
struct Assessment;
struct Catalog;
struct RequestResult;
} // namespace meso::core

namespace meso::clinic {
struct PlanView;
}

namespace meso::ui {

// The documents of a consultation's plans, on screen and printed, through Qt's own QTextDocument
// (printed with QPdfWriter or QPrinter): the plans tab, the plan and quote, the consent form and
// the aftercare sheet, each headed with the clinic's name and logo from Settings. Every text
// from the catalog or a record is escaped: never markup.
class PlanDocument
{
    Q_DECLARE_TR_FUNCTIONS(PlanDocument)
public:
    enum Kind
    {
        PlanAndQuote,
        ConsentForm,
        AftercareSheet
    };

    // A request's verdict (clear, review, blocked, unsupported) or plan status (proposed, ...) for
    // the user.
    static QString stateName(const std::string &state);
    // A stored plan's status (draft, approved, superseded) for the user.
    static QString planStatusName(const QString &status);
    static QString kindName(Kind kind);
    // One request's plan: status, protocol and alternatives, technique, cocktail, exclusions,
    // sessions and interval as given, price, earliest start, aftercare and why. The heading says
    // `state` (a stored plan's status), else the request's status as the rules see it. A
    // `quoteCents` of 0 or more is the total quoted at approval, shown instead of today's prices.
    static QString requestHtml(const core::RequestResult &r, const core::Catalog &c,
                               const std::string &lang, int sessions, int intervalDays,
                               const QString &state = {}, qint64 quoteCents = -1);
    // Every request's plan as the engine proposes it (the Plans tab before signing).
    static QString plansHtml(const core::Assessment &a, const core::Catalog &c,
                             const std::string &lang);
    // The printable plans and quote of an unsigned consultation, as proposed.
    static QString printableHtml(const clinic::ClinicProfile &clinic,
                                 const records::PatientRecord &patient, const QDate &date,
                                 const core::Assessment &a, const core::Catalog &c,
                                 const std::string &lang);
    // A stored plan's documents: the plan and quote with its version, overrides and choices; the
    // consent form (treatment, cocktail, risks and aftercare from the catalog, signature lines);
    // the aftercare sheet.
    static QString planHtml(Kind kind, const clinic::ClinicProfile &clinic,
                            const records::PatientRecord &patient, const QDate &date,
                            const clinic::PlanView &plan, const std::string &lang);

    // The clinic's letterhead (logo, name, address, phone, e-mail) and a title, for any document.
    static QString letterheadHtml(const clinic::ClinicProfile &clinic, const QString &title);
    // A document ready to print, with the clinic's logo as its image resource.
    static std::unique_ptr<QTextDocument> document(const QString &html,
                                                   const clinic::ClinicProfile &clinic);
    // Writes the document as an A4 PDF; throws std::runtime_error naming the file when it cannot.
    static void writePdf(QTextDocument &document, const QString &title, const QString &path);
};

} // namespace meso::ui
