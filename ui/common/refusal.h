#pragma once

#include "clinic/validationerror.h"

#include <QString>

#include <exception>

namespace meso::ui {

// The refusal of a service call as one line for the user: "field: message" when the service
// named the field, its text otherwise.
inline QString refusal(const std::exception &e)
{
    if (const auto *v = dynamic_cast<const clinic::ValidationError *>(&e))
        return v->field() + QStringLiteral(": ") + v->message();
    return QString::fromUtf8(e.what());
}

} // namespace meso::ui
