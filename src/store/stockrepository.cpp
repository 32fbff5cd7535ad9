#include "stockrepository.h"

#include "database.h"
#include "statement.h"

namespace meso::store {

namespace {

const QString kProductColumns =
    QStringLiteral("id, name, manufacturer, form, unit_ul, low_stock_units");
const QString kLotColumns =
    QStringLiteral("l.id, l.product_id, l.lot_number, l.expiry_date, l.received_on, "
                   "l.units_received, l.supplier, l.used_ul, p.unit_ul");

records::LotRecord readLot(const Statement &s)
{
    records::LotRecord l;
    l.id = s.integer(0);
    l.productId = s.integer(1);
    l.lotNumber = s.text(2);
    l.expiry = QDate::fromString(s.text(3), Qt::ISODate);
    l.receivedOn = QDate::fromString(s.text(4), Qt::ISODate);
    l.unitsReceived = static_cast<int>(s.integer(5));
    l.supplier = s.text(6);
    l.usedMl = millilitres(s.integer(7));
    l.unitMl = millilitres(s.integer(8));
    return l;
}

} // namespace

qint64 StockRepository::insertProduct(const records::ProductRecord &p, qint64 by,
                                      const QDateTime &now)
{
    Statement s(m_db.connection(),
                QStringLiteral("INSERT INTO products (name, manufacturer, form, unit_ul, "
                               "low_stock_units, created_by, created_at) VALUES (?, ?, ?, ?, ?, "
                               "?, ?) RETURNING id"));
    s.bind(p.name)
        .bind(p.manufacturer)
        .bind(p.form)
        .bind(microlitres(p.unitMl))
        .bind(p.lowStockUnits)
        .bind(by)
        .bind(timestamp(now));
    const qint64 id = s.insert();
    for (const records::ProductComponent &c : p.components) {
        Statement i(m_db.connection(),
                    QStringLiteral("INSERT INTO product_ingredients (product_id, ingredient_id, "
                                   "concentration) VALUES (?, ?, ?)"));
        i.bind(id).bind(c.ingredient).bind(c.concentration).exec();
    }
    return id;
}

std::vector<records::ProductRecord> StockRepository::products() const
{
    Statement s(m_db.connection(), QStringLiteral("SELECT %1 FROM products ORDER BY name, "
                                                  "manufacturer, id")
                                       .arg(kProductColumns));
    s.exec();
    std::vector<records::ProductRecord> out;
    while (s.next()) {
        records::ProductRecord p;
        p.id = s.integer(0);
        p.name = s.text(1);
        p.manufacturer = s.text(2);
        p.form = s.text(3);
        p.unitMl = millilitres(s.integer(4));
        p.lowStockUnits = static_cast<int>(s.integer(5));
        out.push_back(std::move(p));
    }
    Statement c(m_db.connection(),
                QStringLiteral("SELECT product_id, ingredient_id, concentration FROM "
                               "product_ingredients ORDER BY product_id, ingredient_id"));
    c.exec();
    while (c.next()) {
        for (records::ProductRecord &p : out) {
            if (p.id == c.integer(0))
                p.components.push_back({c.text(1), c.text(2)});
        }
    }
    return out;
}

std::optional<records::ProductRecord> StockRepository::product(qint64 id) const
{
    for (records::ProductRecord &p : products()) {
        if (p.id == id)
            return std::move(p);
    }
    return std::nullopt;
}

std::optional<records::ProductRecord>
StockRepository::productNamed(const QString &name, const QString &manufacturer) const
{
    for (records::ProductRecord &p : products()) {
        if (p.name == name && p.manufacturer == manufacturer)
            return std::move(p);
    }
    return std::nullopt;
}

qint64 StockRepository::insertLot(const records::LotRecord &lot, qint64 by, const QDateTime &now)
{
    Statement s(m_db.connection(),
                QStringLiteral("INSERT INTO lots (product_id, lot_number, expiry_date, "
                               "units_received, received_on, supplier, received_by, received_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    s.bind(lot.productId)
        .bind(lot.lotNumber)
        .bind(lot.expiry.toString(Qt::ISODate))
        .bind(lot.unitsReceived)
        .bind(lot.receivedOn.toString(Qt::ISODate))
        .bind(lot.supplier)
        .bind(by)
        .bind(timestamp(now));
    return s.insert();
}

void StockRepository::addUnits(qint64 lotId, int units)
{
    Statement s(m_db.connection(),
                QStringLiteral("UPDATE lots SET units_received = units_received + ? WHERE id = ?"));
    s.bind(units).bind(lotId).exec();
}

std::optional<records::LotRecord> StockRepository::lot(qint64 id) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM lots l JOIN products p ON p.id = l.product_id "
                               "WHERE l.id = ?")
                    .arg(kLotColumns));
    s.bind(id).exec();
    if (!s.next())
        return std::nullopt;
    return readLot(s);
}

std::optional<records::LotRecord> StockRepository::lotOf(qint64 productId,
                                                         const QString &lotNumber) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM lots l JOIN products p ON p.id = l.product_id "
                               "WHERE l.product_id = ? AND l.lot_number = ?")
                    .arg(kLotColumns));
    s.bind(productId).bind(lotNumber).exec();
    if (!s.next())
        return std::nullopt;
    return readLot(s);
}

std::vector<records::LotRecord> StockRepository::lotsNumbered(const QString &lotNumber) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM lots l JOIN products p ON p.id = l.product_id "
                               "WHERE l.lot_number = ? ORDER BY l.product_id")
                    .arg(kLotColumns));
    s.bind(lotNumber).exec();
    std::vector<records::LotRecord> out;
    while (s.next())
        out.push_back(readLot(s));
    return out;
}

std::vector<records::LotRecord> StockRepository::lots() const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT %1 FROM lots l JOIN products p ON p.id = l.product_id "
                               "ORDER BY l.expiry_date, p.name, l.lot_number, l.id")
                    .arg(kLotColumns));
    s.exec();
    std::vector<records::LotRecord> out;
    while (s.next())
        out.push_back(readLot(s));
    return out;
}

void StockRepository::use(qint64 lotId, double ml)
{
    Statement s(m_db.connection(),
                QStringLiteral("UPDATE lots SET used_ul = used_ul + ? WHERE id = ?"));
    s.bind(microlitres(ml)).bind(lotId).exec();
}

} // namespace meso::store
