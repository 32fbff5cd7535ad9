#pragma once

#include <QString>

namespace meso::store {

class Database;

// Clinic-wide settings as key/value text (clinic_settings): shared by every workstation of the
// clinic, unlike QSettings, which is per computer. Writers must run inside a WriteTransaction.
class SettingsRepository
{
public:
    explicit SettingsRepository(const Database &db) : m_db(db) {}

    QString value(const QString &key) const; // empty when not set (or as set at commit)
    void setValue(const QString &key, const QString &value);
    // Sets `key` when the outermost write transaction commits, once, however often it is set
    // before (value() reads it meanwhile; a rollback forgets it). For a value every action of a
    // long transaction moves, such as the audit trail's head: on a clinic server each write of
    // the same row leaves a version that every later read of it walks (a clinic generated or
    // imported in one transaction wrote it 100,000 times, and slowed to a crawl).
    void setValueAtCommit(const QString &key, const QString &value);
    // What setValueAtCommit kept, written now (WriteTransaction::commit).
    void writePending();

private:
    const Database &m_db;
};

} // namespace meso::store
