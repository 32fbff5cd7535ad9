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

void SettingsRepository::setValue(const QString &key, const QString &value)
{
    Statement remove(m_db.connection(),
                     QStringLiteral("DELETE FROM clinic_settings WHERE setting_key = ?"));
    remove.bind(key).exec();
    Statement insert(
        m_db.connection(),
        QStringLiteral("INSERT INTO clinic_settings (setting_key, setting_value) VALUES (?, ?)"));
    insert.bind(key).bind(value).exec();
}

} // namespace meso::store
