#include "settingsrepository.h"

#include "database.h"
#include "statement.h"

#include <stdexcept>

namespace meso::store {

QString SettingsRepository::value(const QString &key) const
{
    if (const auto pending = m_db.m_pendingSettings.find(key);
        pending != m_db.m_pendingSettings.end())
        return pending->second;
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

void SettingsRepository::setValueAtCommit(const QString &key, const QString &value)
{
    if (!m_db.inWriteTransaction())
        throw std::logic_error("a setting kept for the commit outside a write transaction");
    m_db.m_pendingSettings[key] = value;
}

void SettingsRepository::writePending()
{
    for (const auto &[key, value] : m_db.m_pendingSettings)
        setValue(key, value);
    m_db.m_pendingSettings.clear();
}

} // namespace meso::store
