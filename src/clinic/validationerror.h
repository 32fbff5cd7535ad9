#pragma once

#include <QString>

#include <stdexcept>

namespace meso::clinic {

// Bad input from a user: names the field and says what was expected.
class ValidationError : public std::runtime_error
{
public:
    ValidationError(QString field, QString message)
        : std::runtime_error((field + QStringLiteral(": ") + message).toStdString()),
          m_field(std::move(field)), m_message(std::move(message))
    {
    }
    const QString &field() const { return m_field; }
    const QString &message() const { return m_message; }

private:
    QString m_field, m_message;
};

// A change refused because the record changed since it was read: reopen and redo.
class ConflictError : public ValidationError
{
public:
    using ValidationError::ValidationError;
};

} // namespace meso::clinic

namespace meso::clinic {

// An action the acting user's role may not take; checked in the services, whatever the GUI shows.
class PermissionError : public std::runtime_error
{
public:
    explicit PermissionError(const QString &message) : std::runtime_error(message.toStdString()) {}
};

} // namespace meso::clinic

namespace meso::clinic {

// A booking refused because a practitioner, a room or the patient is already booked then.
class SlotTakenError : public ConflictError
{
public:
    using ConflictError::ConflictError;
};

} // namespace meso::clinic
