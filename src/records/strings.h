#pragma once

#include <QString>

#include <string>

namespace meso::records {

// Between the core's UTF-8 std::string and Qt's QString, wherever the two meet.
inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

inline std::string ss(const QString &s)
{
    return s.toStdString();
}

} // namespace meso::records
