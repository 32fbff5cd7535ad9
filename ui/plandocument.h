#pragma once

#include "store/patientrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <string>

namespace meso::core {
struct Assessment;
struct Catalog;
} // namespace meso::core

namespace meso::ui {

// The session plans of a consultation as a document: on screen (the consultation's Plans tab)
// and printed as a PDF with the patient, the date and a quote, through Qt's own QTextDocument
// and QPdfWriter. Every text from the catalog or the patient record is escaped: never markup.
class PlanDocument
{
    Q_DECLARE_TR_FUNCTIONS(PlanDocument)
public:
    // A request's verdict (clear, review, blocked, unsupported) or plan status (proposed, ...) for
    // the user.
    static QString stateName(const std::string &state);
    // One section per request: status, protocol and alternatives, technique, cocktail, exclusions,
    // sessions, price, earliest start, aftercare and why.
    static QString plansHtml(const core::Assessment &a, const core::Catalog &c, const std::string &lang);
    // The printable plan and quote: a header with the clinic, the patient and the date, the plans,
    // and the total of the requests that have a protocol and are not blocked.
    static QString printableHtml(const store::PatientRecord &patient, const QDate &date, const core::Assessment &a,
                                 const core::Catalog &c, const std::string &lang);
    // Writes `html` as an A4 PDF; throws std::runtime_error naming the file when it cannot.
    static void writePdf(const QString &html, const QString &title, const QString &path);
};

} // namespace meso::ui
