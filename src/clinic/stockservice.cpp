#include "stockservice.h"

#include "csvwriter.h"

#include "assessmentservice.h"
#include "audit.h"
#include "clinicprofile.h"
#include "permissions.h"
#include "privacyservice.h"
#include "validationerror.h"

#include "records/strings.h"
#include "store/database.h"
#include "store/sessionrepository.h"
#include "store/stockrepository.h"
#include "store/transaction.h"

#include <QIODevice>

#include <map>
#include <set>

namespace meso::clinic {

using records::qs;
using records::ss;

StockService::StockService(const store::Database &db, AssessmentService &assessments)
    : m_db(db), m_assessments(assessments)
{
}

void StockService::writeTraceCsv(const std::vector<records::LotTraceRow> &rows, QIODevice &out,
                                 const CsvFormat &format)
{
    out.write(format.start());
    const auto line = [&out, &format](const QStringList &fields) {
        out.write(csvLine(fields, format));
    };
    line({QStringLiteral("lot"), QStringLiteral("product"), QStringLiteral("product_name"),
          QStringLiteral("patient"), QStringLiteral("family_name"), QStringLiteral("given_names"),
          QStringLiteral("birth_date"), QStringLiteral("session"), QStringLiteral("date"),
          QStringLiteral("area"), QStringLiteral("volume_ml")});
    for (const records::LotTraceRow &r : rows)
        line({r.lotNumber, QString::number(r.productId), r.productName,
              QString::number(r.patientId), r.familyName, r.givenNames,
              r.birthDate.toString(Qt::ISODate), QString::number(r.sessionId),
              r.performedOn.toString(Qt::ISODate), r.area, QString::number(r.volumeMl, 'g', 6)});
}

QStringList StockService::forms()
{
    return {QStringLiteral("vial"), QStringLiteral("ampoule"), QStringLiteral("syringe")};
}

QString StockService::formName(const QString &form)
{
    if (form == QLatin1String("vial"))
        return tr("vial");
    if (form == QLatin1String("ampoule"))
        return tr("ampoule");
    if (form == QLatin1String("syringe"))
        return tr("syringe");
    return form;
}

records::ProductRecord StockService::addProduct(const ActingUser &user,
                                                const records::ProductRecord &given)
{
    Permissions::require(user, Action::StockWrite);
    records::ProductRecord p = given;
    p.name = p.name.trimmed();
    p.manufacturer = p.manufacturer.trimmed();
    if (p.name.isEmpty())
        throw ValidationError(QStringLiteral("product.name"), tr("expected the product's name"));
    if (p.manufacturer.isEmpty())
        throw ValidationError(QStringLiteral("product.manufacturer"),
                              tr("expected the manufacturer's name"));
    if (!forms().contains(p.form))
        throw ValidationError(QStringLiteral("product.form"),
                              tr("expected one of %1").arg(forms().join(QStringLiteral(", "))));
    if (!(p.unitMl > 0 && p.unitMl <= 1000))
        throw ValidationError(
            QStringLiteral("product.unit_ml"),
            tr("expected the volume of one unit in mL, above 0 and at most 1000"));
    if (p.lowStockUnits < 0 || p.lowStockUnits > 100000)
        throw ValidationError(QStringLiteral("product.low_stock_units"),
                              tr("expected 0 to 100000 units"));
    if (p.components.empty())
        throw ValidationError(QStringLiteral("product.components"),
                              tr("expected at least one catalog ingredient the product holds"));
    const auto catalog = m_assessments.catalog(user);
    std::set<QString> seen;
    for (size_t i = 0; i < p.components.size(); ++i) {
        records::ProductComponent &c = p.components[i];
        c.ingredient = c.ingredient.trimmed();
        c.concentration = c.concentration.trimmed();
        const QString field = QStringLiteral("product.components[%1].ingredient").arg(i);
        if (!core::Catalog::findIn(catalog->ingredients, ss(c.ingredient)))
            throw ValidationError(field,
                                  tr("\"%1\" is not an ingredient of the catalog "
                                     "(the Catalog page and mesoplan-cli catalog export list them)")
                                      .arg(c.ingredient));
        if (!seen.insert(c.ingredient).second)
            throw ValidationError(field, tr("\"%1\" is listed twice").arg(c.ingredient));
    }
    store::WriteTransaction tx(m_db);
    store::StockRepository repo(m_db);
    if (repo.productNamed(p.name, p.manufacturer))
        throw ConflictError(
            QStringLiteral("product.name"),
            tr("%1 already has a product named \"%2\"").arg(p.manufacturer, p.name));
    p.id = repo.insertProduct(p, user.id, QDateTime::currentDateTimeUtc());
    audit(m_db, user, QStringLiteral("product.add"), 0, QStringLiteral("product:%1").arg(p.id),
          QStringLiteral("%1 component(s)").arg(p.components.size()));
    tx.commit();
    return p;
}

std::vector<records::ProductRecord> StockService::products(const ActingUser &user) const
{
    Permissions::require(user, Action::StockRead);
    return store::StockRepository(m_db).products();
}

records::LotRecord StockService::receiveLot(const ActingUser &user, const records::LotRecord &given)
{
    Permissions::require(user, Action::StockWrite);
    records::LotRecord lot = given;
    lot.lotNumber = lot.lotNumber.trimmed();
    lot.supplier = lot.supplier.trimmed();
    const QDate today = QDate::currentDate();
    if (!lot.receivedOn.isValid())
        lot.receivedOn = today;
    if (lot.lotNumber.isEmpty())
        throw ValidationError(QStringLiteral("lot.number"),
                              tr("expected the lot number printed on the package"));
    if (!lot.expiry.isValid())
        throw ValidationError(QStringLiteral("lot.expiry"), tr("expected a date (YYYY-MM-DD)"));
    if (lot.expiry < today)
        throw ValidationError(QStringLiteral("lot.expiry"),
                              tr("the lot expired on %1: do not take it into stock")
                                  .arg(lot.expiry.toString(Qt::ISODate)));
    if (lot.unitsReceived < 1 || lot.unitsReceived > 100000)
        throw ValidationError(QStringLiteral("lot.quantity"), tr("expected 1 to 100000 units"));
    if (lot.receivedOn > today)
        throw ValidationError(QStringLiteral("lot.received_on"), tr("expected a date, not in the "
                                                                    "future"));
    store::WriteTransaction tx(m_db);
    store::StockRepository repo(m_db);
    if (!repo.product(lot.productId))
        throw ValidationError(QStringLiteral("lot.product"),
                              tr("no product with id %1").arg(lot.productId));
    qint64 id = 0;
    if (const auto existing = repo.lotOf(lot.productId, lot.lotNumber)) {
        if (existing->expiry != lot.expiry)
            throw ConflictError(QStringLiteral("lot.expiry"),
                                tr("lot %1 was received with the expiry %2: check the package")
                                    .arg(lot.lotNumber, existing->expiry.toString(Qt::ISODate)));
        id = existing->id;
        repo.addUnits(id, lot.unitsReceived);
    } else {
        id = repo.insertLot(lot, user.id, QDateTime::currentDateTimeUtc());
    }
    audit(m_db, user, QStringLiteral("lot.receive"), 0, QStringLiteral("lot:%1").arg(id),
          QStringLiteral("product %1, %2 unit(s)").arg(lot.productId).arg(lot.unitsReceived));
    const records::LotRecord stored = *repo.lot(id);
    tx.commit();
    return stored;
}

std::vector<LotStatus> StockService::stock(const ActingUser &user, const QDate &today) const
{
    Permissions::require(user, Action::StockRead);
    const int warningDays = ClinicProfileService(m_db).policies(user).expiryWarningDays;
    store::ReadTransaction tx(m_db);
    const store::StockRepository repo(m_db);
    std::map<qint64, records::ProductRecord> products;
    for (records::ProductRecord &p : repo.products())
        products.emplace(p.id, std::move(p));
    std::map<qint64, double> usableUnits; // by product: unexpired, not exhausted
    std::vector<LotStatus> out;
    for (records::LotRecord &lot : repo.lots()) {
        LotStatus s;
        s.product = products.at(lot.productId);
        s.expired = lot.expiredOn(today);
        s.expiringSoon = !s.expired && lot.expiry <= today.addDays(warningDays);
        s.exhausted = lot.remainingMl() < 0.0005;
        if (!s.expired && !s.exhausted)
            usableUnits[lot.productId] += lot.remainingMl() / lot.unitMl;
        s.lot = std::move(lot);
        out.push_back(std::move(s));
    }
    for (LotStatus &s : out)
        s.lowStock = usableUnits[s.product.id] <= s.product.lowStockUnits;
    return out;
}

std::vector<records::LotTraceRow> StockService::trace(const ActingUser &user,
                                                      const QString &lotNumber, qint64 productId)
{
    Permissions::require(user, Action::LotTrace);
    const QString number = lotNumber.trimmed();
    if (number.isEmpty())
        throw ValidationError(QStringLiteral("lot"), tr("expected a lot number"));
    store::WriteTransaction tx(m_db); // for the audit rows
    bool received = false;
    for (const records::LotRecord &l : store::StockRepository(m_db).lotsNumbered(number))
        received = received || productId == 0 || l.productId == productId;
    if (!received)
        throw ValidationError(QStringLiteral("lot"),
                              productId == 0
                                  ? tr("no lot numbered \"%1\" was received").arg(number)
                                  : tr("no lot numbered \"%1\" of product %2 was received")
                                        .arg(number)
                                        .arg(productId));
    std::vector<records::LotTraceRow> rows =
        store::SessionRepository(m_db).trace(number, productId);
    std::map<qint64, int> linesByPatient;
    for (const records::LotTraceRow &r : rows)
        ++linesByPatient[r.patientId];
    std::vector<std::pair<qint64, QString>> audited;
    for (const auto &[patient, lines] : linesByPatient)
        audited.emplace_back(patient, QStringLiteral("%1 line(s)").arg(lines));
    if (audited.empty())
        audited.emplace_back(0, QStringLiteral("no patient"));
    auditEach(m_db, user, QStringLiteral("lot.trace"), QStringLiteral("lot:%1").arg(number),
              audited);
    tx.commit();
    return rows;
}

} // namespace meso::clinic
