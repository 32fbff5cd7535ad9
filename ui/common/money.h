#pragma once

#include <QLocale>
#include <QString>

namespace meso::ui {

// An amount as the interface's language writes money: "1 234,50 €" in French, "€1,234.50" in
// English. `isoCurrency` is the catalog's ISO 4217 code; its symbol is used when the locale's own
// currency is that one (the euro in France), the code otherwise ("CHF 1 234,50").
inline QString money(double amount, const QString &isoCurrency, const QLocale &locale = QLocale())
{
    const bool own = locale.currencySymbol(QLocale::CurrencyIsoCode) == isoCurrency;
    return locale.toCurrencyString(amount, own ? locale.currencySymbol() : isoCurrency, 2);
}

// Whole cents (billing) as the interface's language writes money.
inline QString centsMoney(qint64 cents, const QString &isoCurrency,
                          const QLocale &locale = QLocale())
{
    return money(static_cast<double>(cents) / 100, isoCurrency, locale);
}

} // namespace meso::ui
