#pragma once

#include <QString>

#include <optional>

namespace meso::clinic {

// Money as whole cents (issue 22): amounts are typed, stored and added as integers, never as
// floating point numbers.

// "120", "120.5", "120,50" (a French decimal comma), "1 234.56": cents, or nullopt for anything
// else (a sign, more than two decimals, letters, more than 10 digits before the point).
std::optional<qint64> parseCents(const QString &text);
// "1234.50": the C locale's form, for files and the CLI.
QString centsText(qint64 cents);

// An amount VAT included split at `rate` basis points (2000 = 20 %): the amount without VAT is
// rounded to the cent (halves away from zero), the VAT is the rest, so the two always add up to
// what the patient pays.
struct VatSplit
{
    qint64 exclCents = 0, vatCents = 0;
};
VatSplit splitVat(qint64 inclCents, int rate);

} // namespace meso::clinic
