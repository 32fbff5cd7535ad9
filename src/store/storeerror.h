#pragma once

#include <QString>

#include <stdexcept>

namespace meso::store {

// A database problem worded for the person at the workstation (what failed and what to do).
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace meso::store
