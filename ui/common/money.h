#pragma once

#include <QLocale>
#include <QString>

namespace meso::ui {

// Whole cents as the interface's language writes money: "1 234,50 €" in French, "€1,234.50" in
// English. `isoCurrency` is the clinic's ISO 4217 code; its symbol is used when the locale's own
// currency is that one (the euro in France), the code otherwise ("CHF 1 234,50"). Money is kept in
// whole cents everywhere; the double here only feeds QLocale's formatting (exact to the cent).
inline QString centsMoney(qint64 cents, const QString &isoCurrency,
                          const QLocale &locale = QLocale())
{
    const bool own = locale.currencySymbol(QLocale::CurrencyIsoCode) == isoCurrency;
    return locale.toCurrencyString(static_cast<double>(cents) / 100,
                                   own ? locale.currencySymbol() : isoCurrency, 2);
}

} // namespace meso::ui
