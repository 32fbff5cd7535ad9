#pragma once

#include <QLocale>
#include <QString>

namespace meso::ui {

// Whole cents as the interface's language writes money. `isoCurrency` is the clinic's ISO 4217
// code: in the locale's own currency, as the locale writes it ("1 234,50 €" in France); in
// another, the amount and the code, as invoices write it ("1,234.50 EUR", "1 234,50 CHF"). Money is
// kept in whole cents everywhere; the double here only feeds QLocale's formatting (exact to the
// cent).
inline QString centsMoney(qint64 cents, const QString &isoCurrency,
                          const QLocale &locale = QLocale())
{
    const double amount = static_cast<double>(cents) / 100;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == isoCurrency)
        return locale.toCurrencyString(amount, locale.currencySymbol(), 2);
    return locale.toString(amount, 'f', 2) + QChar(0x00A0) + isoCurrency;
}

} // namespace meso::ui
