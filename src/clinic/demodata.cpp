#include "demodata.h"

#include "actinguser.h"
#include "patientservice.h"

#include "store/database.h"
#include "store/patientrepository.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <nlohmann/json.hpp>

#include <QFile>

namespace meso::clinic {

void loadDemoDataIfEmpty(const store::Database &db, const ActingUser &user)
{
    store::PatientRepository repo(db);
    if (repo.count() > 0)
        return;
    QFile file(QStringLiteral(":/mesoplan/demo/patients.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw store::StoreError(QStringLiteral("internal: the demo data is missing"));
    const auto doc = nlohmann::json::parse(file.readAll().toStdString());
    store::WriteTransaction tx(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &p : doc) {
        store::PatientRecord r;
        r.familyName = QString::fromStdString(p.at("family_name").get<std::string>());
        r.givenNames = QString::fromStdString(p.at("given_names").get<std::string>());
        r.birthDate = QDate::fromString(QString::fromStdString(p.at("birth_date").get<std::string>()), Qt::ISODate);
        r.sex = QString::fromStdString(p.value("sex", ""));
        r.phone = QString::fromStdString(p.value("phone", ""));
        r.email = QString::fromStdString(p.value("email", ""));
        PatientService::validate(r, now.date());
        repo.insert(r, user.id, now);
    }
    tx.commit();
}

} // namespace meso::clinic
