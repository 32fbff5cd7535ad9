#include "settingsrepository.h"

#include "database.h"
#include "statement.h"

namespace meso::store {

QString SettingsRepository::value(const QString &key) const
{
    Statement s(m_db.connection(),
                QStringLiteral("SELECT setting_value FROM clinic_settings WHERE setting_key = ?"));
    s.bind(key).exec();
    return s.next() ? s.text(0) : QString();
}

std::map<QString, QString> SettingsRepository::values(const QStringList &keys) const
{
    std::map<QString, QString> found;
    if (keys.isEmpty())
        return found;
    Statement s(m_db.connection(),
                QStringLiteral("SELECT setting_key, setting_value FROM clinic_settings WHERE "
                               "setting_key IN %1")
                    .arg(valueRows(1, keys.size())));
    for (const QString &key : keys)
        s.bind(key);
    s.exec();
    while (s.next())
        found[s.text(0)] = s.text(1);
    return found;
}

void SettingsRepository::setValue(const QString &key, const QString &value)
{
    // One statement (one round trip on a server) on both engines.
    Statement s(m_db.connection(),
                QStringLiteral("INSERT INTO clinic_settings (setting_key, setting_value) VALUES "
                               "(?, ?) ON CONFLICT (setting_key) DO UPDATE SET setting_value = "
                               "excluded.setting_value"));
    s.bind(key).bind(value).exec();
}

} // namespace meso::store
