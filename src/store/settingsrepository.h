#pragma once

#include <QString>
#include <QStringList>

#include <map>

namespace meso::store {

class Database;

// Clinic-wide settings as key/value text (clinic_settings): shared by every workstation of the
// clinic, unlike QSettings, which is per computer. Writers must run inside a WriteTransaction.
class SettingsRepository
{
public:
    explicit SettingsRepository(const Database &db) : m_db(db) {}

    QString value(const QString &key) const; // empty when not set
    // Several settings in one query (one round trip on a server); those not set are absent.
    std::map<QString, QString> values(const QStringList &keys) const;
    void setValue(const QString &key, const QString &value);

private:
    const Database &m_db;
};

} // namespace meso::store
