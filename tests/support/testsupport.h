#pragma once

#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <string>

namespace meso::test {

// A fresh temporary folder (and database path in it) per test case.
class TempDir
{
public:
    TempDir() { m_dir.setAutoRemove(true); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString dbPath() const { return path(QStringLiteral("clinic.sqlite")); }

private:
    QTemporaryDir m_dir;
};

inline QString sourceDir()
{
    return QStringLiteral(MESOPLAN_SOURCE_DIR);
}

inline QString catalogDir()
{
    return sourceDir() + QStringLiteral("/data/catalog");
}

// The bundled catalog files as text, to be altered by a test.
inline std::map<std::string, std::string> catalogFiles()
{
    std::map<std::string, std::string> files;
    const QDir dir(catalogDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            files[name.toStdString()] = f.readAll().toStdString();
    }
    return files;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace meso::test
