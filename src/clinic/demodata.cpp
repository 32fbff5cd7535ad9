#include "demodata.h"

#include "actinguser.h"
#include "audit.h"
#include "clinicprofile.h"
#include "clinicsetupservice.h"
#include "language.h"
#include "patientservice.h"
#include "userservice.h"

#include "records/storeerror.h"
#include "store/bookingrepository.h"
#include "store/database.h"
#include "store/patientrepository.h"
#include "store/settingsrepository.h"
#include "store/stockrepository.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <nlohmann/json.hpp>

#include <QFile>

namespace meso::clinic {

namespace {

// A demonstration text: a plain string (names of people and places), or {"en": ..., "fr": ...}
// read in the interface's language (what a clinic would have typed: products, rooms).
QString demoText(const nlohmann::json &j)
{
    if (!j.is_object())
        return QString::fromStdString(j.get<std::string>());
    const std::string lang = installedLanguage().toStdString();
    return QString::fromStdString(j.contains(lang) ? j.at(lang).get<std::string>()
                                                   : j.at("en").get<std::string>());
}

} // namespace

void loadDemoDataIfEmpty(const store::Database &db, const ActingUser &user)
{
    store::PatientRepository repo(db);
    if (repo.count() > 0)
        return;
    QFile file(QStringLiteral(":/mesoplan/demo/patients.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw records::StoreError(QStringLiteral("internal: the demo data is missing"));
    const auto doc = nlohmann::json::parse(file.readAll().toStdString());
    QFile clinicFile(QStringLiteral(":/mesoplan/demo/clinic.json"));
    if (!clinicFile.open(QIODevice::ReadOnly))
        throw records::StoreError(QStringLiteral("internal: the demo clinic is missing"));
    const auto clinic = nlohmann::json::parse(clinicFile.readAll().toStdString());
    // The demonstration's numbers are French: read as the French clinic it is.
    const PhoneNumbers phones(QString::fromStdString(clinic.value("country", "")));
    store::WriteTransaction tx(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &p : doc) {
        records::PatientRecord r;
        r.familyName = QString::fromStdString(p.at("family_name").get<std::string>());
        r.givenNames = QString::fromStdString(p.at("given_names").get<std::string>());
        r.birthDate = QDate::fromString(
            QString::fromStdString(p.at("birth_date").get<std::string>()), Qt::ISODate);
        r.sex = QString::fromStdString(p.value("sex", ""));
        r.phone = QString::fromStdString(p.value("phone", ""));
        r.email = QString::fromStdString(p.value("email", ""));
        r.address = QString::fromStdString(p.value("address", ""));
        r.language = QString::fromStdString(p.value("language", ""));
        if (p.value("reminder_consent", false))
            r.reminderConsentOn = now.date();
        repo.insert(PatientService::validated(r, now.date(), phones), user.id, now);
    }
    // Two more practitioners and a second room, so that the calendar has columns to show.
    // A French clinic: what France forbids (injection lipolysis) is never proposed.
    store::SettingsRepository settings(db);
    if (settings.value(ClinicProfileService::countryKey()).isEmpty())
        settings.setValue(ClinicProfileService::countryKey(),
                          QString::fromStdString(clinic.value("country", "")));
    ClinicSetupService::localiseSeededNames(db, user);
    store::BookingRepository booking(db);
    for (const auto &room : clinic.at("rooms")) {
        records::RoomRecord r;
        r.name = demoText(room.at("name"));
        for (const auto &e : room.at("equipment"))
            r.equipment << QString::fromStdString(e.get<std::string>());
        booking.saveRoom(r);
    }
    // Demo accounts share one documented password (README): demo data is for trying the app.
    const UserService users(db);
    const QString password = QString::fromStdString(clinic.at("password").get<std::string>());
    store::UserRepository userRepo(db);
    const auto addAccount = [&](const nlohmann::json &account, const char *role) {
        records::UserRecord u;
        u.username = QString::fromStdString(account.at("username").get<std::string>());
        u.displayName = QString::fromStdString(account.at("display_name").get<std::string>());
        u.role = QString::fromLatin1(role);
        u.passwordHash = users.hashPassword(password);
        return userRepo.insert(u, now);
    };
    for (const auto &account : clinic.at("front_desk"))
        addAccount(account, "front_desk");
    for (const auto &p : clinic.at("practitioners")) {
        const qint64 id = addAccount(p, "practitioner");
        QStringList protocols;
        for (const auto &protocol : p.at("protocols"))
            protocols << QString::fromStdString(protocol.get<std::string>());
        booking.saveProfile(id, QString::fromStdString(p.at("hours").dump()), protocols);
    }
    // Products and lots, so that the Stock page and the session form have something to show.
    store::StockRepository stock(db);
    for (const auto &p : clinic.value("products", nlohmann::json::array())) {
        records::ProductRecord r;
        r.name = demoText(p.at("name"));
        r.manufacturer = QString::fromStdString(p.at("manufacturer").get<std::string>());
        r.form = QString::fromStdString(p.at("form").get<std::string>());
        r.unitMl = p.at("unit_ml").get<double>();
        r.lowStockUnits = p.value("low_stock_units", 0);
        for (const auto &c : p.at("components"))
            r.components.push_back({QString::fromStdString(c.at("ingredient").get<std::string>()),
                                    QString::fromStdString(c.value("concentration", ""))});
        records::LotRecord lot;
        lot.productId = stock.insertProduct(r, user.id, now);
        for (const auto &l : p.at("lots")) {
            lot.lotNumber = QString::fromStdString(l.at("lot").get<std::string>());
            lot.expiry = now.date().addDays(l.at("expires_in_days").get<int>());
            lot.unitsReceived = l.at("units").get<int>();
            lot.receivedOn = now.date().addDays(-14);
            lot.supplier = QString::fromStdString(l.value("supplier", ""));
            stock.insertLot(lot, user.id, now);
        }
    }
    audit(db, user, QStringLiteral("demo.load"), 0, QStringLiteral("demo"),
          QStringLiteral("%1 patients, demo rooms, accounts and stock").arg(doc.size()));
    tx.commit();
}

} // namespace meso::clinic
